using Okr.Core.Diagnostics;

namespace Okr.Core.Serialization;

/// <summary>The document and its entities, each written in the fixed order of <see cref="JsonNames"/>.</summary>
internal sealed partial class OkrJsonWriter
{
    // ---- The document ---------------------------------------------------------------------------------------

    private void WriteDocument(OkrSet set)
    {
        if (set is null)
        {
            Error(DiagnosticCodes.ValueNotWritable, "The set is null; give an OkrSet to write.");
            return;
        }
        _writer.WriteStartObject();
        _writer.WriteString(JsonNames.Format, JsonNames.Version);
        if (set.Name is not null) String(JsonNames.Name, set.Name, required: false, "the set");
        List(JsonNames.Owners, set.Owners, static (w, x, _) => w.WriteOwner(x), default, "owner");
        List(JsonNames.Periods, set.Periods, static (w, x, _) => w.WritePeriod(x), default, "period");
        List(JsonNames.Objectives, set.Objectives, static (w, x, _) => w.WriteObjective(x), default, "objective");
        List(JsonNames.KeyResults, set.KeyResults, static (w, x, _) => w.WriteKeyResult(x), default, "key result");
        List(JsonNames.Alignments, set.Alignments, static (w, x, _) => w.WriteAlignment(x), default, "alignment");
        Extensions(set.Extensions, JsonNames.Document, "the document");
        _writer.WriteEndObject();
    }

    private void WriteOwner(Owner owner)
    {
        _currentId = owner.Id;
        var label = new Label("owner ", owner.Id);
        _writer.WriteStartObject();
        String(JsonNames.Id, owner.Id, required: true, label);
        if (owner.Name is not null) String(JsonNames.Name, owner.Name, required: false, label);
        Enum(JsonNames.Kind, JsonNames.OwnerKinds, owner.Kind, label);
        if (owner.ParentId is not null) String(JsonNames.ParentId, owner.ParentId, required: false, label);
        Extensions(owner.Extensions, JsonNames.Owner, label);
        _writer.WriteEndObject();
    }

    private void WritePeriod(Period period)
    {
        _currentId = period.Id;
        var label = new Label("period ", period.Id);
        _writer.WriteStartObject();
        String(JsonNames.Id, period.Id, required: true, label);
        if (period.Name is not null) String(JsonNames.Name, period.Name, required: false, label);
        Date(JsonNames.Start, period.Start);
        Date(JsonNames.End, period.End);
        if (period.ParentId is not null) String(JsonNames.ParentId, period.ParentId, required: false, label);
        Extensions(period.Extensions, JsonNames.Period, label);
        _writer.WriteEndObject();
    }

    private void WriteObjective(Objective objective)
    {
        _currentId = objective.Id;
        var label = new Label("objective ", objective.Id);
        _writer.WriteStartObject();
        String(JsonNames.Id, objective.Id, required: true, label);
        String(JsonNames.Title, objective.Title, required: true, label);
        if (objective.Description is not null) String(JsonNames.Description, objective.Description, required: false, label);
        StringList(JsonNames.OwnerIds, objective.OwnerIds, label);
        if (objective.PeriodId is not null) String(JsonNames.PeriodId, objective.PeriodId, required: false, label);
        Enum(JsonNames.Commitment, JsonNames.Commitments, objective.Commitment, label);
        if (objective.ProgressSource != ProgressSource.KeyResults) Enum(JsonNames.ProgressSource, JsonNames.ProgressSources, objective.ProgressSource, label);
        if (objective.Strategy is not null) String(JsonNames.Strategy, objective.Strategy, required: false, label);
        if (objective.WeightByTarget) _writer.WriteBoolean(JsonNames.WeightByTarget, true);
        if (objective.ManualProgress is { } manual) Number(JsonNames.ManualProgress, manual, label);
        if (objective.LinkedKeyResultIds.Count > 0) StringList(JsonNames.LinkedKeyResultIds, objective.LinkedKeyResultIds, label);
        Extensions(objective.Extensions, JsonNames.Objective, label);
        _writer.WriteEndObject();
    }

    private void WriteKeyResult(KeyResult kr)
    {
        _currentId = kr.Id;
        var label = new Label("key result ", kr.Id);
        _writer.WriteStartObject();
        String(JsonNames.Id, kr.Id, required: true, label);
        String(JsonNames.Title, kr.Title, required: true, label);
        if (kr.Description is not null) String(JsonNames.Description, kr.Description, required: false, label);
        String(JsonNames.ObjectiveId, kr.ObjectiveId, required: true, label);
        if (kr.OwnerId is not null) String(JsonNames.OwnerId, kr.OwnerId, required: false, label);
        if (kr.Weight != 1 || !double.IsFinite(kr.Weight)) Number(JsonNames.Weight, kr.Weight, label);
        if (kr.Derived) _writer.WriteBoolean(JsonNames.Derived, true);
        _path.PushProperty(JsonNames.Measure);
        _writer.WritePropertyName(JsonNames.Measure);
        WriteMeasure(kr.Measure, label);
        _path.Pop();
        if (kr.CheckIns.Count > 0) List(JsonNames.CheckIns, kr.CheckIns, static (w, c, l) => w.WriteCheckIn(c, l), label, "check-in");
        if (kr.Checkpoints.Count > 0) List(JsonNames.Checkpoints, kr.Checkpoints, static (w, c, l) => w.WriteCheckpoint(c, l), label, "checkpoint");
        Extensions(kr.Extensions, JsonNames.KeyResult, label);
        _writer.WriteEndObject();
    }

    private void WriteMeasure(Measure? measure, Label label)
    {
        switch (measure)
        {
            case MetricMeasure m:
                _writer.WriteStartObject();
                _writer.WriteString(JsonNames.Kind, JsonNames.MetricKind);
                Number(JsonNames.Start, m.Start, label);
                Number(JsonNames.Target, m.Target, label);
                if (m.Current is { } current) Number(JsonNames.Current, current, label);
                if (m.Unit is not null) String(JsonNames.Unit, m.Unit, required: false, label);
                Extensions(m.Extensions, JsonNames.Metric, label.Part("'s measure"));
                _writer.WriteEndObject();
                break;
            case ThresholdMeasure t:
                _writer.WriteStartObject();
                _writer.WriteString(JsonNames.Kind, JsonNames.ThresholdKind);
                Enum(JsonNames.Direction, JsonNames.Directions, t.Direction, label);
                Number(JsonNames.Limit, t.Limit, label);
                if (t.Current is { } value) Number(JsonNames.Current, value, label);
                if (t.Unit is not null) String(JsonNames.Unit, t.Unit, required: false, label);
                Extensions(t.Extensions, JsonNames.Threshold, label.Part("'s measure"));
                _writer.WriteEndObject();
                break;
            case MilestoneMeasure ms:
                _writer.WriteStartObject();
                _writer.WriteString(JsonNames.Kind, JsonNames.MilestonesKind);
                List(JsonNames.Steps, ms.Steps, static (w, step, l) => w.WriteStep(step, l), label, "milestone");
                Extensions(ms.Extensions, JsonNames.Milestones, label.Part("'s measure"));
                _writer.WriteEndObject();
                break;
            case BaselineMeasure b:
                _writer.WriteStartObject();
                _writer.WriteString(JsonNames.Kind, JsonNames.BaselineKind);
                if (b.Unit is not null) String(JsonNames.Unit, b.Unit, required: false, label);
                Extensions(b.Extensions, JsonNames.Baseline, label.Part("'s measure"));
                _writer.WriteEndObject();
                break;
            default:
                Error(DiagnosticCodes.ValueNotWritable, measure is null
                    ? $"The measure of {label} is null; every key result needs a measure."
                    : $"The measure of {label} is a {measure.GetType().Name}, which the format does not know.");
                _writer.WriteNullValue();
                break;
        }
    }

    private void WriteStep(Milestone step, Label label)
    {
        _writer.WriteStartObject();
        String(JsonNames.Title, step.Title, required: true, label.Part("'s step"));
        if (step.Weight != 1 || !double.IsFinite(step.Weight)) Number(JsonNames.Weight, step.Weight, label);
        _writer.WriteBoolean(JsonNames.Done, step.Done);
        if (step.DoneOn is { } doneOn) Date(JsonNames.DoneOn, doneOn);
        Extensions(step.Extensions, JsonNames.Step, label.Part("'s step"));
        _writer.WriteEndObject();
    }

    private void WriteCheckIn(CheckIn checkIn, Label label)
    {
        _writer.WriteStartObject();
        Date(JsonNames.Date, checkIn.Date);
        Number(JsonNames.Value, checkIn.Value, label);
        if (checkIn.Confidence is { } confidence)
        {
            if (confidence.Level is { } level)
            {
                Enum(JsonNames.Confidence, JsonNames.ConfidenceLevels, level, label);
            }
            else if (confidence.Score is { } score)
            {
                Number(JsonNames.Confidence, score, label);
            }
            else
            {
                _path.PushProperty(JsonNames.Confidence);
                Error(DiagnosticCodes.ValueNotWritable, $"A check-in of {label} on {checkIn.Date:yyyy-MM-dd} has a confidence with neither a score nor a level (a default value); make it with Confidence.FromScore or Confidence.FromLevel, or leave it null.");
                _path.Pop();
            }
        }
        if (checkIn.Note is not null) String(JsonNames.Note, checkIn.Note, required: false, label);
        Extensions(checkIn.Extensions, JsonNames.CheckIn, label.Part("'s check-in"));
        _writer.WriteEndObject();
    }

    private void WriteCheckpoint(Checkpoint checkpoint, Label label)
    {
        _writer.WriteStartObject();
        Date(JsonNames.Date, checkpoint.Date);
        Number(JsonNames.Value, checkpoint.Value, label);
        Extensions(checkpoint.Extensions, JsonNames.Checkpoint, label.Part("'s checkpoint"));
        _writer.WriteEndObject();
    }

    private void WriteAlignment(Alignment alignment)
    {
        _currentId = alignment.ChildId;
        var label = new Label("the alignment of ", alignment.ChildId, " to ", alignment.ParentId);
        _writer.WriteStartObject();
        String(JsonNames.ChildId, alignment.ChildId, required: true, label);
        String(JsonNames.ParentId, alignment.ParentId, required: true, label);
        Enum(JsonNames.Kind, JsonNames.AlignmentKinds, alignment.Kind, label);
        if (alignment.Weight != 1 || !double.IsFinite(alignment.Weight)) Number(JsonNames.Weight, alignment.Weight, label);
        Extensions(alignment.Extensions, JsonNames.Alignment, label);
        _writer.WriteEndObject();
    }
}
