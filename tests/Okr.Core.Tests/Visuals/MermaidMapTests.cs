using System.Text.RegularExpressions;
using Okr.Core.Tests.Support;
using Okr.Core.Visuals;

namespace Okr.Core.Tests.Visuals;

/// <summary>The Mermaid map: its content, and the cut that keeps it within Mermaid's limits and says what it left out.</summary>
public sealed partial class MermaidMapTests
{
    [GeneratedRegex(@"^  (?<from>\S+) (-->|==>|-\.->)", RegexOptions.Multiline)]
    private static partial Regex EdgeLine();

    [Fact]
    public void Write_TechSolutions_HasEveryNodeAndEdgeWithKindsAndNumbers()
    {
        var result = MermaidMap.Write(VisualFixtures.Rollup("techsolutions.json"));
        Assert.False(result.IsCut);
        Assert.Empty(result.OmittedIds);
        Assert.Equal(14, result.ShownNodes);
        Assert.Equal(13, result.Edges); // 10 key results into their objectives, 3 bottom-up alignments
        Assert.Equal(13, EdgeLine().Matches(result.Text).Count);
        Assert.Contains("  n_quality[\"<b>Improve product quality</b><br/>TechSolutions · 31% behind\"]\n", result.Text, StringComparison.Ordinal);
        Assert.Contains("  n_ben_release -.->|bottom-up, weight 0| n_mobile_app\n", result.Text, StringComparison.Ordinal);
        Assert.Contains("  n_mobile_app -->|bottom-up| n_quality\n", result.Text, StringComparison.Ordinal);
        Assert.Contains("  linkStyle 10,11,12 stroke:#1a7f37,stroke-width:2px\n", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("CUT", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Cascade_DrawsCascadedEdgesThickIntoTheKeyResult()
    {
        var text = MermaidMap.Write(VisualFixtures.Rollup("consultancy-cascade.json")).Text;
        Assert.Contains("  n_marketing ==>|cascaded| n_leads\n", text, StringComparison.Ordinal);
        Assert.Contains("  n_mql_growth ==>|cascaded| n_mqls\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_LargeOrg_IsCutWithinTheLimitsAndSaysWhatWasLeftOut()
    {
        var graph = SyntheticOrg.Generate(new SyntheticOrgOptions { Objectives = 2_000 }).Compile().ThrowIfFailed();
        var result = MermaidMap.Write(graph.Rollup(SyntheticOrg.AsOf));
        Assert.True(result.IsCut);
        Assert.True(result.Edges <= 500, $"{result.Edges} edges");
        Assert.True(result.Text.Length <= 50_000, $"{result.Text.Length} characters");
        Assert.Equal(result.Edges, EdgeLine().Matches(result.Text).Count);
        // Nothing is lost silently: every node is either drawn or listed, and the comment line counts the same.
        Assert.Equal(graph.NodeCount, result.ShownNodes + result.OmittedIds.Count);
        Assert.Contains($"%% CUT: {result.OmittedIds.Count} of {graph.NodeCount} objectives and key results", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.OmittedIds[0], result.Text.Split('\n')[1], StringComparison.Ordinal);
        Assert.DoesNotContain($"n_{result.OmittedIds[0].Replace('-', '_')}[", result.Text, StringComparison.Ordinal);
        // The top is kept: every root objective of the org is drawn.
        foreach (var root in graph.Roots) Assert.DoesNotContain(root.Id, result.OmittedIds);
    }

    [Fact]
    public void Write_SmallerLimits_AreKeptToo()
    {
        var graph = SyntheticOrg.Generate(new SyntheticOrgOptions { Objectives = 300 }).Compile().ThrowIfFailed();
        var result = MermaidMap.Write(graph.Rollup(SyntheticOrg.AsOf), new MapOptions { MermaidMaxEdges = 40, MermaidMaxCharacters = 6_000 });
        Assert.True(result.IsCut);
        Assert.InRange(result.Edges, 1, 40);
        Assert.True(result.Text.Length <= 6_000, $"{result.Text.Length} characters");
    }

    [Fact]
    public void Write_FocusDepthOwner_SelectBeforeTheLimits()
    {
        var rollup = VisualFixtures.Rollup("consultancy-cascade.json");
        var focused = MermaidMap.Write(rollup, new MapOptions { FocusId = "marketing", Depth = 1 });
        Assert.False(focused.IsCut);
        Assert.DoesNotContain("n_strategy[", focused.Text, StringComparison.Ordinal);
        Assert.Contains("n_mql_growth[", focused.Text, StringComparison.Ordinal);
        Assert.Equal(3 + 5 + 2 + 2, focused.ShownNodes); // marketing, mql-growth, list-growth and their key results
    }

    [Fact]
    public void Label_EscapesWhatMermaidWouldRead()
        => Assert.Equal("a #quot;b#quot; #35;1 #lt;x#gt; #124; y", MermaidMap.Label("a \"b\" #1 <x> | y"));

    [Fact]
    public void ClusterByOwner_GroupsObjectivesInSubgraphsAndLeavesSharedOnesOutside()
    {
        var text = MermaidMap.Write(VisualFixtures.Rollup("shared-cross-functional.json"), new MapOptions { ClusterByOwner = true }).Text;
        Assert.Contains("  subgraph owner_support[\"Support\"]\n    n_support_ready[", text, StringComparison.Ordinal);
        Assert.Contains("\n  n_launch[", text, StringComparison.Ordinal); // three owners: outside every box
    }
}
