using Okr.Core.QuikGraph;
using Okr.Core.Tests.Support;
using QuikGraph.Algorithms;

namespace Okr.Core.Tests.QuikGraph;

/// <summary>
/// The QuikGraph-only peer the benchmarks time beside Okr.Core computes what Okr.Core computes, so the comparison is
/// of equal work.
/// </summary>
public sealed class QuikGraphPeerTests
{
    private static readonly OkrSet Org = SyntheticOrg.Generate(new SyntheticOrgOptions { Objectives = 2_000 });

    [Fact]
    public void Peer_ScoreAndRollup_GivesEveryNodeTheProgressOfGraphRollup()
    {
        var graph = Org.Compile().ThrowIfFailed();
        var peer = QuikGraphPeer.Build(Org);
        var expected = graph.Rollup(SyntheticOrg.AsOf);
        var actual = peer.ScoreAndRollup(SyntheticOrg.AsOf);
        Assert.Equal(graph.NodeCount, actual.Count);
        Assert.Equal(graph.EdgeCount, peer.Graph.EdgeCount);
        var measuredObjectives = 0;
        foreach (var node in graph.Nodes)
        {
            var want = expected[node].Progress;
            var got = actual[node.Id];
            if (want is null)
            {
                Assert.True(double.IsNaN(got), $"{node.Id}: the peer has {got}, Okr.Core says not measured");
                continue;
            }
            Assert.True(Math.Abs(want.Value - got) <= 1e-9, $"{node.Id}: the peer has {got}, Okr.Core {want}");
            if (node.Kind == NodeKind.Objective) measuredObjectives++;
        }
        Assert.True(measuredObjectives > 1_900, "Nearly every synthetic objective is measured, so the comparison means something.");
    }

    [Fact]
    public void Peer_RollupOfScoredKeyResults_EqualsItsFullPass()
    {
        var peer = QuikGraphPeer.Build(Org);
        var full = peer.ScoreAndRollup(SyntheticOrg.AsOf);
        var fromScored = peer.Rollup(peer.Score(SyntheticOrg.AsOf));
        Assert.Equal(full, fromScored);
    }

    [Fact]
    public void TopologicalSort_OverTheView_AndOverTheCopy_AreBothValidOrders()
    {
        var graph = Org.Compile().ThrowIfFailed();
        foreach (var order in new[] { graph.AsQuikGraph().TopologicalSort().ToArray(), graph.ToBidirectionalGraph().TopologicalSort().ToArray() })
        {
            Assert.Equal(graph.NodeCount, order.Length);
            var position = new int[graph.NodeCount];
            for (var i = 0; i < order.Length; i++) position[order[i].Index] = i;
            Assert.All(graph.Edges, e => Assert.True(position[e.Child.Index] < position[e.Parent.Index]));
        }
    }
}
