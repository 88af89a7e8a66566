using System.Globalization;
using Okr.Core.Diagnostics;
using Okr.Core.Graph;
using Okr.Core.Internal;
using Okr.Core.Scoring;

namespace Okr.Core.Rollup;

/// <summary>Check-ins: validating them against the graph and the state, applying them, and taking them back when a recompute fails.</summary>
internal sealed partial class RollupCore
{
    /// <summary>Checks a batch of check-ins; reports every problem at once. Returns the key result indices.</summary>
    public int[] Validate(IReadOnlyList<KeyResultCheckIn> batch)
    {
        var indices = new int[batch.Count];
        List<Diagnostic>? problems = null;
        HashSet<(int, DateOnly)>? seen = batch.Count > 1 ? [] : null;
        for (var i = 0; i < batch.Count; i++)
        {
            var (id, checkIn) = batch[i];
            var path = batch.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $"checkIns[{i}]") : null;
            if (Problem(id, checkIn, seen, out indices[i]) is { } problem) (problems ??= []).Add(problem with { Path = path });
        }
        if (problems is not null) throw new OkrValidationException("The batch of check-ins", problems);
        return indices;
    }

    /// <summary>Checks one check-in, or a correction of the check-in on its day; returns the key result's index.</summary>
    public int Validate(string keyResultId, CheckIn checkIn, bool correcting = false)
    {
        if (Problem(keyResultId, checkIn, null, out var index, correcting) is { } problem) throw new OkrValidationException("The check-in", [problem]);
        return index;
    }

    /// <summary>What is wrong with one check-in, or null with the key result's index in <paramref name="index"/> (else -1).</summary>
    private Diagnostic? Problem(string? id, CheckIn? checkIn, HashSet<(int, DateOnly)>? seen, out int index, bool correcting = false)
    {
        index = -1;
        if (id is null || checkIn is null)
            return new Diagnostic(DiagnosticCodes.CheckInTarget, DiagnosticSeverity.Error, "A check-in needs a key result id and a check-in.");
        if (!_graph.TryIndexOf(id, out var found) || _graph.KindAt(found) != NodeKind.KeyResult)
            return new Diagnostic(DiagnosticCodes.CheckInTarget, DiagnosticSeverity.Error,
                $"'{id}' is not a key result of this graph, so it cannot take a check-in.", id);
        var keyResult = KeyResultAt(found);
        if (keyResult.Derived)
            return new Diagnostic(DiagnosticCodes.CheckInTarget, DiagnosticSeverity.Error,
                $"Key result '{id}' is derived: its progress comes from the objectives cascaded from it, so check in on their key results instead.", id);
        if (!double.IsFinite(checkIn.Value))
            return new Diagnostic(DiagnosticCodes.CheckInNotFinite, DiagnosticSeverity.Error,
                $"The check-in for '{id}' on {checkIn.Date:yyyy-MM-dd} has value {checkIn.Value.ToString(CultureInfo.InvariantCulture)}; give a finite number.", id);
        if (keyResult.Measure is MetricMeasure metric && !double.IsFinite(metric.ProgressOfValue(checkIn.Value)))
            return new Diagnostic(DiagnosticCodes.ProgressOutOfRange, DiagnosticSeverity.Error,
                $"The check-in for '{id}' on {checkIn.Date:yyyy-MM-dd} has value {checkIn.Value.ToString("R", CultureInfo.InvariantCulture)}, so far from the start for the target that its progress exceeds the largest double ({double.MaxValue.ToString("R", CultureInfo.InvariantCulture)}).", id);
        if (checkIn.Confidence is { } confidence && (confidence.Score is { } score ? !(score >= 0 && score <= 1) : confidence.Level is not { } level || !Enum.IsDefined(level)))
            return new Diagnostic(DiagnosticCodes.ConfidenceOutOfRange, DiagnosticSeverity.Error,
                $"The check-in for '{id}' on {checkIn.Date:yyyy-MM-dd} has confidence {confidence}; give a score in [0, 1] or a level (low, medium, high), or leave it null.", id);
        var taken = seen is not null && !seen.Add((found, checkIn.Date));
        for (var c = 0; !taken && c < keyResult.CheckIns.Count; c++) taken = keyResult.CheckIns[c].Date == checkIn.Date;
        if (correcting && !taken)
            return new Diagnostic(DiagnosticCodes.NoCheckInToCorrect, DiagnosticSeverity.Error,
                $"Key result '{id}' has no check-in on {checkIn.Date:yyyy-MM-dd} to correct; add it as a new check-in instead.", id);
        if (taken && !correcting)
            return new Diagnostic(DiagnosticCodes.CheckInDateTaken, DiagnosticSeverity.Error,
                $"Key result '{id}' already has a check-in on {checkIn.Date:yyyy-MM-dd}; keep one value per day (correct the set and roll up again to change a past value).", id);
        index = found;
        return null;
    }

    /// <summary>Applies validated check-ins and recomputes only what they affect; on failure, applies nothing.</summary>
    public void Apply(IReadOnlyList<KeyResultCheckIn> batch, int[] indices)
    {
        _queued ??= new bool[Progress.Length]; // even for an empty batch: callers use one to allocate up front
        var undo = new Undo[batch.Count];
        for (var i = 0; i < batch.Count; i++) undo[i] = SetCheckIn(indices[i], batch[i].CheckIn);
        try
        {
            Propagate();
        }
        catch
        {
            Revert(undo); // whatever a custom strategy threw, the state stays as it was
            throw;
        }
    }

    /// <summary>
    /// Applies one validated check-in (or, <paramref name="correcting"/>, puts it in place of the check-in on its day)
    /// and recomputes only what it affects; on failure, applies nothing.
    /// </summary>
    public void Apply(int index, CheckIn checkIn, bool correcting = false)
    {
        var undo = SetCheckIn(index, checkIn, correcting);
        try
        {
            Propagate();
        }
        catch
        {
            Revert([undo]);
            throw;
        }
    }

    /// <summary>How a key result stood before a check-in: its changed record (null: the graph's), progress and provenance.</summary>
    private readonly record struct Undo(int Index, KeyResult? Changed, double Progress, byte Provenance);

    /// <summary>
    /// Adds the check-in to key result <paramref name="index"/> (or replaces the one on its day when
    /// <paramref name="correcting"/>), rescores it and queues its parents if it moved.
    /// </summary>
    private Undo SetCheckIn(int index, CheckIn checkIn, bool correcting = false)
    {
        _queued ??= new bool[Progress.Length];
        var undo = new Undo(index, _changed.TryGetValue(index, out var changed) ? changed : null, Progress[index], _provenance[index]);
        var before = undo.Changed ?? _graph.GetKeyResult(index);
        var after = before with { CheckIns = correcting ? Replacing(before.CheckIns, checkIn) : ValueList<CheckIn>.Append(before.CheckIns, checkIn) };
        _changed[index] = after;
        var progress = Scorer.MeasuredProgress(after, AsOf, Options.Scoring);
        if (!SameValue(progress, Progress[index]))
        {
            SetLeaf(index, progress);
            PushParents(index);
        }
        return undo;
    }

    /// <summary>The check-ins with the one on <paramref name="correction"/>'s day replaced by it, in the same place.</summary>
    private static CheckIn[] Replacing(IReadOnlyList<CheckIn> checkIns, CheckIn correction)
    {
        var result = new CheckIn[checkIns.Count];
        for (var i = 0; i < result.Length; i++) result[i] = checkIns[i].Date == correction.Date ? correction : checkIns[i];
        return result;
    }

    /// <summary>
    /// Takes back check-ins whose recompute failed (a custom strategy threw or returned a number that is not finite): drops
    /// the rest of the queue, puts the key results back as they were (the last applied first) and recomputes what
    /// they feed. Every node the failed pass changed gets its earlier inputs back, for which the strategies gave
    /// finite numbers before, so the state ends exactly as it was.
    /// </summary>
    private void Revert(Undo[] undo)
    {
        for (var i = 0; i < _heapCount; i++) _queued![_heap[i]] = false;
        _heapCount = 0;
        for (var i = undo.Length - 1; i >= 0; i--)
        {
            var u = undo[i];
            if (u.Changed is null) _changed.Remove(u.Index);
            else _changed[u.Index] = u.Changed;
            Progress[u.Index] = u.Progress;
            _provenance[u.Index] = u.Provenance;
        }
        foreach (var u in undo) PushParents(u.Index);
        Propagate();
    }
}
