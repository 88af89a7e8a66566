using System.Globalization;

namespace Okr.Core.Tests.Graph;

/// <summary>Runs the million-node tests alone, so they neither starve nor crowd the rest of the suite.</summary>
[CollectionDefinition(nameof(LongChainTests), DisableParallelization = true)]
public sealed class LongChainCollection;

/// <summary>Graph algorithms are iterative: a 1,000,000-long alignment chain compiles and answers queries.</summary>
[Collection(nameof(LongChainTests))]
public class LongChainTests
{
    private const int Length = 1_000_000;

    private static OkrSet Chain(bool closeTheLoop)
    {
        var objectives = new Objective[Length];
        var alignments = new Alignment[closeTheLoop ? Length : Length - 1];
        var owners = new Objective { Id = "-", Title = "-", OwnerIds = ["team"] }.OwnerIds; // one shared list, not a million
        for (var i = 0; i < Length; i++)
        {
            objectives[i] = new Objective { Id = "o" + i.ToString(CultureInfo.InvariantCulture), Title = "Level", OwnerIds = owners };
            if (i > 0) alignments[i - 1] = new Alignment { ChildId = objectives[i].Id, ParentId = objectives[i - 1].Id, Kind = AlignmentKind.BottomUp };
        }
        if (closeTheLoop) alignments[Length - 1] = new Alignment { ChildId = "o0", ParentId = objectives[Length - 1].Id, Kind = AlignmentKind.Shared };
        return new OkrSet
        {
            Owners = [new Owner { Id = "team" }],
            Objectives = objectives,
            KeyResults = [new KeyResult { Id = "bottom", Title = "Measured at the bottom", ObjectiveId = objectives[Length - 1].Id, Measure = Measure.Metric(0, 1, current: 0.5) }],
            Alignments = alignments,
        };
    }

    [Fact]
    public void Compile_MillionLongChain_NoStackOverflow()
    {
        var graph = Chain(closeTheLoop: false).Compile().ThrowIfFailed();
        Assert.Equal(Length + 1, graph.NodeCount);
        var bottom = graph["bottom"].Index;
        var top = graph["o0"].Index;
        Assert.Equal(0, bottom);
        Assert.Equal(Length, top);
        Assert.Equal(Length, graph.Nodes[bottom].Depth);
        Assert.Equal([top], graph.Roots.Select(r => r.Index));
        Assert.Equal(Length, graph.Nodes[bottom].ImpactSet().Count);
        Assert.Equal(Length, graph.Nodes[top].Descendants().Count);
    }

    [Fact]
    public void Compile_MillionLongCycle_ReportsIt()
    {
        var result = Chain(closeTheLoop: true).Compile();
        var cycle = Assert.Single(result.Errors);
        Assert.Equal(DiagnosticCodes.Cycle, cycle.Code);
        Assert.Equal(Length, cycle.Ids.Count);
    }
}
