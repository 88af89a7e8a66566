using System.Text.Json;
using Okr.Core.Diagnostics;

namespace Okr.Core.Serialization;

/// <summary>What a key result measures: its measure (four kinds), milestone steps, check-ins and checkpoints.</summary>
internal sealed partial class OkrJsonReader
{
    /// <summary>Finds the measure's "kind" ahead of its other properties, on a copy of the reader.</summary>
    private static string? PeekKind(Utf8JsonReader look)
    {
        try
        {
            var depth = look.CurrentDepth;
            while (look.Read())
            {
                if (look.TokenType == JsonTokenType.EndObject && look.CurrentDepth == depth) return null;
                if (look.TokenType != JsonTokenType.PropertyName) continue;
                var isKind = look.ValueTextEquals("kind"u8);
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
        var state = BeginObject(ref reader, "a measure", MeasureNames);
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
        List<Milestone>? steps = null;
        var ok = true;
        while (NextProperty(ref reader, state, out var property))
        {
            if (property == "kind")
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
                case "start": ok &= ReadNumber(ref reader, required: true, out start); break;
                case "target": ok &= ReadNumber(ref reader, required: true, out target); break;
                case "current": ok &= ReadNumber(ref reader, required: false, out current); break;
                case "limit": ok &= ReadNumber(ref reader, required: true, out limit); break;
                case "unit": ok &= ReadString(ref reader, required: false, out unit); break;
                case "direction": ok &= ReadEnum(ref reader, JsonNames.Directions, out direction); break;
                case "steps":
                    steps = ReadList(ref reader, "step objects", ReadStep, out var listOk);
                    ok &= listOk;
                    break;
            }
            EndProperty();
        }
        if (!state.Has("kind"))
        {
            Missing(state, "This measure has no \"kind\"; use \"metric\", \"threshold\", \"milestones\" or \"baseline\".");
            return null;
        }
        switch (kind)
        {
            case JsonNames.MetricKind:
                if (!state.Has("start")) Missing(state, "This metric has no \"start\"; give the value at the start of the period.");
                if (!state.Has("target")) Missing(state, "This metric has no \"target\"; give the value to reach.");
                if (!ok || state.Bad || start is null || target is null) return null;
                return new MetricMeasure { Start = start.Value, Target = target.Value, Current = current, Unit = unit, Extensions = Extensions(state) };
            case JsonNames.ThresholdKind:
                if (!state.Has("direction") || (ok && direction is null)) Missing(state, "This threshold has no \"direction\"; use \"atLeast\" or \"atMost\".");
                if (!state.Has("limit")) Missing(state, "This threshold has no \"limit\"; give the value to keep.");
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
        var state = BeginObject(ref reader, "a milestone step", StepNames);
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
                case "title": ok &= ReadString(ref reader, required: true, out title); break;
                case "weight": ok &= ReadNumber(ref reader, required: false, out weight); break;
                case "done": ok &= ReadBool(ref reader, out done); break;
                case "doneOn": ok &= ReadDate(ref reader, required: false, out doneOn); break;
                default: ReadExtension(ref reader, state, property, JsonNames.Step); break;
            }
            EndProperty();
        }
        if (!state.Has("title")) Missing(state, "This milestone step has no \"title\"; say what it delivers.");
        if (!ok || state.Bad || title is null) return null;
        return new Milestone { Title = title, Weight = weight ?? 1, Done = done ?? false, DoneOn = doneOn, Extensions = Extensions(state) };
    }

    private CheckIn? ReadCheckIn(ref Utf8JsonReader reader)
    {
        var state = BeginObject(ref reader, "a check-in", CheckInNames);
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
                case "date": ok &= ReadDate(ref reader, required: true, out date); break;
                case "value": ok &= ReadNumber(ref reader, required: true, out value); break;
                case "confidence": ok &= ReadConfidence(ref reader, out confidence); break;
                case "note": ok &= ReadString(ref reader, required: false, out note); break;
                default: ReadExtension(ref reader, state, property, JsonNames.CheckIn); break;
            }
            EndProperty();
        }
        if (!state.Has("date")) Missing(state, "This check-in has no \"date\"; give the day of the measurement as \"yyyy-MM-dd\".");
        if (!state.Has("value")) Missing(state, "This check-in has no \"value\"; give the measured number.");
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
        var state = BeginObject(ref reader, "a checkpoint", CheckpointNames);
        if (state is null) return null;
        DateOnly? date = null;
        double? value = null;
        var ok = true;
        while (NextProperty(ref reader, state, out var property))
        {
            switch (property)
            {
                case "date": ok &= ReadDate(ref reader, required: true, out date); break;
                case "value": ok &= ReadNumber(ref reader, required: true, out value); break;
                default: ReadExtension(ref reader, state, property, JsonNames.Checkpoint); break;
            }
            EndProperty();
        }
        if (!state.Has("date")) Missing(state, "This checkpoint has no \"date\"; give the day as \"yyyy-MM-dd\".");
        if (!state.Has("value")) Missing(state, "This checkpoint has no \"value\"; give the value expected by that day.");
        if (!ok || state.Bad || date is null || value is null) return null;
        return new Checkpoint { Date = date.Value, Value = value.Value, Extensions = Extensions(state) };
    }
}
