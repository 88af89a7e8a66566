using Okr.Core.Graph;

namespace Okr.Core.Rollup;

/// <summary>
/// The rolled-up progress of every node of a graph as of a day: progress (clamped and raw), provenance, expected
/// progress, status, grade, and each node's contribution to its parents and ancestors. Immutable and thread-safe.
/// Make one with <c>graph.Rollup(asOf)</c> (<see cref="RollupEngine.Rollup(Okr.Core.Graph.OkrGraph, DateOnly, RollupOptions?)"/>) or <see cref="RollupState.ToResult"/>.
/// </summary>
public sealed class RollupResult
{
    private readonly RollupCore _core;

    internal RollupResult(RollupCore core) => _core = core;

    internal RollupCore Core => _core;

    /// <summary>The graph the result is for.</summary>
    public OkrGraph Graph => _core.Graph;

    /// <summary>The day the rollup looked from: check-ins after it are not seen.</summary>
    public DateOnly AsOf => _core.AsOf;

    /// <summary>The options the rollup ran with.</summary>
    public RollupOptions Options => _core.Options;

    /// <summary>Everything known about a node: progress, raw progress, provenance, expected progress, status and grade.</summary>
    /// <param name="node">A node of <see cref="Graph"/>.</param>
    /// <exception cref="ArgumentException">The node belongs to another graph (or is <see langword="default"/>).</exception>
    public NodeProgress this[OkrNode node] => _core.Describe(_core.IndexOf(node));

    /// <summary>Everything known about the node with the user's id <paramref name="id"/>; the same as <c>this[Graph[id]]</c>.</summary>
    /// <param name="id">An objective or key result id.</param>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public NodeProgress this[string id] => _core.Describe(Graph.IndexOf(id));

    /// <summary>Every node's result, in the graph's (topological) order.</summary>
    public IEnumerable<NodeProgress> Nodes
    {
        get
        {
            for (var i = 0; i < _core.Progress.Length; i++) yield return _core.Describe(i);
        }
    }

    /// <summary>
    /// How the node's influence splits over the parents it counts for, by the weights of those alignments: the
    /// shares sum to 1, so a node serving several parents is never counted more than once in total. Empty when the
    /// node counts for no parent (a root, or only informational alignments).
    /// </summary>
    /// <param name="node">A node of <see cref="Graph"/>.</param>
    /// <returns>The shares, by parent.</returns>
    /// <exception cref="ArgumentException">The node belongs to another graph.</exception>
    public IReadOnlyList<ContributionShare> GetShares(OkrNode node) => _core.SharesOf(_core.IndexOf(node));

    /// <summary>
    /// The node's contribution to each ancestor its progress reaches: how much the ancestor's progress moves per unit
    /// of the node's progress, summed over every path. Computed on demand, in the order of the ancestors' indices.
    /// Empty when the node is not measured.
    /// </summary>
    /// <param name="node">A node of <see cref="Graph"/>.</param>
    /// <returns>The contributions, by ancestor.</returns>
    /// <exception cref="ArgumentException">The node belongs to another graph.</exception>
    public IReadOnlyList<Contribution> GetContributions(OkrNode node)
        => _core.ContributionsOf(_core.IndexOf(node), LazyInitializer.EnsureInitialized(ref _inputWeights, _core.MeasuredInputWeights));

    // Found on the first call in one pass over the edges; the result never changes, so neither do they.
    private RollupCore.InputWeights? _inputWeights;
}
