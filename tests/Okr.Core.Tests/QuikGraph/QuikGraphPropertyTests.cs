using FsCheck.Xunit;
using Okr.Core.QuikGraph;
using QuikGraph.Algorithms;
using QuikGraph.Algorithms.Search;
using QuikGraph.Algorithms.ShortestPath;

namespace Okr.Core.Tests.QuikGraph;

/// <summary>
/// QuikGraph's own algorithms, run on the zero-copy view of random org graphs, agree with what Okr.Core computes on
/// its arrays: the view is a faithful <c>IBidirectionalGraph</c>.
/// </summary>
public sealed class QuikGraphPropertyTests
{
    private const int Runs = 40;

    /// <summary>The nodes a per-node property looks at: all of a small graph, an even spread of a large one.</summary>
    private static IEnumerable<OkrNode> Sample(OkrGraph graph, int count = 24)
    {
        var step = Math.Max(1, graph.NodeCount / count);
        for (var i = graph.NodeCount - 1; i >= 0; i -= step) yield return graph.Nodes[i];
    }

    [Property(Arbitrary = [typeof(QuikGraphArbitraries)], MaxTest = Runs)]
    public bool TopologicalSort_OnTheView_IsAValidOrder_ConsistentWithOkrCoreOrder(OrgGraph org)
    {
        var graph = org.Graph;
        var order = graph.AsQuikGraph().TopologicalSort().ToArray();
        // Every node exactly once.
        if (order.Length != graph.NodeCount || order.Select(v => v.Index).Distinct().Count() != graph.NodeCount) return false;
        var position = new int[graph.NodeCount];
        for (var i = 0; i < order.Length; i++) position[order[i].Index] = i;
        // Every edge runs forward in QuikGraph's order and in Okr.Core's (index) order alike: both put inputs first.
        return graph.Edges.All(e => position[e.Child.Index] < position[e.Parent.Index] && e.Child.Index < e.Parent.Index);
    }

    [Property(Arbitrary = [typeof(QuikGraphArbitraries)], MaxTest = Runs)]
    public bool StronglyConnectedComponents_OnTheView_AreAllSingletons(OrgGraph org)
    {
        var components = new Dictionary<OkrNode, int>();
        var count = org.Graph.AsQuikGraph().StronglyConnectedComponents(components);
        return count == org.Graph.NodeCount
            && components.Count == org.Graph.NodeCount
            && components.Values.Distinct().Count() == org.Graph.NodeCount
            && org.Graph.AsQuikGraph().IsDirectedAcyclicGraph();
    }

    [Property(Arbitrary = [typeof(QuikGraphArbitraries)], MaxTest = Runs)]
    public bool BreadthFirstSearch_FromANode_ReachesExactlyItsAncestors(OrgGraph org)
    {
        var view = org.Graph.AsQuikGraph();
        foreach (var node in Sample(org.Graph))
        {
            var reached = new List<int>();
            var bfs = new BreadthFirstSearchAlgorithm<OkrNode, OkrEdge>(view);
            bfs.DiscoverVertex += v => { if (v != node) reached.Add(v.Index); };
            bfs.Compute(node);
            reached.Sort();
            if (!reached.SequenceEqual(node.Ancestors().Select(a => a.Index))) return false;
        }
        return true;
    }

    [Property(Arbitrary = [typeof(QuikGraphArbitraries)], MaxTest = Runs)]
    public bool DagShortestPath_WithNegatedUnitWeights_GivesEveryNodesDepth(OrgGraph org)
    {
        // The longest path up from a node ends at a root, so it is the most negative distance with weight -1 per edge.
        var view = org.Graph.AsQuikGraph();
        foreach (var node in Sample(org.Graph))
        {
            var paths = new DagShortestPathAlgorithm<OkrNode, OkrEdge>(view, _ => -1.0, DistanceRelaxers.ShortestDistance);
            paths.Compute(node);
            var longest = 0.0;
            foreach (var ancestor in node.Ancestors())
            {
                if (!paths.TryGetDistance(ancestor, out var distance)) return false;
                longest = Math.Max(longest, -distance);
            }
            if (longest != node.Depth) return false;
        }
        return true;
    }

    [Property(Arbitrary = [typeof(QuikGraphArbitraries)], MaxTest = Runs)]
    public bool LongestPathRelaxation_OverQuikGraphsTopologicalOrder_EqualsDepth_ForEveryNode(OrgGraph org)
    {
        // Walk QuikGraph's order backwards (parents before their inputs): depth = 1 + the deepest parent.
        var view = org.Graph.AsQuikGraph();
        var depth = new Dictionary<OkrNode, int>(org.Graph.NodeCount);
        foreach (var node in view.TopologicalSort().Reverse())
        {
            var d = 0;
            foreach (var edge in view.OutEdges(node)) d = Math.Max(d, depth[edge.Target] + 1);
            depth[node] = d;
        }
        return org.Graph.Nodes.All(v => depth[v] == v.Depth);
    }

    [Property(Arbitrary = [typeof(QuikGraphArbitraries)], MaxTest = Runs)]
    public bool View_CountsDegreesAndEdges_MatchTheCompiledGraph(OrgGraph org)
    {
        var graph = org.Graph;
        var view = graph.AsQuikGraph();
        if (view.VertexCount != graph.NodeCount || view.EdgeCount != graph.EdgeCount || view.Edges.Count() != graph.EdgeCount) return false;
        if (!view.Vertices.SequenceEqual(graph.Nodes) || !view.Edges.Select(e => e.ToGraphEdge()).SequenceEqual(graph.Edges)) return false;
        foreach (var v in graph.Nodes)
        {
            if (view.OutDegree(v) != v.Parents.Count || view.InDegree(v) != v.Children.Count || view.Degree(v) != v.Parents.Count + v.Children.Count) return false;
            if (view.IsOutEdgesEmpty(v) != (v.Parents.Count == 0) || view.IsInEdgesEmpty(v) != (v.Children.Count == 0)) return false;
            if (!view.OutEdges(v).Select(e => e.ToGraphEdge()).SequenceEqual(v.OutputEdges)) return false;
            if (!view.InEdges(v).Select(e => e.ToGraphEdge()).SequenceEqual(v.InputEdges)) return false;
            for (var i = 0; i < v.Parents.Count; i++)
            {
                if (view.OutEdge(v, i).Target != v.Parents[i]) return false;
            }
            for (var i = 0; i < v.Children.Count; i++)
            {
                if (view.InEdge(v, i).Source != v.Children[i]) return false;
            }
            // The view's binary search relies on the core listing parents in ascending index order.
            for (var i = 1; i < v.Parents.Count; i++)
            {
                if (v.Parents[i - 1].Index >= v.Parents[i].Index) return false;
            }
        }
        return true;
    }

    [Property(Arbitrary = [typeof(QuikGraphArbitraries)], MaxTest = Runs)]
    public bool ContainsEdge_AndTryGetEdge_AgreeWithTheCoresEdges(OrgGraph org)
    {
        var graph = org.Graph;
        var view = graph.AsQuikGraph();
        var edges = graph.Edges.Select(e => (e.Child.Index, e.Parent.Index)).ToHashSet();
        foreach (var s in graph.Nodes)
        {
            // Every pair with nearby targets (both directions), and every real edge.
            for (var t = Math.Max(0, s.Index - 20); t < Math.Min(graph.NodeCount, s.Index + 40); t++)
            {
                var target = graph.Nodes[t];
                var expected = edges.Contains((s.Index, t));
                if (view.ContainsEdge(s, target) != expected) return false;
                if (view.TryGetEdge(s, target, out var edge) != expected) return false;
                if (!view.TryGetEdges(s, target, out var all) || all.Count() != (expected ? 1 : 0)) return false;
                if (expected && (edge.Source != s || edge.Target != target)) return false;
            }
        }
        foreach (var e in graph.Edges)
        {
            var edge = OkrEdge.Of(e);
            if (!view.ContainsEdge(edge) || !view.ContainsEdge(e.Child, e.Parent)) return false;
            if (!view.TryGetEdge(e.Child, e.Parent, out var found) || found != edge) return false;
            // The same endpoints with another weight or kind is not an edge of the graph.
            if (view.ContainsEdge(OkrEdge.Of(e with { Weight = e.Weight + 1 }))) return false;
            if (view.ContainsEdge(OkrEdge.Of(e with { Kind = e.Kind == EdgeKind.Shared ? EdgeKind.Localized : EdgeKind.Shared }))) return false;
        }
        return true;
    }

    [Property(Arbitrary = [typeof(QuikGraphArbitraries)], MaxTest = Runs)]
    public bool ToBidirectionalGraph_HoldsTheSameVerticesAndEdges(OrgGraph org)
    {
        var graph = org.Graph;
        var view = graph.AsQuikGraph();
        var copy = graph.ToBidirectionalGraph();
        if (copy.VertexCount != view.VertexCount || copy.EdgeCount != view.EdgeCount) return false;
        if (!copy.Vertices.SequenceEqual(view.Vertices)) return false;
        foreach (var v in graph.Nodes)
        {
            if (!copy.OutEdges(v).SequenceEqual(view.OutEdges(v))) return false;
            if (!copy.InEdges(v).ToHashSet().SetEquals(view.InEdges(v))) return false;
        }
        return true;
    }
}
