namespace Okr.Core;

/// <summary>
/// The rolled-up progress of every node of a graph as of a day: progress (clamped and raw), provenance, expected
/// progress, status, grade, and each node's contribution to its parents and ancestors. Immutable and thread-safe.
/// Make one with <see cref="RollupEngine.Compute"/> or <see cref="RollupState.ToResult"/>.
/// </summary>
public sealed class RollupResult
{
    private readonly RollupCore _core;

    internal RollupResult(RollupCore core) => _core = core;

    /// <summary>The graph the result is for.</summary>
    public OkrGraph Graph => _core.Graph;

    /// <summary>The day the rollup looked from: check-ins after it are not seen.</summary>
    public DateOnly AsOf => _core.AsOf;

    /// <summary>The options the rollup ran with.</summary>
    public RollupOptions Options => _core.Options;

    /// <summary>Everything known about the node with <paramref name="id"/>.</summary>
    /// <param name="id">An objective or key result id.</param>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public NodeProgress this[string id] => _core.Describe(Graph.IndexOf(id));

    /// <summary>Everything known about the node at <paramref name="index"/>.</summary>
    /// <param name="index">A node index of <see cref="Graph"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">No node has that index.</exception>
    public NodeProgress this[int index] => _core.Describe(index);

    /// <summary>Every node's result, in the graph's (topological) order.</summary>
    public IEnumerable<NodeProgress> Nodes
    {
        get
        {
            for (var i = 0; i < _core.Progress.Length; i++) yield return _core.Describe(i);
        }
    }

    /// <summary>Clamped progress, as it feeds what is above; <see langword="null"/> when not measured.</summary>
    /// <param name="index">A node index.</param>
    /// <returns>The progress, or <see langword="null"/>.</returns>
    public double? GetProgress(int index) => _core.ProgressOf(index);

    /// <summary>Clamped progress of the node with <paramref name="id"/>; <see langword="null"/> when not measured.</summary>
    /// <param name="id">A node id.</param>
    /// <returns>The progress, or <see langword="null"/>.</returns>
    /// <exception cref="KeyNotFoundException">No objective or key result has that id.</exception>
    public double? GetProgress(string id) => _core.ProgressOf(Graph.IndexOf(id));

    /// <summary>
    /// Progress before clamping: a key result's measured progress (1.25 for 125%), an objective's manual progress;
    /// for computed nodes the computed value. <see langword="null"/> when not measured.
    /// </summary>
    /// <param name="index">A node index.</param>
    /// <returns>The raw progress, or <see langword="null"/>.</returns>
    public double? GetRawProgress(int index) => _core.RawProgressOf(index);

    /// <summary>Progress before clamping of the node with <paramref name="id"/>; see <see cref="GetRawProgress(int)"/>.</summary>
    /// <param name="id">A node id.</param>
    /// <returns>The raw progress, or <see langword="null"/>.</returns>
    /// <exception cref="KeyNotFoundException">No objective or key result has that id.</exception>
    public double? GetRawProgress(string id) => _core.RawProgressOf(Graph.IndexOf(id));

    /// <summary>Where the progress came from.</summary>
    /// <param name="index">A node index.</param>
    /// <returns>The provenance.</returns>
    public Provenance GetProvenance(int index) => _core.ProvenanceOf(index);

    /// <summary>Where the progress of the node with <paramref name="id"/> came from.</summary>
    /// <param name="id">A node id.</param>
    /// <returns>The provenance.</returns>
    /// <exception cref="KeyNotFoundException">No objective or key result has that id.</exception>
    public Provenance GetProvenance(string id) => _core.ProvenanceOf(Graph.IndexOf(id));

    /// <summary>Progress against the calendar: see <see cref="Scorer.Status(double?, double, Period?, DateOnly, ScoringOptions?)"/>.</summary>
    /// <param name="index">A node index.</param>
    /// <returns>The status.</returns>
    public ProgressStatus GetStatus(int index) => _core.StatusOf(index);

    /// <summary>The status of the node with <paramref name="id"/>; see <see cref="GetStatus(int)"/>.</summary>
    /// <param name="id">A node id.</param>
    /// <returns>The status.</returns>
    /// <exception cref="KeyNotFoundException">No objective or key result has that id.</exception>
    public ProgressStatus GetStatus(string id) => _core.StatusOf(Graph.IndexOf(id));

    /// <summary>The grade for the objective's commitment (a key result takes its objective's); <see langword="null"/> when not measured.</summary>
    /// <param name="index">A node index.</param>
    /// <returns>The grade, or <see langword="null"/>.</returns>
    public Grade? GetGrade(int index) => _core.GradeOf(index);

    /// <summary>The grade of the node with <paramref name="id"/>; see <see cref="GetGrade(int)"/>.</summary>
    /// <param name="id">A node id.</param>
    /// <returns>The grade, or <see langword="null"/>.</returns>
    /// <exception cref="KeyNotFoundException">No objective or key result has that id.</exception>
    public Grade? GetGrade(string id) => _core.GradeOf(Graph.IndexOf(id));

    /// <summary>
    /// How the node's influence splits over the parents it counts for, by the weights of those alignments: the
    /// shares sum to 1, so a node serving several parents is never counted more than once in total. Empty when the
    /// node counts for no parent (a root, or only informational alignments).
    /// </summary>
    /// <param name="index">A node index.</param>
    /// <returns>The shares, by parent.</returns>
    public IReadOnlyList<ContributionShare> GetShares(int index) => _core.SharesOf(index);

    /// <summary>The shares of the node with <paramref name="id"/>; see <see cref="GetShares(int)"/>.</summary>
    /// <param name="id">A node id.</param>
    /// <returns>The shares, by parent.</returns>
    /// <exception cref="KeyNotFoundException">No objective or key result has that id.</exception>
    public IReadOnlyList<ContributionShare> GetShares(string id) => _core.SharesOf(Graph.IndexOf(id));

    /// <summary>
    /// The node's contribution to each ancestor its progress reaches: how much the ancestor's progress moves per unit
    /// of the node's progress, summed over every path. Computed on demand, in the order of the ancestors' indices.
    /// Empty when the node is not measured.
    /// </summary>
    /// <param name="index">A node index.</param>
    /// <returns>The contributions, by ancestor.</returns>
    public IReadOnlyList<Contribution> GetContributions(int index) => _core.ContributionsOf(index);

    /// <summary>The contributions of the node with <paramref name="id"/>; see <see cref="GetContributions(int)"/>.</summary>
    /// <param name="id">A node id.</param>
    /// <returns>The contributions, by ancestor.</returns>
    /// <exception cref="KeyNotFoundException">No objective or key result has that id.</exception>
    public IReadOnlyList<Contribution> GetContributions(string id) => _core.ContributionsOf(Graph.IndexOf(id));
}
