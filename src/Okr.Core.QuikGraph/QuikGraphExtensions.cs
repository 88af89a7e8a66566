using global::QuikGraph;
using Okr.Core.Graph;

namespace Okr.Core.QuikGraph;

/// <summary>
/// The QuikGraph step, as extension methods of the compiled graph: <c>graph.AsQuikGraph()</c> for a zero-copy read-only
/// view, <c>graph.ToBidirectionalGraph()</c> for a mutable copy.
/// </summary>
public static class QuikGraphExtensions
{
    /// <summary>
    /// A read-only QuikGraph view of <paramref name="graph"/>: no copy, O(1) to make. Vertices are the graph's nodes and
    /// edges run from an input to what it feeds (child to parent), as in the core.
    /// </summary>
    /// <param name="graph">The compiled graph.</param>
    /// <returns>The view.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is <see langword="null"/>.</exception>
    public static OkrGraphView AsQuikGraph(this OkrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new OkrGraphView(graph);
    }

    /// <summary>
    /// Copies <paramref name="graph"/> into a new, mutable QuikGraph <see cref="BidirectionalGraph{TVertex, TEdge}"/> with
    /// the same vertices (<see cref="OkrNode"/>, in index order) and edges (<see cref="OkrEdge"/>, child to parent), for
    /// code that wants to add or remove vertices and edges. The copy is O(nodes + edges) time and holds QuikGraph's
    /// dictionaries and edge lists per vertex; read-only algorithms are better run on <see cref="AsQuikGraph"/>.
    /// The vertices stay nodes of <paramref name="graph"/>: their <see cref="OkrNode.Id"/> is the user's id.
    /// </summary>
    /// <param name="graph">The compiled graph.</param>
    /// <returns>A new graph that the caller owns.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is <see langword="null"/>.</exception>
    public static BidirectionalGraph<OkrNode, OkrEdge> ToBidirectionalGraph(this OkrGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var copy = new BidirectionalGraph<OkrNode, OkrEdge>(false, graph.NodeCount);
        foreach (var node in graph.Nodes) copy.AddVertex(node);
        foreach (var edge in graph.Edges) copy.AddEdge(OkrEdge.Of(edge));
        return copy;
    }
}
