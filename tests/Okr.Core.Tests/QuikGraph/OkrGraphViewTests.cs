using FsCheck.Fluent;
using Okr.Core.QuikGraph;
using Okr.Core.Tests.Support;
using QuikGraph.Algorithms;

namespace Okr.Core.Tests.QuikGraph;

/// <summary>The view's edges of behaviour: foreign and default nodes, edge values, the copy, and the generator's reach.</summary>
public sealed class OkrGraphViewTests
{
    private static OkrGraph Valid() => GraphFixtures.Valid().Compile().ThrowIfFailed();

    [Fact]
    public void AsQuikGraph_OfTheValidSet_ShowsItsFourNodesAndThreeEdges()
    {
        var graph = Valid();
        var view = graph.AsQuikGraph();
        Assert.Same(graph, view.Graph);
        Assert.True(view.IsDirected);
        Assert.False(view.AllowParallelEdges);
        Assert.Equal(4, view.VertexCount);
        Assert.Equal(3, view.EdgeCount);
        Assert.False(view.IsVerticesEmpty);
        Assert.False(view.IsEdgesEmpty);
        // child -> k1 (cascaded), k1 -> top, k2 -> child: edges run from the input to what it feeds.
        var cascade = Assert.Single(view.OutEdges(graph["child"]));
        Assert.Equal(graph["k1"], cascade.Target);
        Assert.Equal(EdgeKind.Cascaded, cascade.Kind);
        Assert.Equal(1.0, cascade.Weight);
        Assert.Equal("child -> k1 (Cascaded, 1)", cascade.ToString());
        Assert.Equal(["k2", "child", "k1", "top"], view.TopologicalSort().Select(v => v.Id));
        // QuikGraph's roots have no in-edges: Okr.Core's leaves. Okr.Core's roots (what feeds nothing) are QuikGraph's sinks.
        Assert.Equal(["k2"], view.Roots().Select(v => v.Id));
        Assert.Equal(graph.Roots, view.Sinks());
    }

    [Fact]
    public void NodesOfAnotherGraph_OrDefault_AreNotInTheView_AndPerVertexMembersThrow()
    {
        var graph = Valid();
        var other = Valid();
        var view = graph.AsQuikGraph();
        Assert.True(view.ContainsVertex(graph["top"]));
        Assert.False(view.ContainsVertex(other["top"]));
        Assert.False(view.ContainsVertex(default));
        Assert.False(view.ContainsEdge(other["k1"], other["top"]));
        Assert.False(view.TryGetOutEdges(other["k1"], out _));
        Assert.False(view.TryGetInEdges(default, out _));
        Assert.False(view.TryGetEdge(other["k1"], graph["top"], out _));
        Assert.False(view.TryGetEdges(default, graph["top"], out _));
        Assert.Throws<ArgumentException>(() => view.OutDegree(other["k1"]));
        Assert.Throws<ArgumentException>(() => view.InEdges(default));
        Assert.Throws<ArgumentOutOfRangeException>(() => view.OutEdge(graph["k1"], 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => view.InEdge(graph["top"], -1));
        Assert.Throws<ArgumentNullException>(() => ((OkrGraph)null!).AsQuikGraph());
        Assert.Throws<ArgumentNullException>(() => ((OkrGraph)null!).ToBidirectionalGraph());
    }

    [Fact]
    public void OkrEdge_IsAValue_AndRoundTripsTheCoresEdge()
    {
        var graph = Valid();
        var core = graph["k1"].OutputEdges[0];
        var edge = OkrEdge.Of(core);
        Assert.Equal(core, edge.ToGraphEdge());
        Assert.Equal(edge, OkrEdge.Of(core));
        Assert.True(edge == OkrEdge.Of(core));
        Assert.True(edge != OkrEdge.Of(core with { Weight = 2 }));
        Assert.Equal(edge.GetHashCode(), OkrEdge.Of(core).GetHashCode());
        Assert.Equal("(default OkrEdge)", default(OkrEdge).ToString());
        Assert.Equal("QuikGraph view of '': 4 vertices, 3 edges", graph.AsQuikGraph().ToString());
    }

    [Fact]
    public void ToBidirectionalGraph_IsACopyTheCallerMayChange()
    {
        var graph = Valid();
        var copy = graph.ToBidirectionalGraph();
        Assert.True(copy.RemoveVertex(graph["k2"]));
        Assert.Equal(3, copy.VertexCount);
        Assert.Equal(2, copy.EdgeCount);
        Assert.Equal(4, graph.AsQuikGraph().VertexCount);
    }

    [Fact]
    public void TheGenerator_MakesSharedNodes_Cascades_Links_InformationalEdges_AndDepth()
    {
        var orgs = QuikGraphArbitraries.Orgs.Sample(size: 100, numberOfSamples: 60).Select(o => o.Graph).ToArray();
        var edges = orgs.SelectMany(g => g.Edges).ToArray();
        Assert.Contains(orgs, g => g.Nodes.Any(v => v.Parents.Count > 1));
        Assert.Contains(edges, e => e.Kind == EdgeKind.Cascaded);
        Assert.Contains(edges, e => e.Kind == EdgeKind.LinkedKeyResult);
        Assert.Contains(edges, e => e.Weight == 0);
        Assert.Contains(orgs, g => g.Nodes.Any(v => v.Depth >= 6));
        Assert.Contains(orgs, g => g.NodeCount > 200);
    }
}
