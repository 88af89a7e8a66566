using System.Globalization;
using Okr.Core.Diagnostics;

namespace Okr.Core.Graph;

internal sealed partial class ModelValidator
{
    private void CheckKeyResults()
    {
        var keyResults = set.KeyResults;
        for (var i = 0; i < keyResults.Count; i++)
        {
            Work.Tick(i, keyResults.Count);
            var kr = keyResults[i];
            var at = new ModelPath("keyResults", i);
            if (!CheckEntry(kr, at, "keyResults", "a key result")) continue;
            if (!CheckId(kr.Id, at.Leaf(".id"), "key result")) continue;
            if (kr.Title is null)
                Error(DiagnosticCodes.MissingValue, at.Leaf(".title"), $"Key result '{kr.Id}' has no title (it is null); say what it measures.", kr.Id);
            else if (string.IsNullOrWhiteSpace(kr.Title))
                Warn(DiagnosticCodes.EmptyTitle, at.Leaf(".title"), $"Key result '{kr.Id}' has no title; say what it measures.", kr.Id);
            Period? period = null;
            var objective = Find(kr.ObjectiveId);
            _keyResultObjective[i] = objective;
            if (objective < 0)
                Error(DiagnosticCodes.UnknownReference, at.Leaf(".objectiveId"), $"Key result '{kr.Id}' is defined under objective '{kr.ObjectiveId}', which does not exist.", kr.Id, kr.ObjectiveId ?? "");
            else if (objective >= ObjectiveCount)
                Error(DiagnosticCodes.WrongReferenceKind, at.Leaf(".objectiveId"), $"Key result '{kr.Id}' is defined under '{kr.ObjectiveId}', which is a key result; a key result belongs to an objective.", kr.Id, kr.ObjectiveId);
            else
                period = PeriodOf(set.Objectives[objective]);
            if (kr.OwnerId is { } ownerId && !IsOwner(ownerId))
                Error(DiagnosticCodes.UnknownReference, at.Leaf(".ownerId"), $"Key result '{kr.Id}' names owner '{ownerId}', which is not an owner.", kr.Id, ownerId);
            if (!double.IsFinite(kr.Weight) || kr.Weight < 0) CheckWeight(kr.Weight, at.Leaf(".weight"), "weight", kr.Id);
            CheckMeasure(kr, at.Leaf(".measure"));
            CheckCheckIns(kr, at, period);
        }
    }

    private void CheckMeasure(KeyResult kr, ModelPath at)
    {
        switch (kr.Measure)
        {
            case null:
                Error(DiagnosticCodes.MissingValue, at, $"Key result '{kr.Id}' has no measure; give it a metric, threshold, milestones or baseline.", kr.Id);
                break;
            case MetricMeasure m:
                CheckFinite(m.Start, at.Leaf(".start"), "start", kr.Id);
                CheckFinite(m.Target, at.Leaf(".target"), "target", kr.Id);
                if (m.Current is { } current) CheckFinite(current, at.Leaf(".current"), "current value", kr.Id);
                if (m.Start == m.Target)
                    Error(DiagnosticCodes.StartEqualsTarget, at.Leaf(".target"), $"Key result '{kr.Id}' starts and targets {Describe(m.Start)}, so there is no distance to measure; use a threshold to keep a value.", kr.Id);
                if (m.Current is not null && kr.CheckIns.Count > 0)
                    Warn(DiagnosticCodes.CurrentAndCheckIns, at.Leaf(".current"), $"Key result '{kr.Id}' has both a current value and check-ins; the check-ins are used and the current value is not.", kr.Id);
                if (m.Current is { } now) CheckProgressRange(m, now, at.Leaf(".current"), "current value", kr.Id);
                break;
            case ThresholdMeasure t:
                CheckDefined(t.Direction, at.Leaf(".direction"), "threshold direction", kr.Id);
                CheckFinite(t.Limit, at.Leaf(".limit"), "limit", kr.Id);
                if (t.Current is { } value) CheckFinite(value, at.Leaf(".current"), "current value", kr.Id);
                if (t.Current is not null && kr.CheckIns.Count > 0)
                    Warn(DiagnosticCodes.CurrentAndCheckIns, at.Leaf(".current"), $"Key result '{kr.Id}' has both a current value and check-ins; the check-ins are used and the current value is not.", kr.Id);
                break;
            case MilestoneMeasure ms:
                var total = 0.0;
                var bad = false;
                for (var j = 0; j < ms.Steps.Count; j++)
                {
                    var step = ms.Steps[j];
                    var stepAt = at.Item(".steps", j);
                    if (step is null)
                    {
                        Error(DiagnosticCodes.NoMilestoneWeight, stepAt, $"Key result '{kr.Id}' has an empty milestone step.", kr.Id);
                        bad = true;
                        continue;
                    }
                    if (step.Title is null)
                        Error(DiagnosticCodes.MissingValue, stepAt.Leaf(".title"), $"Step {j.ToString(CultureInfo.InvariantCulture)} of key result '{kr.Id}' has no title (it is null); say what it delivers.", kr.Id);
                    if (!double.IsFinite(step.Weight) || step.Weight < 0)
                    {
                        bad = true;
                        CheckWeight(step.Weight, stepAt.Leaf(".weight"), $"weight of step '{step.Title}'", kr.Id);
                    }
                    if (double.IsFinite(step.Weight) && step.Weight > 0) total += step.Weight;
                    if (step.DoneOn is { } doneOn && !step.Done)
                        Warn(DiagnosticCodes.DoneDateWithoutDone, stepAt.Leaf(".doneOn"), $"Step '{step.Title}' of key result '{kr.Id}' has a done date ({Day(doneOn)}) but is not done; the date is not used.", kr.Id);
                }
                if (!bad && !(total > 0))
                    Error(DiagnosticCodes.NoMilestoneWeight, at.Leaf(".steps"), ms.Steps.Count == 0
                        ? $"Key result '{kr.Id}' has a milestone measure with no steps; add at least one step (one step makes it binary)."
                        : $"The steps of key result '{kr.Id}' weigh 0 in total, so progress cannot be computed.", kr.Id);
                break;
        }
    }

    // A check-in's or checkpoint's value: finite, and for a metric, a value whose progress a double can hold.
    private void CheckDatedValue(KeyResult kr, double value, ModelPath at, string what)
    {
        if (!double.IsFinite(value)) CheckFinite(value, at, what, kr.Id);
        else if (kr.Measure is MetricMeasure metric) CheckProgressRange(metric, value, at, what, kr.Id);
    }

    private void CheckCheckIns(KeyResult kr, ModelPath at, Period? period)
    {
        var checkIns = kr.CheckIns;
        var seenCheckIns = DateSetFor(checkIns.Count);
        for (var j = 0; j < checkIns.Count; j++)
        {
            var checkIn = checkIns[j];
            var path = at.Item(".checkIns", j);
            if (checkIn is null)
            {
                Error(DiagnosticCodes.MissingValue, path, $"Key result '{kr.Id}' has an empty check-in; give each check-in a date and a value.", kr.Id);
                continue;
            }
            CheckDatedValue(kr, checkIn.Value, path.Leaf(".value"), $"check-in value on {Day(checkIn.Date)}");
            if (RepeatsEarlierDate(checkIns, j, static c => c.Date, seenCheckIns))
                Error(DiagnosticCodes.DuplicateCheckInDate, path.Leaf(".date"), $"Key result '{kr.Id}' has two check-ins on {Day(checkIn.Date)}; keep one value per day.", kr.Id);
            if (period is not null && !period.Contains(checkIn.Date))
                Warn(DiagnosticCodes.CheckInOutsidePeriod, path.Leaf(".date"), $"Key result '{kr.Id}' has a check-in on {Day(checkIn.Date)}, outside its period '{period.Id}' ({Day(period.Start)} to {Day(period.End)}); it is kept and counts as the value from that day on, but forecasts leave it out. Move it into the period or to the objective of the period it belongs to.", kr.Id, period.Id);
            if (checkIn.Confidence is { } confidence)
            {
                if (confidence.Score is { } score && !(score >= 0 && score <= 1))
                    Error(DiagnosticCodes.ConfidenceOutOfRange, path.Leaf(".confidence"), $"Key result '{kr.Id}' has confidence {Describe(score)} on {Day(checkIn.Date)}; a confidence score lies in [0, 1] (0.7 for 70%).", kr.Id);
                else if (confidence.Score is null && confidence.Level is null)
                    Error(DiagnosticCodes.ConfidenceOutOfRange, path.Leaf(".confidence"), $"Key result '{kr.Id}' has a confidence with neither a score nor a level (a default value) on {Day(checkIn.Date)}; make it with Confidence.FromScore or Confidence.FromLevel, or leave it null.", kr.Id);
                else if (confidence.Level is { } level && !Enum.IsDefined(level))
                    Error(DiagnosticCodes.ConfidenceOutOfRange, path.Leaf(".confidence"), $"Key result '{kr.Id}' has confidence level {((int)level).ToString(CultureInfo.InvariantCulture)} on {Day(checkIn.Date)}; use low, medium or high.", kr.Id);
            }
        }
        var scaled = kr.Measure is MetricMeasure or MilestoneMeasure;
        var checkpoints = kr.Checkpoints;
        var seenCheckpoints = DateSetFor(checkpoints.Count);
        for (var j = 0; j < checkpoints.Count; j++)
        {
            var checkpoint = checkpoints[j];
            var path = at.Item(".checkpoints", j);
            if (checkpoint is null)
            {
                Error(DiagnosticCodes.MissingValue, path, $"Key result '{kr.Id}' has an empty checkpoint; give each checkpoint a date and a value.", kr.Id);
                continue;
            }
            CheckDatedValue(kr, checkpoint.Value, path.Leaf(".value"), $"checkpoint value on {Day(checkpoint.Date)}");
            if (RepeatsEarlierDate(checkpoints, j, static c => c.Date, seenCheckpoints))
                Error(DiagnosticCodes.DuplicateCheckpointDate, path.Leaf(".date"), $"Key result '{kr.Id}' has two checkpoints on {Day(checkpoint.Date)}; keep one expected value per day.", kr.Id);
            if (period is not null && !period.Contains(checkpoint.Date))
                Warn(DiagnosticCodes.CheckpointOutsidePeriod, path.Leaf(".date"), $"Key result '{kr.Id}' has a checkpoint on {Day(checkpoint.Date)}, outside its period '{period.Id}' ({Day(period.Start)} to {Day(period.End)}); it is not used for expected progress. Date it within the period.", kr.Id, period.Id);
            if (kr.Measure is MilestoneMeasure && double.IsFinite(checkpoint.Value) && !(checkpoint.Value >= 0 && checkpoint.Value <= 1))
                Error(DiagnosticCodes.CheckpointFractionOutOfRange, path.Leaf(".value"), $"Key result '{kr.Id}' is measured by milestones, so its checkpoint on {Day(checkpoint.Date)} gives the expected done fraction in [0, 1], not {Describe(checkpoint.Value)}.", kr.Id);
        }
        if (!scaled && kr.Measure is not null && kr.Checkpoints.Count > 0)
            Warn(DiagnosticCodes.CheckpointsNotUsed, at.Leaf(".checkpoints"), $"Key result '{kr.Id}' is a {(kr.Measure is ThresholdMeasure ? "threshold" : "baseline")}, which has no scale between start and target, so its checkpoints are not used and expected progress runs linearly over the period. Remove them, or measure it with a metric.", kr.Id);
    }

    /// <summary>
    /// Whether item <paramref name="j"/> has the date of an earlier item. A linear scan beats a hash set for the
    /// handful of check-ins a key result has in a period; long histories use <paramref name="seen"/>.
    /// </summary>
    private static bool RepeatsEarlierDate<T>(IReadOnlyList<T?> items, int j, Func<T, DateOnly> date, HashSet<DateOnly>? seen)
        where T : class
    {
        var d = date(items[j]!);
        if (seen is not null) return !seen.Add(d);
        for (var k = 0; k < j; k++)
        {
            if (items[k] is { } earlier && date(earlier) == d) return true;
        }
        return false;
    }

    private static HashSet<DateOnly>? DateSetFor(int count) => count > 16 ? new HashSet<DateOnly>(count) : null;
}
