using global::QuikGraph;
using Okr.Core.Graph;

namespace Okr.Core.QuikGraph;

/// <summary>
/// A read-only QuikGraph view of a compiled <see cref="OkrGraph"/>: the objectives and key results are the vertices
/// (<see cref="OkrNode"/>), the compiled edges the edges (<see cref="OkrEdge"/>, from an input to what it feeds), so any
/// QuikGraph algorithm that takes an <see cref="IBidirectionalGraph{TVertex, TEdge}"/> or one of the interfaces it
/// extends runs on the compiled graph. Get one with <c>graph.AsQuikGraph()</c>.
/// </summary>
/// <remarks>
/// <para>
/// The view copies nothing: it holds the graph and answers every question from the graph's own arrays through the
/// core's public API, so making one is O(1) and it stays valid (and thread-safe) as long as the graph, which is
/// immutable. Vertex and edge counts, degrees, <see cref="ContainsVertex"/> and the vertex list are O(1) and allocate
/// nothing; <see cref="ContainsEdge(OkrNode, OkrNode)"/> is a binary search of the source's parents, O(log out-degree).
/// Listing the edges of a node is O(degree) and allocates the list (the core hands each node's edges out as a new list);
/// <see cref="OutEdge"/>, <see cref="InEdge"/>, <see cref="TryGetEdge"/> and <see cref="ContainsEdge(OkrEdge)"/> pay the
/// same O(degree) for the edge's kind and weight. Org graphs have small degrees (an objective's key results and aligned
/// objectives), so this is rarely felt.
/// </para>
/// <para>
/// QuikGraph's algorithms keep their own per-vertex state in dictionaries keyed by vertex, and that is what they cost
/// on this view too; the core's own queries (<see cref="OkrNode.Ancestors"/>, <see cref="OkrNode.Depth"/>, the rollup)
/// are loops over arrays and far cheaper. Use the view for what the core does not answer. A vertex of another graph
/// (or a <see langword="default"/> node) is not in the view: <see cref="ContainsVertex"/> says <see langword="false"/>
/// and the per-vertex members throw <see cref="ArgumentException"/>, as QuikGraph's own graphs do for unknown vertices.
/// </para>
/// <para>
/// Words differ between the two libraries: QuikGraph's <c>Roots()</c> are the vertices without in-edges, which here are
/// the nodes nothing feeds (measured key results, empty objectives); the core's <see cref="OkrGraph.Roots"/> (the
/// top-level objectives, which feed nothing) are QuikGraph's <c>Sinks()</c>. QuikGraph's <c>TopologicalSort()</c> puts
/// inputs first, like the core's index order.
/// </para>
/// </remarks>
public sealed class OkrGraphView : IBidirectionalGraph<OkrNode, OkrEdge>
{
    internal OkrGraphView(OkrGraph graph) => Graph = graph;

    /// <summary>The compiled graph the view shows.</summary>
    public OkrGraph Graph { get; }

    /// <summary>Always <see langword="true"/>: every edge runs from an input to what it feeds.</summary>
    public bool IsDirected => true;

    /// <summary>Always <see langword="false"/>: the compiled graph has at most one edge between two nodes (the compiler rejects duplicate alignments and links).</summary>
    public bool AllowParallelEdges => false;

    /// <summary>Whether the graph has no node. O(1).</summary>
    public bool IsVerticesEmpty => Graph.NodeCount == 0;

    /// <summary>The number of nodes (objectives plus key results). O(1).</summary>
    public int VertexCount => Graph.NodeCount;

    /// <summary>Every node, in the graph's topological order (inputs first); the graph's own list, not a copy.</summary>
    public IEnumerable<OkrNode> Vertices => Graph.Nodes;

    /// <summary>Whether the graph has no edge. O(1).</summary>
    public bool IsEdgesEmpty => Graph.EdgeCount == 0;

    /// <summary>The number of edges. O(1).</summary>
    public int EdgeCount => Graph.EdgeCount;

    /// <summary>Every edge, grouped by target in index order, as <see cref="OkrGraph.Edges"/> gives them.</summary>
    public IEnumerable<OkrEdge> Edges
    {
        get
        {
            foreach (var edge in Graph.Edges) yield return OkrEdge.Of(edge);
        }
    }

    /// <summary>Whether <paramref name="vertex"/> is a node of this view's graph. O(1).</summary>
    /// <param name="vertex">The node.</param>
    /// <returns><see langword="true"/> for a node of <see cref="Graph"/>; <see langword="false"/> for a node of another graph or a <see langword="default"/> node.</returns>
    public bool ContainsVertex(OkrNode vertex)
        => vertex.Index >= 0 && vertex.Index < Graph.NodeCount && Graph.Nodes[vertex.Index] == vertex;

    /// <summary>Whether <paramref name="vertex"/> feeds nothing (a root). O(1).</summary>
    /// <param name="vertex">A node of the graph.</param>
    /// <returns><see langword="true"/> when the node has no parent.</returns>
    /// <exception cref="ArgumentException">The node is not in the view.</exception>
    public bool IsOutEdgesEmpty(OkrNode vertex) => Check(vertex).Parents.Count == 0;

    /// <summary>How many nodes <paramref name="vertex"/> feeds (its parents). O(1).</summary>
    /// <param name="vertex">A node of the graph.</param>
    /// <returns>The out-degree.</returns>
    /// <exception cref="ArgumentException">The node is not in the view.</exception>
    public int OutDegree(OkrNode vertex) => Check(vertex).Parents.Count;

    /// <summary>The edges from <paramref name="vertex"/> to the nodes it feeds, in the order of <see cref="OkrNode.Parents"/>. O(out-degree).</summary>
    /// <param name="vertex">A node of the graph.</param>
    /// <returns>The out-edges.</returns>
    /// <exception cref="ArgumentException">The node is not in the view.</exception>
    public IEnumerable<OkrEdge> OutEdges(OkrNode vertex) => new EdgeList(Check(vertex).OutputEdges);

    /// <summary>The out-edges of <paramref name="vertex"/>, or <see langword="false"/> when it is not in the view.</summary>
    /// <param name="vertex">The node.</param>
    /// <param name="edges">The out-edges when found; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the node is in the view.</returns>
    public bool TryGetOutEdges(OkrNode vertex, out IEnumerable<OkrEdge> edges)
    {
        edges = ContainsVertex(vertex) ? new EdgeList(vertex.OutputEdges) : null!;
        return edges is not null;
    }

    /// <summary>The out-edge of <paramref name="vertex"/> at <paramref name="index"/> (to <c>vertex.Parents[index]</c>). O(out-degree).</summary>
    /// <param name="vertex">A node of the graph.</param>
    /// <param name="index">0 to <see cref="OutDegree"/>-1.</param>
    /// <returns>The edge.</returns>
    /// <exception cref="ArgumentException">The node is not in the view.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the node's out-edges.</exception>
    public OkrEdge OutEdge(OkrNode vertex, int index) => OkrEdge.Of(Check(vertex).OutputEdges[CheckIndex(index, vertex.Parents.Count)]);

    /// <summary>Whether <paramref name="vertex"/> is fed by nothing (a measured key result, or an empty objective). O(1).</summary>
    /// <param name="vertex">A node of the graph.</param>
    /// <returns><see langword="true"/> when the node has no input.</returns>
    /// <exception cref="ArgumentException">The node is not in the view.</exception>
    public bool IsInEdgesEmpty(OkrNode vertex) => Check(vertex).Children.Count == 0;

    /// <summary>How many inputs feed <paramref name="vertex"/> (its children). O(1).</summary>
    /// <param name="vertex">A node of the graph.</param>
    /// <returns>The in-degree.</returns>
    /// <exception cref="ArgumentException">The node is not in the view.</exception>
    public int InDegree(OkrNode vertex) => Check(vertex).Children.Count;

    /// <summary>The edges from the inputs of <paramref name="vertex"/> to it, in the order of <see cref="OkrNode.Children"/>. O(in-degree).</summary>
    /// <param name="vertex">A node of the graph.</param>
    /// <returns>The in-edges.</returns>
    /// <exception cref="ArgumentException">The node is not in the view.</exception>
    public IEnumerable<OkrEdge> InEdges(OkrNode vertex) => new EdgeList(Check(vertex).InputEdges);

    /// <summary>The in-edges of <paramref name="vertex"/>, or <see langword="false"/> when it is not in the view.</summary>
    /// <param name="vertex">The node.</param>
    /// <param name="edges">The in-edges when found; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the node is in the view.</returns>
    public bool TryGetInEdges(OkrNode vertex, out IEnumerable<OkrEdge> edges)
    {
        edges = ContainsVertex(vertex) ? new EdgeList(vertex.InputEdges) : null!;
        return edges is not null;
    }

    /// <summary>The in-edge of <paramref name="vertex"/> at <paramref name="index"/> (from <c>vertex.Children[index]</c>). O(in-degree).</summary>
    /// <param name="vertex">A node of the graph.</param>
    /// <param name="index">0 to <see cref="InDegree"/>-1.</param>
    /// <returns>The edge.</returns>
    /// <exception cref="ArgumentException">The node is not in the view.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the node's in-edges.</exception>
    public OkrEdge InEdge(OkrNode vertex, int index) => OkrEdge.Of(Check(vertex).InputEdges[CheckIndex(index, vertex.Children.Count)]);

    /// <summary>The number of edges at <paramref name="vertex"/>, in and out. O(1).</summary>
    /// <param name="vertex">A node of the graph.</param>
    /// <returns>The in-degree plus the out-degree.</returns>
    /// <exception cref="ArgumentException">The node is not in the view.</exception>
    public int Degree(OkrNode vertex) => Check(vertex).Children.Count + vertex.Parents.Count;

    /// <summary>Whether <paramref name="source"/> feeds <paramref name="target"/> directly. O(log out-degree of the source).</summary>
    /// <param name="source">The input.</param>
    /// <param name="target">What it would feed.</param>
    /// <returns><see langword="true"/> when the graph has the edge; <see langword="false"/> also when either node is not in the view.</returns>
    public bool ContainsEdge(OkrNode source, OkrNode target)
        => ContainsVertex(source) && ContainsVertex(target) && PositionOf(source, target) >= 0;

    /// <summary>Whether the graph has this edge: the same source, target, kind and weight. O(out-degree of the source).</summary>
    /// <param name="edge">The edge.</param>
    /// <returns><see langword="true"/> when the graph has the edge.</returns>
    public bool ContainsEdge(OkrEdge edge) => TryGetEdge(edge.Source, edge.Target, out var found) && found == edge;

    /// <summary>The edge from <paramref name="source"/> to <paramref name="target"/>, if the graph has it. O(out-degree of the source).</summary>
    /// <param name="source">The input.</param>
    /// <param name="target">What it feeds.</param>
    /// <param name="edge">The edge when found; otherwise <see langword="default"/>.</param>
    /// <returns><see langword="true"/> when the graph has the edge.</returns>
    public bool TryGetEdge(OkrNode source, OkrNode target, out OkrEdge edge)
    {
        var position = ContainsVertex(source) && ContainsVertex(target) ? PositionOf(source, target) : -1;
        edge = position >= 0 ? OkrEdge.Of(source.OutputEdges[position]) : default;
        return position >= 0;
    }

    /// <summary>The edges from <paramref name="source"/> to <paramref name="target"/>: none or one, as the graph has no parallel edges.</summary>
    /// <param name="source">The input.</param>
    /// <param name="target">What it feeds.</param>
    /// <param name="edges">The edges (empty when there is none); <see langword="null"/> when a node is not in the view.</param>
    /// <returns><see langword="true"/> when both nodes are in the view.</returns>
    public bool TryGetEdges(OkrNode source, OkrNode target, out IEnumerable<OkrEdge> edges)
    {
        if (!ContainsVertex(source) || !ContainsVertex(target))
        {
            edges = null!;
            return false;
        }
        edges = TryGetEdge(source, target, out var edge) ? [edge] : [];
        return true;
    }

    /// <summary>The view's graph as text: its name and counts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"QuikGraph view of '{Graph.Set.Name}': {VertexCount} vertices, {EdgeCount} edges";

    private OkrNode Check(OkrNode vertex, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(vertex))] string? name = null)
        => ContainsVertex(vertex) ? vertex : throw new ArgumentException($"{vertex} is not a node of this view's graph ('{Graph.Set.Name}').", name);

    private static int CheckIndex(int index, int count)
        => index >= 0 && index < count ? index : throw new ArgumentOutOfRangeException(nameof(index), index, $"The edge index must lie in [0, {count - 1}].");

    /// <summary>
    /// Where <paramref name="target"/> is among the parents of <paramref name="source"/>, or -1. The core lists a node's
    /// parents in ascending index order (its output arrays are filled parent by parent), so this is a binary search;
    /// the view's tests check that order on every generated graph.
    /// </summary>
    private static int PositionOf(OkrNode source, OkrNode target)
    {
        var parents = source.Parents;
        int low = 0, high = parents.Count - 1, wanted = target.Index;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var index = parents[middle].Index;
            if (index == wanted) return middle;
            if (index < wanted) low = middle + 1;
            else high = middle - 1;
        }
        return -1;
    }

    /// <summary>A node's edges as the view's edges, over the list the core hands out (no second copy).</summary>
    private sealed class EdgeList(IReadOnlyList<GraphEdge> edges) : IReadOnlyList<OkrEdge>
    {
        public int Count => edges.Count;

        public OkrEdge this[int index] => OkrEdge.Of(edges[index]);

        public IEnumerator<OkrEdge> GetEnumerator()
        {
            for (var i = 0; i < edges.Count; i++) yield return OkrEdge.Of(edges[i]);
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
