using System.Globalization;
using global::QuikGraph;
using Okr.Core.Graph;

namespace Okr.Core.QuikGraph;

/// <summary>
/// An edge of <see cref="OkrGraphView"/>: one edge of the compiled graph as QuikGraph sees it. It runs the way the core's
/// edges run, from an input (<see cref="Source"/>: a key result or a supporting objective) to what it feeds
/// (<see cref="Target"/>: the objective, or the key result an objective is cascaded from), so
/// <c>Source.Index &lt; Target.Index</c> always and QuikGraph's "out-edges" of a node are the edges to its parents.
/// </summary>
/// <remarks>
/// A value: two edges are equal when their source, target, kind and weight are. The compiled graph has at most one
/// edge between two nodes, so within one graph the source and target alone identify an edge.
/// </remarks>
public readonly struct OkrEdge : IEdge<OkrNode>, IEquatable<OkrEdge>
{
    private OkrEdge(OkrNode source, OkrNode target, EdgeKind kind, double weight)
    {
        Source = source;
        Target = target;
        Kind = kind;
        Weight = weight;
    }

    /// <summary>The input: the key result or supporting objective (the core's <see cref="GraphEdge.Child"/>).</summary>
    public OkrNode Source { get; }

    /// <summary>What the input feeds (the core's <see cref="GraphEdge.Parent"/>).</summary>
    public OkrNode Target { get; }

    /// <summary>What the edge stands for: a key result under its objective, a linked key result, or an alignment kind.</summary>
    public EdgeKind Kind { get; }

    /// <summary>The input's weight at the target, &gt;= 0; 0 means informational (shown, never counted in a rollup).</summary>
    public double Weight { get; }

    /// <summary>The view's edge for an edge of the compiled graph (the same edge: source = child, target = parent).</summary>
    /// <param name="edge">An edge of an <see cref="OkrGraph"/>, as <see cref="OkrGraph.Edges"/> or <see cref="OkrNode.InputEdges"/> give it.</param>
    /// <returns>The edge.</returns>
    public static OkrEdge Of(GraphEdge edge) => new(edge.Child, edge.Parent, edge.Kind, edge.Weight);

    /// <summary>The same edge as the core describes it.</summary>
    /// <returns>The core's edge: child = <see cref="Source"/>, parent = <see cref="Target"/>.</returns>
    public GraphEdge ToGraphEdge() => new(Source, Target, Kind, Weight);

    /// <inheritdoc />
    public bool Equals(OkrEdge other)
        => Source == other.Source && Target == other.Target && Kind == other.Kind && Weight.Equals(other.Weight);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OkrEdge other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, Target, Kind, Weight);

    /// <summary>Compares two edges for equality (same source, target, kind and weight).</summary>
    /// <param name="left">The first edge.</param>
    /// <param name="right">The second edge.</param>
    /// <returns><see langword="true"/> when they are the same edge.</returns>
    public static bool operator ==(OkrEdge left, OkrEdge right) => left.Equals(right);

    /// <summary>Compares two edges for inequality.</summary>
    /// <param name="left">The first edge.</param>
    /// <param name="right">The second edge.</param>
    /// <returns><see langword="true"/> when they differ in source, target, kind or weight.</returns>
    public static bool operator !=(OkrEdge left, OkrEdge right) => !left.Equals(right);

    /// <summary>The edge as <c>source -&gt; target (kind, weight)</c>, with the nodes' ids.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => Source == default || Target == default
            ? "(default OkrEdge)"
            : string.Create(CultureInfo.InvariantCulture, $"{Source.Id} -> {Target.Id} ({Kind}, {Weight})");
}
