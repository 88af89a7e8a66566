using System.Text.Json;
using Okr.Core.Diagnostics;

namespace Okr.Core.Serialization;

/// <summary>The document and its top-level entities: owners, periods, objectives, key results and alignments.</summary>
internal sealed partial class OkrJsonReader
{
    // ---- The document ---------------------------------------------------------------------------------------

    private OkrSet? ReadDocument(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            Error(DiagnosticCodes.WrongJsonType, reader.TokenStartIndex, "$", $"The document must be a JSON object {{ \"format\": \"{JsonNames.Format}\", ... }}, not {Describe(reader.TokenType)}.");
            SkipValue(ref reader);
            return null;
        }
        var state = new ObjectState(DocumentNames, reader.TokenStartIndex);
        string? format = null;
        long formatAt = -1;
        string? name = null;
        List<Owner>? owners = null;
        List<Period>? periods = null;
        List<Objective>? objectives = null;
        List<KeyResult>? keyResults = null;
        List<Alignment>? alignments = null;
        bool ok = true, listOk;
        while (NextProperty(ref reader, state, out var property))
        {
            switch (property)
            {
                case "format":
                    formatAt = reader.TokenStartIndex;
                    ok &= ReadString(ref reader, required: true, out format);
                    break;
                case "name":
                    ok &= ReadString(ref reader, required: false, out name);
                    break;
                case "owners":
                    owners = ReadList(ref reader, "owner objects", ReadOwner, out listOk);
                    ok &= listOk;
                    break;
                case "periods":
                    periods = ReadList(ref reader, "period objects", ReadPeriod, out listOk);
                    ok &= listOk;
                    break;
                case "objectives":
                    objectives = ReadList(ref reader, "objective objects", ReadObjective, out listOk);
                    ok &= listOk;
                    break;
                case "keyResults":
                    keyResults = ReadList(ref reader, "key result objects", ReadKeyResult, out listOk);
                    ok &= listOk;
                    break;
                case "alignments":
                    alignments = ReadList(ref reader, "alignment objects", ReadAlignment, out listOk);
                    ok &= listOk;
                    break;
                default:
                    ReadExtension(ref reader, state, property, JsonNames.Document);
                    break;
            }
            EndProperty();
        }

        if (!state.Has("format"))
        {
            Error(DiagnosticCodes.UnsupportedFormat, state.Start, "$", $"The document has no \"format\" property; add \"format\": \"{JsonNames.Format}\" so readers know which version it follows.");
            return null;
        }
        if (format is not null && format != JsonNames.Format)
        {
            // A different version may mean anything: report that alone, not the noise of reading it as okr/1.
            var text = format.StartsWith("okr/", StringComparison.Ordinal)
                ? $"The document is in format \"{Shorten(format)}\", which this version of Okr.Core does not understand (it reads \"{JsonNames.Format}\"); upgrade Okr.Core, or ask the producer for \"{JsonNames.Format}\"."
                : $"The \"format\" is \"{Shorten(format)}\", which is not an OKR document version; this reader expects \"{JsonNames.Format}\".";
            _diagnostics.RemoveAll(static d => d.Code != DiagnosticCodes.InvalidJson);
            _failed = true;
            var (line, column) = _lines.Locate(formatAt + _offset);
            _diagnostics.Insert(0, new Diagnostic(DiagnosticCodes.UnsupportedFormat, DiagnosticSeverity.Error, text) { Path = "$.format", Line = line, Column = column });
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

    private Owner? ReadOwner(ref Utf8JsonReader reader)
    {
        var state = BeginObject(ref reader, "an owner", OwnerNames);
        if (state is null) return null;
        string? id = null, name = null, parentId = null;
        OwnerKind? kind = null;
        var ok = true;
        while (NextProperty(ref reader, state, out var property))
        {
            switch (property)
            {
                case "id": ok &= ReadString(ref reader, required: true, out id); break;
                case "name": ok &= ReadString(ref reader, required: false, out name); break;
                case "kind": ok &= ReadEnum(ref reader, JsonNames.OwnerKinds, out kind); break;
                case "parentId": ok &= ReadString(ref reader, required: false, out parentId); break;
                default: ReadExtension(ref reader, state, property, JsonNames.Owner); break;
            }
            EndProperty();
        }
        if (!state.Has("id")) Missing(state, "This owner has no \"id\"; give it one, unique among owners.");
        if (!ok || state.Bad || id is null) return null;
        return new Owner { Id = id, Name = name, Kind = kind ?? OwnerKind.Team, ParentId = parentId, Extensions = Extensions(state) };
    }

    private Period? ReadPeriod(ref Utf8JsonReader reader)
    {
        var state = BeginObject(ref reader, "a period", PeriodNames);
        if (state is null) return null;
        string? id = null, name = null, parentId = null;
        DateOnly? start = null, end = null;
        var ok = true;
        while (NextProperty(ref reader, state, out var property))
        {
            switch (property)
            {
                case "id": ok &= ReadString(ref reader, required: true, out id); break;
                case "name": ok &= ReadString(ref reader, required: false, out name); break;
                case "start": ok &= ReadDate(ref reader, required: true, out start); break;
                case "end": ok &= ReadDate(ref reader, required: true, out end); break;
                case "parentId": ok &= ReadString(ref reader, required: false, out parentId); break;
                default: ReadExtension(ref reader, state, property, JsonNames.Period); break;
            }
            EndProperty();
        }
        var label = Label("Period", id);
        if (!state.Has("id")) Missing(state, "This period has no \"id\"; give it one, unique among periods (for example \"2026-Q1\").");
        if (!state.Has("start")) Missing(state, $"{label} has no \"start\"; give its first day as \"yyyy-MM-dd\".", id ?? "");
        if (!state.Has("end")) Missing(state, $"{label} has no \"end\"; give its last day (inclusive) as \"yyyy-MM-dd\".", id ?? "");
        if (!ok || state.Bad || id is null || start is null || end is null) return null;
        return new Period { Id = id, Name = name, Start = start.Value, End = end.Value, ParentId = parentId, Extensions = Extensions(state) };
    }

    private Objective? ReadObjective(ref Utf8JsonReader reader)
    {
        var state = BeginObject(ref reader, "an objective", ObjectiveNames);
        if (state is null) return null;
        string? id = null, title = null, description = null, periodId = null, strategy = null;
        List<string>? ownerIds = null, linked = null;
        Commitment? commitment = null;
        ProgressSource? source = null;
        bool? weightByTarget = null;
        double? manual = null;
        bool ok = true, listOk;
        while (NextProperty(ref reader, state, out var property))
        {
            switch (property)
            {
                case "id": ok &= ReadString(ref reader, required: true, out id); break;
                case "title": ok &= ReadString(ref reader, required: true, out title); break;
                case "description": ok &= ReadString(ref reader, required: false, out description); break;
                case "ownerIds":
                    ownerIds = ReadStringList(ref reader, out listOk);
                    ok &= listOk;
                    break;
                case "periodId": ok &= ReadString(ref reader, required: false, out periodId); break;
                case "commitment": ok &= ReadEnum(ref reader, JsonNames.Commitments, out commitment); break;
                case "progressSource": ok &= ReadEnum(ref reader, JsonNames.ProgressSources, out source); break;
                case "strategy": ok &= ReadString(ref reader, required: false, out strategy); break;
                case "weightByTarget": ok &= ReadBool(ref reader, out weightByTarget); break;
                case "manualProgress": ok &= ReadNumber(ref reader, required: false, out manual); break;
                case "linkedKeyResultIds":
                    linked = ReadStringList(ref reader, out listOk);
                    ok &= listOk;
                    break;
                default: ReadExtension(ref reader, state, property, JsonNames.Objective); break;
            }
            EndProperty();
        }
        var label = Label("Objective", id);
        if (!state.Has("id")) Missing(state, "This objective has no \"id\"; give it one, unique among objectives and key results.");
        if (!state.Has("title")) Missing(state, $"{label} has no \"title\"; say what it wants to achieve.", id ?? "");
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
        var state = BeginObject(ref reader, "a key result", KeyResultNames);
        if (state is null) return null;
        string? id = null, title = null, description = null, objectiveId = null, ownerId = null;
        double? weight = null;
        bool? derived = null;
        Measure? measure = null;
        List<CheckIn>? checkIns = null;
        List<Checkpoint>? checkpoints = null;
        bool ok = true, listOk;
        while (NextProperty(ref reader, state, out var property))
        {
            switch (property)
            {
                case "id": ok &= ReadString(ref reader, required: true, out id); break;
                case "title": ok &= ReadString(ref reader, required: true, out title); break;
                case "description": ok &= ReadString(ref reader, required: false, out description); break;
                case "objectiveId": ok &= ReadString(ref reader, required: true, out objectiveId); break;
                case "ownerId": ok &= ReadString(ref reader, required: false, out ownerId); break;
                case "weight": ok &= ReadNumber(ref reader, required: false, out weight); break;
                case "derived": ok &= ReadBool(ref reader, out derived); break;
                case "measure":
                    measure = ReadMeasure(ref reader);
                    ok &= measure is not null;
                    break;
                case "checkIns":
                    checkIns = ReadList(ref reader, "check-in objects", ReadCheckIn, out listOk);
                    ok &= listOk;
                    break;
                case "checkpoints":
                    checkpoints = ReadList(ref reader, "checkpoint objects", ReadCheckpoint, out listOk);
                    ok &= listOk;
                    break;
                default: ReadExtension(ref reader, state, property, JsonNames.KeyResult); break;
            }
            EndProperty();
        }
        var label = Label("Key result", id);
        var ids = id is null ? [] : new[] { id };
        if (!state.Has("id")) Missing(state, "This key result has no \"id\"; give it one, unique among objectives and key results.");
        if (!state.Has("title")) Missing(state, $"{label} has no \"title\"; say what it measures.", ids);
        if (!state.Has("objectiveId")) Missing(state, $"{label} has no \"objectiveId\"; name the objective it is defined under.", ids);
        if (!state.Has("measure")) Missing(state, $"{label} has no \"measure\"; give one, for example {{ \"kind\": \"metric\", \"start\": 0, \"target\": 10 }}.", ids);
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
        var state = BeginObject(ref reader, "an alignment", AlignmentNames);
        if (state is null) return null;
        string? childId = null, parentId = null;
        AlignmentKind? kind = null;
        double? weight = null;
        var ok = true;
        while (NextProperty(ref reader, state, out var property))
        {
            switch (property)
            {
                case "childId": ok &= ReadString(ref reader, required: true, out childId); break;
                case "parentId": ok &= ReadString(ref reader, required: true, out parentId); break;
                case "kind": ok &= ReadEnum(ref reader, JsonNames.AlignmentKinds, out kind); break;
                case "weight": ok &= ReadNumber(ref reader, required: false, out weight); break;
                default: ReadExtension(ref reader, state, property, JsonNames.Alignment); break;
            }
            EndProperty();
        }
        if (!state.Has("childId")) Missing(state, "This alignment has no \"childId\"; name the supporting objective.");
        if (!state.Has("parentId")) Missing(state, "This alignment has no \"parentId\"; name the objective or key result it supports.");
        if (!state.Has("kind") || (ok && kind is null))
            Missing(state, "This alignment has no \"kind\"; use \"cascaded\", \"localized\", \"bottomUp\" or \"shared\".");
        if (!ok || state.Bad || childId is null || parentId is null || kind is null) return null;
        return new Alignment { ChildId = childId, ParentId = parentId, Kind = kind.Value, Weight = weight ?? 1, Extensions = Extensions(state) };
    }
}
