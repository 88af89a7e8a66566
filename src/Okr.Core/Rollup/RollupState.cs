namespace Okr.Core;

/// <summary>
/// A live rollup that takes check-ins one at a time (or in batches) and recomputes only the ancestors they affect,
/// giving exactly what a full rollup of the updated set would. Mutable and not thread-safe: one writer at a time.
/// Take an immutable <see cref="RollupResult"/> with <see cref="ToResult"/> to share or query in depth.
/// </summary>
/// <remarks>
/// The graph itself never changes: applied check-ins are kept beside it (see <see cref="GetKeyResult(int)"/>). A
/// check-in dated after <see cref="AsOf"/> is kept but does not change any value, as in a full rollup.
/// </remarks>
public sealed class RollupState
{
    private readonly RollupCore _core;

    /// <summary>Rolls up <paramref name="graph"/> as of <paramref name="asOf"/>, ready for check-ins.</summary>
    /// <param name="graph">The compiled graph.</param>
    /// <param name="asOf">The day to look from.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="RollupOptions.Default"/>.</param>
    /// <exception cref="OkrValidationException">
    /// An objective names an unknown strategy (<c>OKR0401</c>), listing every one, or a custom strategy returned a
    /// number that is not finite (<c>OKR0405</c>).
    /// </exception>
    public RollupState(OkrGraph graph, DateOnly asOf, RollupOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _core = new RollupCore(graph, asOf, options ?? RollupOptions.Default);
        _core.ComputeAll();
    }

    /// <summary>The graph being rolled up.</summary>
    public OkrGraph Graph => _core.Graph;

    /// <summary>The day the rollup looks from.</summary>
    public DateOnly AsOf => _core.AsOf;

    /// <summary>The number of check-ins applied since the state was made.</summary>
    public long AppliedCheckIns { get; private set; }

    /// <summary>Clamped progress of a node now; <see langword="null"/> when not measured.</summary>
    /// <param name="index">A node index.</param>
    /// <returns>The progress, or <see langword="null"/>.</returns>
    public double? GetProgress(int index) => _core.ProgressOf(index);

    /// <summary>Clamped progress of the node with <paramref name="id"/> now; <see langword="null"/> when not measured.</summary>
    /// <param name="id">A node id.</param>
    /// <returns>The progress, or <see langword="null"/>.</returns>
    /// <exception cref="KeyNotFoundException">No objective or key result has that id.</exception>
    public double? GetProgress(string id) => _core.ProgressOf(Graph.IndexOf(id));

    /// <summary>Where a node's progress comes from now.</summary>
    /// <param name="index">A node index.</param>
    /// <returns>The provenance.</returns>
    public Provenance GetProvenance(int index) => _core.ProvenanceOf(index);

    /// <summary>Where the progress of the node with <paramref name="id"/> comes from now.</summary>
    /// <param name="id">A node id.</param>
    /// <returns>The provenance.</returns>
    /// <exception cref="KeyNotFoundException">No objective or key result has that id.</exception>
    public Provenance GetProvenance(string id) => _core.ProvenanceOf(Graph.IndexOf(id));

    /// <summary>The key result at <paramref name="index"/> with every check-in applied so far.</summary>
    /// <param name="index">The index of a key result node.</param>
    /// <returns>The key result.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No node has that index.</exception>
    /// <exception cref="InvalidOperationException">The node is an objective.</exception>
    public KeyResult GetKeyResult(int index) => _core.KeyResultAt(_core.Check(index));

    /// <summary>The key result with <paramref name="id"/>, with every check-in applied so far.</summary>
    /// <param name="id">A key result's id.</param>
    /// <returns>The key result.</returns>
    /// <exception cref="KeyNotFoundException">No objective or key result has that id.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="id"/> names an objective.</exception>
    public KeyResult GetKeyResult(string id) => GetKeyResult(Graph.IndexOf(id));

    /// <summary>The set as it stands: the graph's set with every applied check-in added to its key result.</summary>
    /// <returns>A new set; compiling and rolling it up gives the same numbers as this state.</returns>
    public OkrSet ToSet()
    {
        var set = Graph.Set;
        if (_core.ChangedKeyResults.Count == 0) return set;
        var keyResults = new KeyResult[set.KeyResults.Count];
        var byId = new Dictionary<string, KeyResult>(StringComparer.Ordinal);
        foreach (var (index, keyResult) in _core.ChangedKeyResults) byId[Graph.GetId(index)] = keyResult;
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
        var index = _core.Validate(keyResultId, checkIn);
        _core.Apply(index, checkIn);
        AppliedCheckIns++;
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
        var index = _core.Validate(keyResultId, checkIn, correcting: true);
        _core.Apply(index, checkIn, correcting: true);
        CorrectedCheckIns++;
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
        var indices = _core.Validate(batch);
        _core.Apply(batch, indices);
        AppliedCheckIns += batch.Count;
    }

    /// <summary>Recomputes every objective and derived key result from the key results' current scores.</summary>
    public void Recompute() => _core.RecomputeFromLeaves();

    /// <summary>An immutable snapshot of the state now (copies the per-node arrays).</summary>
    /// <returns>The result.</returns>
    public RollupResult ToResult() => new(_core.Clone());
}
