using System.Text;
using System.Text.Json;
using Okr.Core.Diagnostics;

namespace Okr.Core.Serialization;

/// <summary>What a key result measures: its measure (four kinds), milestone steps, check-ins and checkpoints.</summary>
internal sealed partial class OkrJsonReader
{
    // ---- The shapes: each object's names (from JsonNames), and its required properties with their advice --------

    /// <summary>Any measure: the bits of its state index <see cref="JsonNames.AnyMeasure"/>, whatever its kind.</summary>
    private static readonly ObjectShape MeasureShape = new(JsonNames.AnyMeasure, "a measure",
    [
        (JsonNames.Kind, "use \"metric\", \"threshold\", \"milestones\" or \"baseline\"."),
    ]);

    private static readonly RequiredProperties MetricRequired = new(JsonNames.AnyMeasure, "This metric",
    [
        (JsonNames.Start, "give the value at the start of the period."),
        (JsonNames.Target, "give the value to reach."),
    ]);

    private static readonly RequiredProperties ThresholdRequired = new(JsonNames.AnyMeasure, "This threshold",
    [
        (JsonNames.Direction, "use \"atLeast\" or \"atMost\"."),
        (JsonNames.Limit, "give the value to keep."),
    ]);

    private static readonly ObjectShape StepShape = new(JsonNames.Step, "a milestone step",
    [
        (JsonNames.Title, "say what it delivers."),
    ]);

    private static readonly ObjectShape CheckInShape = new(JsonNames.CheckIn, "a check-in",
    [
        (JsonNames.Date, "give the day of the measurement as \"yyyy-MM-dd\"."),
        (JsonNames.Value, "give the measured number."),
    ]);

    private static readonly ObjectShape CheckpointShape = new(JsonNames.Checkpoint, "a checkpoint",
    [
        (JsonNames.Date, "give the day as \"yyyy-MM-dd\"."),
        (JsonNames.Value, "give the value expected by that day."),
    ]);

    private static readonly byte[] KindUtf8 = Encoding.UTF8.GetBytes(JsonNames.Kind);

    /// <summary>Finds the measure's "kind" ahead of its other properties, on a copy of the reader.</summary>
    private static string? PeekKind(Utf8JsonReader look)
    {
        try
        {
            var nesting = look.CurrentDepth;
            while (look.Read())
            {
                if (look.TokenType == JsonTokenType.EndObject && look.CurrentDepth == nesting) return null;
                if (look.TokenType != JsonTokenType.PropertyName) continue;
                var isKind = look.ValueTextEquals(KindUtf8);
                look.Read();
                if (isKind) return look.TokenType == JsonTokenType.String ? look.GetString() : null;
                look.Skip();
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The main pass reports the problem where it is.
        }
        return null;
    }

    private Measure? ReadMeasure(ref Utf8JsonReader reader)
    {
        var state = BeginObject(ref reader, MeasureShape);
        if (state is null) return null;
        var kind = PeekKind(reader);
        var known = kind switch
        {
            JsonNames.MetricKind => JsonNames.Metric,
            JsonNames.ThresholdKind => JsonNames.Threshold,
            JsonNames.MilestonesKind => JsonNames.Milestones,
            JsonNames.BaselineKind => JsonNames.Baseline,
            _ => null,
        };
        double? start = null, target = null, current = null, limit = null;
        string? unit = null;
        ThresholdDirection? direction = null;
        IReadOnlyList<Milestone>? steps = null;
        var ok = true;
        while (NextProperty(ref reader, state, out var property))
        {
            if (property == JsonNames.Kind)
            {
                if (known is null)
                {
                    if (reader.TokenType != JsonTokenType.String) WrongType(ref reader, "one of \"metric\", \"threshold\", \"milestones\", \"baseline\"", null);
                    else if (TryGetString(ref reader, out var text))
                        Error(DiagnosticCodes.UnknownEnumValue, reader.TokenStartIndex, Here, $"The measure kind \"{Shorten(text)}\" is unknown; use \"metric\", \"threshold\", \"milestones\" or \"baseline\".");
                    ok = false;
                }
                EndProperty();
                continue;
            }
            if (known is null)
            {
                SkipValue(ref reader);
                EndProperty();
                continue;
            }
            if (Array.IndexOf(known, property) < 0)
            {
                ReadExtension(ref reader, state, property, known, JsonNames.AnyMeasure);
                EndProperty();
                continue;
            }
            switch (property)
            {
                case JsonNames.Start: ok &= ReadNumber(ref reader, required: true, out start); break;
                case JsonNames.Target: ok &= ReadNumber(ref reader, required: true, out target); break;
                case JsonNames.Current: ok &= ReadNumber(ref reader, required: false, out current); break;
                case JsonNames.Limit: ok &= ReadNumber(ref reader, required: true, out limit); break;
                case JsonNames.Unit: ok &= ReadString(ref reader, required: false, out unit); break;
                case JsonNames.Direction: ok &= ReadEnum(ref reader, JsonNames.Directions, out direction); break;
                case JsonNames.Steps:
                    steps = ReadList(ref reader, "step objects", ReadStep, out var listOk);
                    ok &= listOk;
                    break;
            }
            EndProperty();
        }
        if (ReportMissing(state, MeasureShape.Required)) return null;
        switch (kind)
        {
            case JsonNames.MetricKind:
                ReportMissing(state, MetricRequired);
                if (!ok || state.Bad || start is null || target is null) return null;
                return new MetricMeasure { Start = start.Value, Target = target.Value, Current = current, Unit = unit, Extensions = Extensions(state) };
            case JsonNames.ThresholdKind:
                if (ok && direction is null) state.TreatAsMissing(JsonNames.Direction); // "direction": null is no direction
                ReportMissing(state, ThresholdRequired);
                if (!ok || state.Bad || direction is null || limit is null) return null;
                return new ThresholdMeasure { Direction = direction.Value, Limit = limit.Value, Current = current, Unit = unit, Extensions = Extensions(state) };
            case JsonNames.MilestonesKind:
                if (!ok || state.Bad) return null;
                return new MilestoneMeasure { Steps = steps ?? [], Extensions = Extensions(state) };
            case JsonNames.BaselineKind:
                if (!ok || state.Bad) return null;
                return new BaselineMeasure { Unit = unit, Extensions = Extensions(state) };
            default:
                return null;
        }
    }

    private Milestone? ReadStep(ref Utf8JsonReader reader)
    {
        var state = BeginObject(ref reader, StepShape);
        if (state is null) return null;
        string? title = null;
        double? weight = null;
        bool? done = null;
        DateOnly? doneOn = null;
        var ok = true;
        while (NextProperty(ref reader, state, out var property))
        {
            switch (property)
            {
                case JsonNames.Title: ok &= ReadString(ref reader, required: true, out title); break;
                case JsonNames.Weight: ok &= ReadNumber(ref reader, required: false, out weight); break;
                case JsonNames.Done: ok &= ReadBool(ref reader, out done); break;
                case JsonNames.DoneOn: ok &= ReadDate(ref reader, required: false, out doneOn); break;
                default: ReadExtension(ref reader, state, property); break;
            }
            EndProperty();
        }
        ReportMissing(state, StepShape.Required);
        if (!ok || state.Bad || title is null) return null;
        return new Milestone { Title = title, Weight = weight ?? 1, Done = done ?? false, DoneOn = doneOn, Extensions = Extensions(state) };
    }

    private CheckIn? ReadCheckIn(ref Utf8JsonReader reader)
    {
        var state = BeginObject(ref reader, CheckInShape);
        if (state is null) return null;
        DateOnly? date = null;
        double? value = null;
        Confidence? confidence = null;
        string? note = null;
        var ok = true;
        while (NextProperty(ref reader, state, out var property))
        {
            switch (property)
            {
                case JsonNames.Date: ok &= ReadDate(ref reader, required: true, out date); break;
                case JsonNames.Value: ok &= ReadNumber(ref reader, required: true, out value); break;
                case JsonNames.Confidence: ok &= ReadConfidence(ref reader, out confidence); break;
                case JsonNames.Note: ok &= ReadString(ref reader, required: false, out note); break;
                default: ReadExtension(ref reader, state, property); break;
            }
            EndProperty();
        }
        ReportMissing(state, CheckInShape.Required);
        if (!ok || state.Bad || date is null || value is null) return null;
        return new CheckIn { Date = date.Value, Value = value.Value, Confidence = confidence, Note = note, Extensions = Extensions(state) };
    }

    private bool ReadConfidence(ref Utf8JsonReader reader, out Confidence? confidence)
    {
        confidence = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.Number:
                if (!ReadNumber(ref reader, required: true, out var score)) return false;
                confidence = Confidence.FromScore(score!.Value);
                return true;
            case JsonTokenType.String:
                if (!TryGetString(ref reader, out var text)) return false;
                if (IsNaNWord(text))
                {
                    Error(DiagnosticCodes.NotANumberString, reader.TokenStartIndex, Here, $"{PropertyLabel} is the string \"{Shorten(text)}\"; JSON numbers are finite. Give a score from 0 to 1, a level, or leave it out.");
                    return false;
                }
                foreach (var (name, level) in JsonNames.ConfidenceLevels)
                {
                    if (string.Equals(name, text, StringComparison.Ordinal))
                    {
                        confidence = Confidence.FromLevel(level);
                        return true;
                    }
                }
                Error(DiagnosticCodes.UnknownEnumValue, reader.TokenStartIndex, Here, $"{PropertyLabel} is \"{Shorten(text)}\"; give a score from 0 to 1 or one of \"low\", \"medium\", \"high\" (names are case-sensitive).");
                return false;
            default:
                WrongType(ref reader, "a score from 0 to 1 or one of \"low\", \"medium\", \"high\"", null);
                return false;
        }
    }

    private Checkpoint? ReadCheckpoint(ref Utf8JsonReader reader)
    {
        var state = BeginObject(ref reader, CheckpointShape);
        if (state is null) return null;
        DateOnly? date = null;
        double? value = null;
        var ok = true;
        while (NextProperty(ref reader, state, out var property))
        {
            switch (property)
            {
                case JsonNames.Date: ok &= ReadDate(ref reader, required: true, out date); break;
                case JsonNames.Value: ok &= ReadNumber(ref reader, required: true, out value); break;
                default: ReadExtension(ref reader, state, property); break;
            }
            EndProperty();
        }
        ReportMissing(state, CheckpointShape.Required);
        if (!ok || state.Bad || date is null || value is null) return null;
        return new Checkpoint { Date = date.Value, Value = value.Value, Extensions = Extensions(state) };
    }
}
