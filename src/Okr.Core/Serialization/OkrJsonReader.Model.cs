using System.Text.Json;
using Okr.Core.Diagnostics;

namespace Okr.Core.Serialization;

/// <summary>The document and its top-level entities: owners, periods, objectives, key results and alignments.</summary>
internal sealed partial class OkrJsonReader
{
    // ---- The shapes: each object's names (from JsonNames), and its required properties with their advice --------

    // "format" is required too, but its absence is an unsupported format (OKR0304), which ReadDocument reports.
    private static readonly ObjectShape DocumentShape = new(JsonNames.Document, "the document");

    private static readonly ObjectShape OwnerShape = new(JsonNames.Owner, "an owner",
    [
        (JsonNames.Id, "give it one, unique among owners."),
    ]);

    // Periods and objectives carry "" as the id of a message about an object without one, key results no id:
    // kept as it was, since diagnostics are part of the contract.
    private static readonly ObjectShape PeriodShape = new(JsonNames.Period, "a period",
    [
        (JsonNames.Id, "give it one, unique among periods (for example \"2026-Q1\")."),
        (JsonNames.Start, "give its first day as \"yyyy-MM-dd\"."),
        (JsonNames.End, "give its last day (inclusive) as \"yyyy-MM-dd\"."),
    ], namedBy: "Period", idWhenUnknown: "");

    private static readonly ObjectShape ObjectiveShape = new(JsonNames.Objective, "an objective",
    [
        (JsonNames.Id, "give it one, unique among objectives and key results."),
        (JsonNames.Title, "say what it wants to achieve."),
    ], namedBy: "Objective", idWhenUnknown: "");

    private static readonly ObjectShape KeyResultShape = new(JsonNames.KeyResult, "a key result",
    [
        (JsonNames.Id, "give it one, unique among objectives and key results."),
        (JsonNames.Title, "say what it measures."),
        (JsonNames.ObjectiveId, "name the objective it is defined under."),
        (JsonNames.Measure, "give one, for example { \"kind\": \"metric\", \"start\": 0, \"target\": 10 }."),
    ], namedBy: "Key result");

    private static readonly ObjectShape AlignmentShape = new(JsonNames.Alignment, "an alignment",
    [
        (JsonNames.ChildId, "name the supporting objective."),
        (JsonNames.ParentId, "name the objective or key result it supports."),
        (JsonNames.Kind, "use \"cascaded\", \"localized\", \"bottomUp\" or \"shared\"."),
    ]);

    // ---- The document ---------------------------------------------------------------------------------------

    private OkrSet? ReadDocument(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Error(DiagnosticCodes.WrongJsonType, reader.TokenStartIndex, "$", $"The document must be a JSON object {{ \"format\": \"{JsonNames.Version}\", ... }}, not {Describe(reader.TokenType)}.");
            SkipValue(ref reader);
            return null;
        }
        var state = new ObjectState(DocumentShape, reader.TokenStartIndex);
        string? format = null;
        long formatAt = -1;
        string? name = null;
        IReadOnlyList<Owner>? owners = null;
        IReadOnlyList<Period>? periods = null;
        IReadOnlyList<Objective>? objectives = null;
        IReadOnlyList<KeyResult>? keyResults = null;
        IReadOnlyList<Alignment>? alignments = null;
        bool ok = true, listOk;
        while (NextProperty(ref reader, state, out var property))
        {
            switch (property)
            {
                case JsonNames.Format:
                    formatAt = reader.TokenStartIndex;
                    ok &= ReadString(ref reader, required: true, out format);
                    break;
                case JsonNames.Name:
                    ok &= ReadString(ref reader, required: false, out name);
                    break;
                case JsonNames.Owners:
                    owners = ReadList(ref reader, "owner objects", ReadOwner, out listOk);
                    ok &= listOk;
                    break;
                case JsonNames.Periods:
                    periods = ReadList(ref reader, "period objects", ReadPeriod, out listOk);
                    ok &= listOk;
                    break;
                case JsonNames.Objectives:
                    objectives = ReadList(ref reader, "objective objects", ReadObjective, out listOk);
                    ok &= listOk;
                    break;
                case JsonNames.KeyResults:
                    keyResults = ReadList(ref reader, "key result objects", ReadKeyResult, out listOk);
                    ok &= listOk;
                    break;
                case JsonNames.Alignments:
                    alignments = ReadList(ref reader, "alignment objects", ReadAlignment, out listOk);
                    ok &= listOk;
                    break;
                default:
                    ReadExtension(ref reader, state, property);
                    break;
            }
            EndProperty();
        }

        if (!state.Has(JsonNames.Format))
        {
            Error(DiagnosticCodes.UnsupportedFormat, state.Start, "$", $"The document has no \"format\" property; add \"format\": \"{JsonNames.Version}\" so readers know which version it follows.");
            return null;
        }
        if (format is not null && format != JsonNames.Version)
        {
            ReportForeignFormat(format, formatAt);
            return null;
        }
        if (!ok || state.Bad) return null;
        return new OkrSet
        {
            Name = name,
            Owners = owners ?? [],
            Periods = periods ?? [],
            Objectives = objectives ?? [],
            KeyResults = keyResults ?? [],
            Alignments = alignments ?? [],
            Extensions = Extensions(state),
        };
    }

    /// <summary>A different version may mean anything: report that alone, not the noise of reading it as okr/1.</summary>
    private void ReportForeignFormat(string format, long formatAt)
    {
        var text = format.StartsWith("okr/", StringComparison.Ordinal)
            ? $"The document is in format \"{Shorten(format)}\", which this version of Okr.Core does not understand (it reads \"{JsonNames.Version}\"); upgrade Okr.Core, or ask the producer for \"{JsonNames.Version}\"."
            : $"The \"format\" is \"{Shorten(format)}\", which is not an OKR document version; this reader expects \"{JsonNames.Version}\".";
        _diagnostics.RemoveAll(static d => d.Code != DiagnosticCodes.InvalidJson);
        _failed = true;
        var (line, column) = _lines.Locate(formatAt + _offset);
        _diagnostics.Insert(0, new Diagnostic(DiagnosticCodes.UnsupportedFormat, DiagnosticSeverity.Error, text) { Path = "$.format", Line = line, Column = column });
    }

    /// <summary>
    /// The top-level "format" string and where its value starts, found by a scan that skips every other value: reading
    /// that stopped at the diagnostics limit may not have reached it yet.
    /// </summary>
    private (string Value, long At)? FindFormat()
    {
        try
        {
            var look = new Utf8JsonReader(_json.Span, new JsonReaderOptions { MaxDepth = _maxNesting + 1 });
            if (!look.Read() || look.TokenType != JsonTokenType.StartObject) return null;
            while (look.Read() && look.TokenType == JsonTokenType.PropertyName)
            {
                var isFormat = look.ValueTextEquals(JsonNames.Format);
                look.Read();
                if (isFormat) return look.TokenType == JsonTokenType.String ? (look.GetString()!, look.TokenStartIndex) : null;
                look.Skip();
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Reading reported what is wrong with the document.
        }
        return null;
    }

    private Owner? ReadOwner(ref Utf8JsonReader reader)
    {
        var state = BeginObject(ref reader, OwnerShape);
        if (state is null) return null;
        string? id = null, name = null, parentId = null;
        OwnerKind? kind = null;
        var ok = true;
        while (NextProperty(ref reader, state, out var property))
        {
            switch (property)
            {
                case JsonNames.Id: ok &= ReadString(ref reader, required: true, out id); break;
                case JsonNames.Name: ok &= ReadString(ref reader, required: false, out name); break;
                case JsonNames.Kind: ok &= ReadEnum(ref reader, JsonNames.OwnerKinds, out kind); break;
                case JsonNames.ParentId: ok &= ReadString(ref reader, required: false, out parentId); break;
                default: ReadExtension(ref reader, state, property); break;
            }
            EndProperty();
        }
        ReportMissing(state, OwnerShape.Required);
        if (!ok || state.Bad || id is null) return null;
        return new Owner { Id = id, Name = name, Kind = kind ?? OwnerKind.Team, ParentId = parentId, Extensions = Extensions(state) };
    }

    private Period? ReadPeriod(ref Utf8JsonReader reader)
    {
        var state = BeginObject(ref reader, PeriodShape);
        if (state is null) return null;
        string? id = null, name = null, parentId = null;
        DateOnly? start = null, end = null;
        var ok = true;
        while (NextProperty(ref reader, state, out var property))
        {
            switch (property)
            {
                case JsonNames.Id: ok &= ReadString(ref reader, required: true, out id); break;
                case JsonNames.Name: ok &= ReadString(ref reader, required: false, out name); break;
                case JsonNames.Start: ok &= ReadDate(ref reader, required: true, out start); break;
                case JsonNames.End: ok &= ReadDate(ref reader, required: true, out end); break;
                case JsonNames.ParentId: ok &= ReadString(ref reader, required: false, out parentId); break;
                default: ReadExtension(ref reader, state, property); break;
            }
            EndProperty();
        }
        ReportMissing(state, PeriodShape.Required, id);
        if (!ok || state.Bad || id is null || start is null || end is null) return null;
        return new Period { Id = id, Name = name, Start = start.Value, End = end.Value, ParentId = parentId, Extensions = Extensions(state) };
    }

    private Objective? ReadObjective(ref Utf8JsonReader reader)
    {
        var state = BeginObject(ref reader, ObjectiveShape);
        if (state is null) return null;
        string? id = null, title = null, description = null, periodId = null, strategy = null;
        IReadOnlyList<string>? ownerIds = null, linked = null;
        Commitment? commitment = null;
        ProgressSource? source = null;
        bool? weightByTarget = null;
        double? manual = null;
        bool ok = true, listOk;
        while (NextProperty(ref reader, state, out var property))
        {
            switch (property)
            {
                case JsonNames.Id: ok &= ReadString(ref reader, required: true, out id); break;
                case JsonNames.Title: ok &= ReadString(ref reader, required: true, out title); break;
                case JsonNames.Description: ok &= ReadString(ref reader, required: false, out description); break;
                case JsonNames.OwnerIds:
                    ownerIds = ReadStringList(ref reader, out listOk);
                    ok &= listOk;
                    break;
                case JsonNames.PeriodId: ok &= ReadString(ref reader, required: false, out periodId); break;
                case JsonNames.Commitment: ok &= ReadEnum(ref reader, JsonNames.Commitments, out commitment); break;
                case JsonNames.ProgressSource: ok &= ReadEnum(ref reader, JsonNames.ProgressSources, out source); break;
                case JsonNames.Strategy: ok &= ReadString(ref reader, required: false, out strategy); break;
                case JsonNames.WeightByTarget: ok &= ReadBool(ref reader, out weightByTarget); break;
                case JsonNames.ManualProgress: ok &= ReadNumber(ref reader, required: false, out manual); break;
                case JsonNames.LinkedKeyResultIds:
                    linked = ReadStringList(ref reader, out listOk);
                    ok &= listOk;
                    break;
                default: ReadExtension(ref reader, state, property); break;
            }
            EndProperty();
        }
        ReportMissing(state, ObjectiveShape.Required, id);
        if (!ok || state.Bad || id is null || title is null) return null;
        return new Objective
        {
            Id = id,
            Title = title,
            Description = description,
            OwnerIds = ownerIds ?? [],
            PeriodId = periodId,
            Commitment = commitment ?? Commitment.Committed,
            ProgressSource = source ?? ProgressSource.KeyResults,
            Strategy = strategy,
            WeightByTarget = weightByTarget ?? false,
            ManualProgress = manual,
            LinkedKeyResultIds = linked ?? [],
            Extensions = Extensions(state),
        };
    }

    private KeyResult? ReadKeyResult(ref Utf8JsonReader reader)
    {
        var state = BeginObject(ref reader, KeyResultShape);
        if (state is null) return null;
        string? id = null, title = null, description = null, objectiveId = null, ownerId = null;
        double? weight = null;
        bool? derived = null;
        Measure? measure = null;
        IReadOnlyList<CheckIn>? checkIns = null;
        IReadOnlyList<Checkpoint>? checkpoints = null;
        bool ok = true, listOk;
        while (NextProperty(ref reader, state, out var property))
        {
            switch (property)
            {
                case JsonNames.Id: ok &= ReadString(ref reader, required: true, out id); break;
                case JsonNames.Title: ok &= ReadString(ref reader, required: true, out title); break;
                case JsonNames.Description: ok &= ReadString(ref reader, required: false, out description); break;
                case JsonNames.ObjectiveId: ok &= ReadString(ref reader, required: true, out objectiveId); break;
                case JsonNames.OwnerId: ok &= ReadString(ref reader, required: false, out ownerId); break;
                case JsonNames.Weight: ok &= ReadNumber(ref reader, required: false, out weight); break;
                case JsonNames.Derived: ok &= ReadBool(ref reader, out derived); break;
                case JsonNames.Measure:
                    measure = ReadMeasure(ref reader);
                    ok &= measure is not null;
                    break;
                case JsonNames.CheckIns:
                    checkIns = ReadList(ref reader, "check-in objects", ReadCheckIn, out listOk);
                    ok &= listOk;
                    break;
                case JsonNames.Checkpoints:
                    checkpoints = ReadList(ref reader, "checkpoint objects", ReadCheckpoint, out listOk);
                    ok &= listOk;
                    break;
                default: ReadExtension(ref reader, state, property); break;
            }
            EndProperty();
        }
        ReportMissing(state, KeyResultShape.Required, id);
        if (!ok || state.Bad || id is null || title is null || objectiveId is null || measure is null) return null;
        return new KeyResult
        {
            Id = id,
            Title = title,
            Description = description,
            ObjectiveId = objectiveId,
            OwnerId = ownerId,
            Weight = weight ?? 1,
            Derived = derived ?? false,
            Measure = measure,
            CheckIns = checkIns ?? [],
            Checkpoints = checkpoints ?? [],
            Extensions = Extensions(state),
        };
    }

    private Alignment? ReadAlignment(ref Utf8JsonReader reader)
    {
        var state = BeginObject(ref reader, AlignmentShape);
        if (state is null) return null;
        string? childId = null, parentId = null;
        AlignmentKind? kind = null;
        double? weight = null;
        bool ok = true, kindOk = true;
        while (NextProperty(ref reader, state, out var property))
        {
            switch (property)
            {
                case JsonNames.ChildId: ok &= ReadString(ref reader, required: true, out childId); break;
                case JsonNames.ParentId: ok &= ReadString(ref reader, required: true, out parentId); break;
                case JsonNames.Kind:
                    kindOk = ReadEnum(ref reader, JsonNames.AlignmentKinds, out kind);
                    ok &= kindOk;
                    break;
                case JsonNames.Weight: ok &= ReadNumber(ref reader, required: false, out weight); break;
                default: ReadExtension(ref reader, state, property); break;
            }
            EndProperty();
        }
        // "kind": null is no kind, reported even when a sibling property failed too.
        if (kindOk && kind is null) state.TreatAsMissing(JsonNames.Kind);
        ReportMissing(state, AlignmentShape.Required);
        if (!ok || state.Bad || childId is null || parentId is null || kind is null) return null;
        return new Alignment { ChildId = childId, ParentId = parentId, Kind = kind.Value, Weight = weight ?? 1, Extensions = Extensions(state) };
    }
}
