
namespace Okr.Core.Graph;

/// <summary>What a node of the <see cref="OkrGraph"/> stands for.</summary>
public enum NodeKind
{
    /// <summary>An <see cref="Okr.Core.Objective"/>.</summary>
    Objective,

    /// <summary>A <see cref="Okr.Core.KeyResult"/>.</summary>
    KeyResult,
}

/// <summary>What an edge of the <see cref="OkrGraph"/> stands for. Every edge runs from an input to what it feeds.</summary>
public enum EdgeKind
{
    /// <summary>A key result feeds the objective it is defined under.</summary>
    KeyResult,

    /// <summary>A key result feeds another objective that links it by reference.</summary>
    LinkedKeyResult,

    /// <summary>An objective cascaded from a key result feeds that key result.</summary>
    Cascaded,

    /// <summary>An objective localized from an upper objective feeds it.</summary>
    Localized,

    /// <summary>A team's own objective feeds what it declares it contributes to.</summary>
    BottomUp,

    /// <summary>An objective serving several parents feeds each of them.</summary>
    Shared,
}

/// <summary>
/// One edge of the compiled graph, from an input (<see cref="Child"/>) to what it feeds (<see cref="Parent"/>).
/// <c>Child.Index &lt; Parent.Index</c> always.
/// </summary>
/// <param name="Child">The input node (a key result or a supporting objective).</param>
/// <param name="Parent">The node it feeds.</param>
/// <param name="Kind">What the edge stands for.</param>
/// <param name="Weight">The input's weight at the parent, &gt;= 0; 0 = informational only.</param>
public readonly record struct GraphEdge(OkrNode Child, OkrNode Parent, EdgeKind Kind, double Weight);

/// <summary>
/// The one handle for an objective or key result of a compiled <see cref="OkrGraph"/>: what every query of the
/// graph, a rollup and a health report takes and gives. Get one with <see cref="OkrGraph.this[string]"/> or from a
/// query; it is two words (the graph and an index), cheap to copy, and holds no state of its own.
/// </summary>
/// <remarks>
/// <see cref="Index"/> is the node's position in topological order (inputs first). It is the low-level handle for
/// code that keeps its own arrays per node (<c>graph.Nodes[index]</c> gives the node back); an index means nothing
/// in another graph, while the <see cref="Id"/> does. A <see langword="default"/> node belongs to no graph: every
/// member but <see cref="Index"/>, equality and <see cref="ToString"/> throws <see cref="InvalidOperationException"/>.
/// </remarks>
public readonly struct OkrNode : IEquatable<OkrNode>
{
    private readonly OkrGraph? _graph;

    internal OkrNode(OkrGraph graph, int index)
    {
        _graph = graph;
        Index = index;
    }

    /// <summary>The graph the node belongs to.</summary>
    /// <exception cref="InvalidOperationException">The node is <see langword="default"/>.</exception>
    public OkrGraph Graph => _graph ?? throw new InvalidOperationException("This OkrNode is default: it belongs to no graph. Get nodes from an OkrGraph.");

    internal OkrGraph? GraphOrNull => _graph;

    /// <summary>The node's position in the graph's topological order (inputs first): 0 to <see cref="OkrGraph.NodeCount"/>-1.</summary>
    public int Index { get; }

    /// <summary>The user's id of the objective or key result.</summary>
    public string Id => Graph.IdAt(Index);

    /// <summary>Whether the node is an objective or a key result.</summary>
    public NodeKind Kind => Graph.KindAt(Index);

    /// <summary>The objective behind the node, or <see langword="null"/> for a key result.</summary>
    public Objective? Objective => Graph.ObjectiveAt(Index);

    /// <summary>The key result behind the node, or <see langword="null"/> for an objective.</summary>
    public KeyResult? KeyResult => Graph.KeyResultAt(Index);

    /// <summary>The title of the objective or key result.</summary>
    public string Title => Graph.TitleAt(Index);

    /// <summary>The nodes that feed this one: its key results and the objectives aligned to it, one per edge.</summary>
    public OkrNodeList Children => Graph.ChildrenOf(Index);

    /// <summary>The nodes this one feeds: its objective, objectives linking it, the parents it is aligned to.</summary>
    public OkrNodeList Parents => Graph.ParentsOf(Index);

    /// <summary>The edges into the node (what feeds it), with kinds and weights.</summary>
    public IReadOnlyList<GraphEdge> InputEdges => Graph.InputEdgesOf(Index);

    /// <summary>The edges out of the node (what it feeds), with kinds and weights.</summary>
    public IReadOnlyList<GraphEdge> OutputEdges => Graph.OutputEdgesOf(Index);

    /// <summary>
    /// The number of edges on the longest path from the node up to a root (<see cref="OkrGraph.Roots"/>): a top-level
    /// objective has depth 0, its key results 1, an objective cascaded from one of those 2.
    /// </summary>
    public int Depth => Graph.DepthOf(Index);

    /// <summary>Every node this one feeds, directly or through others, in index (topological) order, without itself.</summary>
    /// <returns>The ancestors.</returns>
    public OkrNodeList Ancestors() => Graph.Wrap(Graph.Reach(Index, upward: true, contributingOnly: false));

    /// <summary>Every node that feeds this one, directly or through others, in index order, without itself.</summary>
    /// <returns>The descendants.</returns>
    public OkrNodeList Descendants() => Graph.Wrap(Graph.Reach(Index, upward: false, contributingOnly: false));

    /// <summary>
    /// The impact set: every ancestor reached through edges of weight above 0, in index order (the order to recompute
    /// in), without the node itself. A rollup recomputes exactly these when the node's progress changes; an ancestor
    /// whose progress source ignores the path (an objective scored from its key results only, above an aligned
    /// objective) is in the set but keeps its value.
    /// </summary>
    /// <returns>The impact set.</returns>
    public OkrNodeList ImpactSet() => Graph.Wrap(Graph.Reach(Index, upward: true, contributingOnly: true));

    /// <inheritdoc />
    public bool Equals(OkrNode other) => ReferenceEquals(_graph, other._graph) && Index == other.Index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OkrNode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Index;

    /// <summary>Compares two nodes for equality (same graph, same index).</summary>
    /// <param name="left">The first node.</param>
    /// <param name="right">The second node.</param>
    /// <returns><see langword="true"/> when both are the same node of the same graph.</returns>
    public static bool operator ==(OkrNode left, OkrNode right) => left.Equals(right);

    /// <summary>Compares two nodes for inequality.</summary>
    /// <param name="left">The first node.</param>
    /// <param name="right">The second node.</param>
    /// <returns><see langword="true"/> when they are different nodes.</returns>
    public static bool operator !=(OkrNode left, OkrNode right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => _graph is null ? "(default OkrNode)" : $"{Kind} {Id} #{Index}";
}

/// <summary>
/// A read-only list of nodes of one graph, as graph queries give them: no copy of the nodes, indexable, with an
/// enumerator that allocates nothing.
/// </summary>
public readonly struct OkrNodeList : IReadOnlyList<OkrNode>
{
    private readonly OkrGraph? _graph;
    private readonly int[]? _indices;   // null: the identity range [_start, _start + Count)
    private readonly int _start;

    internal OkrNodeList(OkrGraph graph, int[]? indices, int start, int count)
    {
        _graph = graph;
        _indices = indices;
        _start = start;
        Count = count;
    }

    /// <summary>The number of nodes in the list.</summary>
    public int Count { get; }

    /// <summary>The node at a position of the list.</summary>
    /// <param name="position">0 to <see cref="Count"/>-1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The position is outside the list.</exception>
    public OkrNode this[int position]
    {
        get
        {
            // Compared as ints: a (uint) cast of a negative position throws OverflowException in this checked assembly.
            if (position < 0 || position >= Count)
                throw new ArgumentOutOfRangeException(nameof(position), position, $"The position must lie in [0, {Count - 1}].");
            return new OkrNode(_graph!, _indices is null ? _start + position : _indices[_start + position]);
        }
    }

    /// <summary>The nodes' ids, in list order.</summary>
    /// <returns>A new array of ids.</returns>
    public string[] Ids()
    {
        var ids = new string[Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = this[i].Id;
        return ids;
    }

    /// <summary>Returns an enumerator that allocates nothing.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<OkrNode> IEnumerable<OkrNode>.GetEnumerator() => GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Enumerates an <see cref="OkrNodeList"/>.</summary>
    public struct Enumerator : IEnumerator<OkrNode>
    {
        private readonly OkrNodeList _list;
        private int _position;

        internal Enumerator(OkrNodeList list)
        {
            _list = list;
            _position = -1;
        }

        /// <inheritdoc />
        public readonly OkrNode Current => _list[_position];

        readonly object System.Collections.IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext() => ++_position < _list.Count;

        /// <inheritdoc />
        public void Reset() => _position = -1;

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
