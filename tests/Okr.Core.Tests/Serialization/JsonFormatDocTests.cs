using System.Text.RegularExpressions;
using Okr.Core.Tests.Support;

namespace Okr.Core.Tests.Serialization;

/// <summary>Keeps docs/json-format.md true: its examples are read, and its printed diagnostics are what the code prints.</summary>
public partial class JsonFormatDocTests
{
    private static readonly string Doc = File.ReadAllText(SampleData.DocsPath("json-format.md")).ReplaceLineEndings("\n");

    [GeneratedRegex(@"<!-- (?<kind>example|output): (?<name>[a-z-]+) -->\n```[a-z]*\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();

    private static string BlockOf(string kind, string name)
        => Block().Matches(Doc).Single(m => m.Groups["kind"].Value == kind && m.Groups["name"].Value == name).Groups["body"].Value;

    private static string Lines(IEnumerable<Diagnostic> diagnostics) => string.Concat(diagnostics.Select(d => d + "\n"));

    [Fact]
    public void Doc_BadDateExample_PrintsTheDiagnosticsShown()
    {
        var json = BlockOf("example", "bad-date");
        Assert.Equal(BlockOf("output", "bad-date"), Lines(OkrJson.TryRead(json).Diagnostics));
        var fixedJson = json.Replace("2026-02-30", "2026-02-28", StringComparison.Ordinal);
        // The line the doc gives: read, compile, place the compile diagnostics in the document.
        var read = OkrJson.TryRead(fixedJson);
        Assert.Empty(read.Diagnostics);
        Assert.Equal(BlockOf("output", "bad-date-compiled"), Lines(read.Locate(read.ThrowIfFailed().Compile().Diagnostics)));
        Assert.Contains("`read.Locate(read.ThrowIfFailed().Compile().Diagnostics)` gives:", Doc, StringComparison.Ordinal);
    }

    [Fact]
    public void Doc_Locate_places_health_findings_that_carry_a_path_and_says_so()
    {
        // A finding about one place carries its JSON path: Locate gives it the line of that item, as the page says.
        var text = File.ReadAllText(SampleData.PathOf("techsolutions.json"));
        var read = OkrJson.TryRead(text);
        var graph = read.ThrowIfFailed().Compile().ThrowIfFailed();
        var findings = graph.AnalyzeHealth(new DateOnly(2026, 2, 15)).Findings.Select(f => f.ToDiagnostic()).ToList();
        Assert.NotEmpty(findings);
        var located = read.Locate(findings);
        Assert.All(located, d => Assert.NotNull(d.Line));
        // ana-stability's alignment to mobile-app (OKR0514) is at the '{' on the line before its "childId".
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var childLine = Array.FindIndex(lines, l => l.Contains("\"childId\": \"ana-stability\"", StringComparison.Ordinal)) + 1;
        var alignment = Assert.Single(located, d => d.Code == DiagnosticCodes.AlignmentNeverCounts && d.Ids[0] == "ana-stability");
        Assert.Equal("$.alignments[1]", alignment.Path);
        Assert.Equal(childLine - 1, alignment.Line);
        Assert.Contains("so `read.Locate(report.Findings.Select(f => f.ToDiagnostic()))` gives it a line", Doc.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public void Doc_strategy_names_are_written_one_way()
    {
        // One spelling, weightedMean, in every page; the matching rule is stated once, here, and holds.
        // weighted-mean appears only where a page says it names the same strategy as weightedMean.
        foreach (var page in Directory.GetFiles(Path.Combine(SampleData.Root, "docs"), "*.md"))
        {
            foreach (var line in File.ReadAllLines(page).Where(l => l.Contains("weighted-mean", StringComparison.OrdinalIgnoreCase)))
                Assert.True(line.Contains("weightedMean", StringComparison.Ordinal), $"{Path.GetFileName(page)}: {line}");
        }
        Assert.Contains("matched **ignoring case, `-`, `_` and spaces**", Doc, StringComparison.Ordinal);
        foreach (var name in new[] { "weightedMean", "WeightedMean", "weighted-mean", "weighted_mean", "Weighted Mean" })
            Assert.Same(RollupStrategies.WeightedMean, RollupOptions.Default.FindStrategy(name));
        Assert.False(OkrJson.TryRead("""{ "format": "okr/1", "owners": [ { "id": "a", "kind": "Team" } ] }""").Succeeded);
    }

    [Fact]
    public void Doc_AnnotatedExample_ReadsAndFollowsTheSchema()
    {
        var json = BlockOf("example", "annotated");
        var read = OkrJson.TryRead(json);
        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics));
        Assert.Empty(read.Diagnostics);
        Assert.Empty(MiniJsonSchema.Load(SampleData.DocsPath("okr.schema.json")).Validate(json));
        // The excerpt agrees with the sample file it is taken from.
        var sample = OkrJson.ReadFile(SampleData.PathOf("techsolutions.json"));
        foreach (var kr in read.Set!.KeyResults) Assert.Equal(kr with { CheckIns = [] }, sample.KeyResults.Single(k => k.Id == kr.Id) with { CheckIns = [] });
    }

    [Fact]
    public async Task Doc_ReadingAndWritingExample_Works()
    {
        // The calls of the "Reading and writing" section, in order.
        OkrSet set = OkrJson.ReadFile(SampleData.PathOf("techsolutions.json"));
        string json = File.ReadAllText(SampleData.PathOf("techsolutions.json"));
        OkrJsonReadResult read = OkrJson.TryRead(json);
        Assert.Empty(read.Diagnostics);
        CompileResult compiled = read.ThrowIfFailed().Compile();
        Assert.True(compiled.Succeeded);
        Assert.Empty(read.Locate(compiled.Diagnostics));
        string text = OkrJson.Write(set);
        Assert.StartsWith("{", text);
        using var stream = new MemoryStream();
        await OkrJson.WriteAsync(set, stream);
        Assert.Equal(set, OkrJson.Read(new MemoryStream(stream.ToArray())));
        Assert.Contains("OkrJson.TryRead(json)", Doc, StringComparison.Ordinal);
        Assert.Contains("read.ThrowIfFailed().Compile()", Doc, StringComparison.Ordinal);
        Assert.Contains("read.Locate(compiled.Diagnostics)", Doc, StringComparison.Ordinal);
        Assert.Contains("await OkrJson.WriteAsync(set, stream);", Doc, StringComparison.Ordinal);
    }
}
