using Okr.Core.Diagnostics;
using Okr.Core.Graph;
namespace Okr.Core.Rollup;

/// <summary>
/// A live rollup that takes check-ins one at a time (or in batches) and recomputes only the ancestors they affect,
/// giving exactly what a full rollup of the updated set would. Mutable and thread-safe: every member takes
/// one lock, so readers beside a writer see each check-in either fully applied or not at all (a consistent snapshot per
/// call), and two writers apply their check-ins one after the other.
/// Make one with <c>graph.CreateRollupState(asOf)</c> (<see cref="RollupEngine.CreateRollupState(Okr.Core.Graph.OkrGraph, DateOnly, RollupOptions?)"/>); take an
/// immutable <see cref="RollupResult"/> with <see cref="ToResult"/> to share or query in depth.
/// </summary>
/// <remarks>
/// The graph itself never changes: applied check-ins are kept beside it (see <see cref="GetKeyResult(OkrNode)"/>). A
/// check-in dated after <see cref="AsOf"/> is kept and acts as in a full rollup of <see cref="ToSet"/>: it changes no
/// value, except that a key result's first check-in replaces its measure's current value (check-ins win over it,
/// <c>OKR0206</c>), so until the check-in's day that key result is not measured.
/// </remarks>
public sealed class RollupState
{
    private readonly RollupCore _core;

    // One lock for readers and writers: uncontended it costs tens of nanoseconds beside a check-in's microseconds.
    private readonly object _gate = new();

    internal RollupState(OkrGraph graph, DateOnly asOf, RollupOptions options, OkrWork? work = null)
    {
        _core = new RollupCore(graph, asOf, options);
        _core.ComputeAll(work);
    }

    internal RollupCore Core => _core;

    /// <summary>The graph being rolled up.</summary>
    public OkrGraph Graph => _core.Graph;

    /// <summary>The day the rollup looks from.</summary>
    public DateOnly AsOf => _core.AsOf;

    /// <summary>The number of check-ins applied since the state was made.</summary>
    public long AppliedCheckIns { get; private set; }

    /// <summary>Everything known about a node now: progress, raw progress, provenance, expected progress, status and grade.</summary>
    /// <param name="node">A node of <see cref="Graph"/>.</param>
    /// <exception cref="ArgumentException">The node belongs to another graph (or is <see langword="default"/>).</exception>
    public NodeProgress this[OkrNode node]
    {
        get
        {
            lock (_gate) return _core.Describe(_core.IndexOf(node));
        }
    }

    /// <summary>Everything known about the node with the user's id <paramref name="id"/> now; the same as <c>this[Graph[id]]</c>.</summary>
    /// <param name="id">An objective or key result id.</param>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public NodeProgress this[string id]
    {
        get
        {
            lock (_gate) return _core.Describe(Graph.IndexOf(id));
        }
    }

    /// <summary>The key result of a node with every check-in applied so far.</summary>
    /// <param name="node">A key result node of <see cref="Graph"/>.</param>
    /// <returns>The key result as it stands.</returns>
    /// <exception cref="ArgumentException">The node belongs to another graph.</exception>
    /// <exception cref="InvalidOperationException">The node is an objective.</exception>
    public KeyResult GetKeyResult(OkrNode node)
    {
        lock (_gate) return _core.KeyResultAt(_core.IndexOf(node));
    }

    /// <summary>The set as it stands: the graph's set with every applied check-in added to its key result.</summary>
    /// <returns>A new set; compiling and rolling it up gives the same numbers as this state.</returns>
    public OkrSet ToSet()
    {
        lock (_gate) return SetOfChanges();
    }

    private OkrSet SetOfChanges()
    {
        var set = Graph.Set;
        if (_core.ChangedKeyResults.Count == 0) return set;
        var keyResults = new KeyResult[set.KeyResults.Count];
        var byId = new Dictionary<string, KeyResult>(StringComparer.Ordinal);
        foreach (var (index, keyResult) in _core.ChangedKeyResults) byId[Graph.IdAt(index)] = keyResult;
        for (var i = 0; i < keyResults.Length; i++)
            keyResults[i] = byId.TryGetValue(set.KeyResults[i].Id, out var changed) ? changed : set.KeyResults[i];
        return set with { KeyResults = keyResults };
    }

    /// <summary>Adds a check-in to a key result and recomputes the ancestors it affects.</summary>
    /// <param name="keyResultId">The key result's id.</param>
    /// <param name="checkIn">The check-in.</param>
    /// <exception cref="OkrValidationException">
    /// Not a key result or a derived one (<c>OKR0402</c>), a day that already has a check-in (<c>OKR0403</c>), a value
    /// that is not finite (<c>OKR0404</c>), or a custom strategy returned a number that is not finite while
    /// recomputing (<c>OKR0405</c>). Nothing is applied then: the state stays as it was, whatever a custom strategy
    /// threw.
    /// </exception>
    public void ApplyCheckIn(string keyResultId, CheckIn checkIn)
    {
        // The single path skips the batch's list and index array: a live state takes check-ins one by one.
        lock (_gate)
        {
            var index = _core.Validate(keyResultId, checkIn);
            _core.Apply(index, checkIn);
            AppliedCheckIns++;
        }
    }

    /// <summary>
    /// Corrects a check-in: puts <paramref name="checkIn"/> in place of the check-in the key result has on the same
    /// day (a mistyped value, a confidence given later) and recomputes the ancestors it affects. History is otherwise
    /// kept as it is: <see cref="ApplyCheckIn(string, CheckIn)"/> refuses a second check-in on a day.
    /// </summary>
    /// <param name="keyResultId">The key result's id.</param>
    /// <param name="checkIn">The corrected check-in; its date names the check-in it replaces.</param>
    /// <exception cref="OkrValidationException">
    /// Not a key result or a derived one (<c>OKR0402</c>), no check-in on that day (<c>OKR0406</c>), a value that is
    /// not finite (<c>OKR0404</c>), or a custom strategy returned a number that is not finite while recomputing
    /// (<c>OKR0405</c>). Nothing is changed then.
    /// </exception>
    public void CorrectCheckIn(string keyResultId, CheckIn checkIn)
    {
        lock (_gate)
        {
            var index = _core.Validate(keyResultId, checkIn, correcting: true);
            _core.Apply(index, checkIn, correcting: true);
            CorrectedCheckIns++;
        }
    }

    /// <summary>The number of check-ins corrected with <see cref="CorrectCheckIn"/> since the state was made.</summary>
    public long CorrectedCheckIns { get; private set; }

    /// <summary>
    /// Adds a batch of check-ins and recomputes each affected ancestor once. The batch is checked first and every
    /// problem reported at once; then nothing is applied.
    /// </summary>
    /// <param name="checkIns">The check-ins.</param>
    /// <exception cref="OkrValidationException">Any check-in is invalid (see <see cref="ApplyCheckIn(string, CheckIn)"/>).</exception>
    public void ApplyCheckIns(IEnumerable<KeyResultCheckIn> checkIns)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        var batch = checkIns as IReadOnlyList<KeyResultCheckIn> ?? [.. checkIns];
        lock (_gate)
        {
            var indices = _core.Validate(batch);
            _core.Apply(batch, indices);
            AppliedCheckIns += batch.Count;
        }
    }

    /// <summary>Recomputes every objective and derived key result from the key results' current scores.</summary>
    public void Recompute()
    {
        lock (_gate) _core.RecomputeFromLeaves();
    }

    /// <summary>An immutable snapshot of the state now (copies the per-node arrays).</summary>
    /// <returns>The result.</returns>
    public RollupResult ToResult()
    {
        lock (_gate) return new(_core.Clone());
    }
}
