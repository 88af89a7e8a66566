namespace Okr.Core;

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
/// Both ends are node indices of the <see cref="OkrGraph"/> it came from; <see cref="Child"/> &lt; <see cref="Parent"/> always.
/// </summary>
/// <param name="Child">The index of the input node (a key result or a supporting objective).</param>
/// <param name="Parent">The index of the node it feeds.</param>
/// <param name="Kind">What the edge stands for.</param>
/// <param name="Weight">The input's weight at the parent, &gt;= 0; 0 = informational only.</param>
public readonly record struct GraphEdge(int Child, int Parent, EdgeKind Kind, double Weight);

/// <summary>
/// A view of one node of an <see cref="OkrGraph"/>: its index, id, kind and the model object behind it.
/// Cheap to make; holds no state of its own.
/// </summary>
public readonly struct OkrNode : IEquatable<OkrNode>
{
    private readonly OkrGraph _graph;

    internal OkrNode(OkrGraph graph, int index)
    {
        _graph = graph;
        Index = index;
    }

    /// <summary>The node's index in the graph (its position in topological order: inputs first).</summary>
    public int Index { get; }

    /// <summary>The user's id of the objective or key result.</summary>
    public string Id => _graph.GetId(Index);

    /// <summary>Whether the node is an objective or a key result.</summary>
    public NodeKind Kind => _graph.GetKind(Index);

    /// <summary>The objective behind the node, or <see langword="null"/> for a key result.</summary>
    public Objective? Objective => _graph.TryGetObjective(Index);

    /// <summary>The key result behind the node, or <see langword="null"/> for an objective.</summary>
    public KeyResult? KeyResult => _graph.TryGetKeyResult(Index);

    /// <summary>The title of the objective or key result.</summary>
    public string Title => Objective?.Title ?? KeyResult!.Title;

    /// <inheritdoc />
    public bool Equals(OkrNode other) => ReferenceEquals(_graph, other._graph) && Index == other.Index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OkrNode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Index;

    /// <summary>Compares two node views for equality (same graph, same index).</summary>
    /// <param name="left">The first node.</param>
    /// <param name="right">The second node.</param>
    /// <returns><see langword="true"/> when both refer to the same node of the same graph.</returns>
    public static bool operator ==(OkrNode left, OkrNode right) => left.Equals(right);

    /// <summary>Compares two node views for inequality.</summary>
    /// <param name="left">The first node.</param>
    /// <param name="right">The second node.</param>
    /// <returns><see langword="true"/> when they refer to different nodes.</returns>
    public static bool operator !=(OkrNode left, OkrNode right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {Id} #{Index}";
}
