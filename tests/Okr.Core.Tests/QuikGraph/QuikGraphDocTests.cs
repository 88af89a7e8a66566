using Okr.Core.QuikGraph;
using Okr.Core.Tests.Support;
using QuikGraph.Algorithms;
using QuikGraph.Algorithms.Search;

namespace Okr.Core.Tests.QuikGraph;

/// <summary>
/// The examples of docs/quikgraph.md and of the package readme (src/Okr.Core.QuikGraph/PACKAGE.md) are this file's code
/// and print what the pages say: every line of each page's C# block must appear in this file, and the output of the
/// test's copy must equal the page's text block.
/// </summary>
public sealed class QuikGraphDocTests
{
    [Fact]
    public void DocsExample_PrintsWhatThePageSays()
    {
        var Console = new StringWriter { NewLine = "\n" };

        var graph = new OkrSetBuilder()
            .AddOwner("company", "The Consultancy", OwnerKind.Company)
            .AddOwner("head-marketing", "Head of Marketing", OwnerKind.Individual, "company")
            .AddOwner("web", "Web team", OwnerKind.Team, "company")
            .AddPeriod(Period.Year(2026))
            .AddObjective("strategy", "Grow 20% in 12 months", "company", "2026")
            .AddKeyResult("leads", "Marketing generates 100 leads a month", "strategy", Measure.Metric(40, 100))
            .AddObjective("marketing", "Marketing generates 100 leads a month", "head-marketing", "2026")
            .AddKeyResult("mqls", "Monthly MQLs up 30%", "marketing", Measure.Metric(0, 30, current: 12))
            .AddObjective("site", "A site that converts", "web", "2026")
            .AddKeyResult("conversion", "Conversion from 1% to 2%", "site", Measure.Metric(1, 2, current: 1.4))
            .Cascade("marketing", "leads")
            .ContributeTo("site", "strategy")
            .Build()
            .Compile().ThrowIfFailed();

        var view = graph.AsQuikGraph();
        Console.WriteLine($"{view.VertexCount} vertices, {view.EdgeCount} edges");
        Console.WriteLine("Inputs first: " + string.Join(" ", view.TopologicalSort().Select(node => node.Id)));
        Console.WriteLine("Top-level (QuikGraph's sinks): " + string.Join(" ", view.Sinks().Select(node => node.Id)));
        foreach (var edge in view.InEdges(graph["strategy"]))
            Console.WriteLine($"  {edge.Source.Id} -> {edge.Target.Id}: {edge.Kind}, weight {edge.Weight}");

        var search = new BreadthFirstSearchAlgorithm<OkrNode, OkrEdge>(view);
        var reached = new List<string>();
        search.DiscoverVertex += node => reached.Add(node.Id);
        search.Compute(graph["mqls"]);
        Console.WriteLine("A check-in on mqls reaches: " + string.Join(" -> ", reached));

        AssertPage(SampleData.DocsPath("quikgraph.md"), Console.ToString());
        Assert.Equal(graph["mqls"].Ancestors().Ids(), reached.Skip(1).Order(StringComparer.Ordinal).OrderBy(id => graph[id].Index));
    }

    [Fact]
    public void PackageReadmeQuickStart_PrintsWhatThePageSays()
    {
        var Console = new StringWriter { NewLine = "\n" };

        var set = new OkrSetBuilder()
            .AddOwner("acme", "Acme", OwnerKind.Company)
            .AddOwner("mobile", "Mobile team", OwnerKind.Team, parentId: "acme")
            .AddPeriod(Period.Quarter(2026, 1))
            .AddObjective("quality", "Improve product quality", "acme", "2026-Q1")
            .AddKeyResult("bugs", "Reduce reported bugs by 30%", "quality", Measure.Metric(100, 70, current: 85))
            .AddObjective("app", "Make the app a joy to use", "mobile", "2026-Q1")
            .AddKeyResult("rating", "App rating from 4.2 to 4.5", "app", Measure.Metric(4.2, 4.5, current: 4.38))
            .ContributeTo("app", "quality")
            .Build();
        var graph = set.Compile().ThrowIfFailed();

        // The view copies nothing: it reads the compiled graph's arrays.
        var view = graph.AsQuikGraph();
        Console.WriteLine(string.Join(" ", view.TopologicalSort().Select(node => node.Id)));
        foreach (var edge in view.Edges)
            Console.WriteLine($"{edge.Source.Id} -> {edge.Target.Id} ({edge.Kind})");

        AssertPage(Path.Combine(SampleData.Root, "src", "Okr.Core.QuikGraph", "PACKAGE.md"), Console.ToString());
    }

    /// <summary>
    /// Every line of the page's first C# block is in this file (but its usings: the test project has them globally);
    /// the page's first text block is <paramref name="output"/>.
    /// </summary>
    private static void AssertPage(string page, string output)
    {
        var text = File.ReadAllText(page).ReplaceLineEndings("\n");
        var source = File.ReadAllText(Path.Combine(SampleData.Root, "tests", "Okr.Core.Tests", "QuikGraph", "QuikGraphDocTests.cs")).ReplaceLineEndings("\n");
        foreach (var line in Block(text, "csharp").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal)))
            Assert.True(source.Contains(line, StringComparison.Ordinal), $"{Path.GetFileName(page)}: the line `{line}` is not in the test's copy of the example.");
        Assert.Equal(Block(text, "text"), output);
    }

    private static string Block(string text, string language)
    {
        var start = text.IndexOf("```" + language + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No ```{language} block.");
        start += language.Length + 4;
        return text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
    }
}
