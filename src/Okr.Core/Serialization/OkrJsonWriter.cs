using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Okr.Core;
using Okr.Core.Diagnostics;
using Okr.Core.Graph;
using Okr.Core.Scoring;
using Okr.Core.Rollup;
using Okr.Core.Health;
using Okr.Core.Results;
using Okr.Core.Internal;

namespace Okr.Core.Serialization;

/// <summary>
/// Writes an <see cref="OkrSet"/> as an <c>okr/1</c> document with <see cref="Utf8JsonWriter"/>: a fixed property
/// order, defaults left out where the reader restores them, invariant numbers (shortest round-trip form), ISO dates,
/// and extensions written back in place. Everything JSON cannot hold (NaN, a null id, invalid extension text, a lone
/// surrogate) is collected as diagnostics; nothing is written when there are any.
/// </summary>
internal sealed class OkrJsonWriter
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly JsonPath _path = new();
    private readonly Utf8JsonWriter _writer;
    private readonly OkrJsonOptions _options;

    private OkrJsonWriter(IBufferWriter<byte> output, OkrJsonOptions options)
    {
        _options = options;
        _writer = new Utf8JsonWriter(output, new JsonWriterOptions
        {
            Indented = options.Indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            // The writer's own depth limit must not stop deep extensions the reader accepted.
            MaxDepth = options.MaxDepth + 8,
        });
    }

    /// <summary>Writes <paramref name="set"/> to UTF-8 bytes, or throws one exception with every problem found.</summary>
    /// <exception cref="OkrValidationException">The set holds values JSON cannot represent.</exception>
    /// <remarks>The caller disposes the result, which returns its pooled pieces.</remarks>
    public static SegmentedBuffer Write(OkrSet set, OkrJsonOptions options)
    {
        var buffer = new SegmentedBuffer();
        try
        {
            var writer = new OkrJsonWriter(buffer, options);
            using (writer._writer)
            {
                writer.WriteDocument(set);
            }
            if (writer._diagnostics.Count > 0) throw new OkrValidationException(writer._diagnostics);
            return buffer;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    /// <summary>The id of the owner, period, objective, key result or alignment child being written, for diagnostics.</summary>
    private string? _currentId;

    private void Error(string code, string message)
        => _diagnostics.Add(new Diagnostic(code, DiagnosticSeverity.Error, message, _currentId is null ? [] : [_currentId]) { Path = _path.ToString() });

    // ---- Values ---------------------------------------------------------------------------------------------

    private static bool IsValidText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    private void String(string name, string? value, bool required, Label owner)
    {
        _path.PushProperty(name);
        if (value is null)
        {
            if (required)
            {
                Error(DiagnosticCodes.ValueNotWritable, $"{Capital(owner)} has no {name} (it is null); the format requires one.");
                _writer.WriteNull(name);
            }
        }
        else if (!IsValidText(value))
        {
            Error(DiagnosticCodes.InvalidText, $"The {name} of {owner} holds a lone surrogate character, which is not Unicode text; correct the string.");
            _writer.WriteNull(name);
        }
        else
        {
            _writer.WriteString(name, value);
        }
        _path.Pop();
    }

    private void Number(string name, double value, Label owner)
    {
        _path.PushProperty(name);
        if (double.IsFinite(value))
        {
            _writer.WriteNumber(name, value);
        }
        else
        {
            Error(DiagnosticCodes.NumberNotWritable, $"The {name} of {owner} is {value.ToString(CultureInfo.InvariantCulture)}; JSON numbers are finite, so give a finite number before writing.");
            _writer.WriteNull(name);
        }
        _path.Pop();
    }

    private void Date(string name, DateOnly value)
    {
        Span<char> text = stackalloc char[16];
        value.TryFormat(text, out var length, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        _writer.WriteString(name, text[..length]);
    }

    private void Enum<T>(string name, (string Name, T Value)[] table, T value, Label owner)
        where T : struct, System.Enum
    {
        var text = JsonNames.NameOf(table, value);
        if (text is null)
        {
            _path.PushProperty(name);
            Error(DiagnosticCodes.ValueNotWritable, $"The {name} of {owner} is {value}, which is not a defined value; use one of {string.Join(", ", table.Select(static t => t.Value.ToString()))}.");
            _path.Pop();
            _writer.WriteNull(name);
            return;
        }
        _writer.WriteString(name, text);
    }

    private void StringList(string name, IReadOnlyList<string> values, Label owner)
    {
        _path.PushProperty(name);
        _writer.WriteStartArray(name);
        _path.PushIndex(0);
        for (var i = 0; i < values.Count; i++)
        {
            _path.SetIndex(i);
            var value = values[i];
            if (value is null)
            {
                Error(DiagnosticCodes.ValueNotWritable, $"Entry {i} of the {name} of {owner} is null; give an id.");
                _writer.WriteNullValue();
            }
            else if (!IsValidText(value))
            {
                Error(DiagnosticCodes.InvalidText, $"Entry {i} of the {name} of {owner} holds a lone surrogate character; correct the id.");
                _writer.WriteNullValue();
            }
            else
            {
                _writer.WriteStringValue(value);
            }
        }
        _path.Pop();
        _writer.WriteEndArray();
        _path.Pop();
    }

    /// <summary>Writes a list, each item with <paramref name="write"/>; a static delegate and a label, so no closure per list.</summary>
    private void List<T>(string name, IReadOnlyList<T> items, Action<OkrJsonWriter, T, Label> write, Label label, string what)
        where T : class
    {
        _path.PushProperty(name);
        _writer.WriteStartArray(name);
        _path.PushIndex(0);
        for (var i = 0; i < items.Count; i++)
        {
            _path.SetIndex(i);
            _currentId = null;
            if (items[i] is { } item)
            {
                write(this, item, label);
            }
            else
            {
                Error(DiagnosticCodes.ValueNotWritable, $"Entry {i} of the {name} is null; remove it or give a {what}.");
                _writer.WriteNullValue();
            }
        }
        _path.Pop();
        _writer.WriteEndArray();
        _path.Pop();
    }

    private void Extensions(IReadOnlyDictionary<string, string>? extensions, string[] known, Label owner)
    {
        if (extensions is null || extensions.Count == 0) return; // most objects have none: no enumerator then
        foreach (var (name, text) in extensions)
        {
            _path.PushProperty(name);
            if (Array.IndexOf(known, name) >= 0)
            {
                Error(DiagnosticCodes.InvalidExtension, $"{Capital(owner)} has an extension named '{name}', which is a property of the format; rename the extension (a vendor prefix such as \"x-acme-{name}\" is safe).");
            }
            else if (!IsValidText(name))
            {
                Error(DiagnosticCodes.InvalidText, $"{Capital(owner)} has an extension whose name holds a lone surrogate character; correct the name.");
            }
            else
            {
                WriteExtensionValue(name, text, owner);
            }
            _path.Pop();
        }
    }

    private void WriteExtensionValue(string name, string? text, Label owner)
    {
        if (text is null)
        {
            Error(DiagnosticCodes.InvalidExtension, $"Extension '{name}' of {owner} has no text; give JSON text such as \"null\", \"42\" or \"{{}}\".");
            return;
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = _options.MaxDepth });
        }
        catch (JsonException e)
        {
            Error(DiagnosticCodes.InvalidExtension, $"Extension '{name}' of {owner} is not one valid JSON value ({e.Message}); extensions hold raw JSON text, so a string needs its quotes: \"\\\"text\\\"\".");
            return;
        }
        using (document)
        {
            try
            {
                var buffer = new ArrayBufferWriter<byte>();
                using (var check = new Utf8JsonWriter(buffer, new JsonWriterOptions { MaxDepth = _options.MaxDepth + 8 }))
                {
                    document.RootElement.WriteTo(check);
                }
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                Error(DiagnosticCodes.InvalidText, $"Extension '{name}' of {owner} holds text that is not valid Unicode (a lone surrogate escape); correct it.");
                return;
            }
            _writer.WritePropertyName(name);
            document.RootElement.WriteTo(_writer);
        }
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Capital(Label label) => Capital(label.ToString());

    /// <summary>
    /// Names what is being written ("key result 'k1'", "the alignment of 'a' to 'b'", "...'s measure") for error
    /// messages, and is formatted only when one is reported: writing a valid million-objective set builds no labels.
    /// </summary>
    private readonly struct Label
    {
        private readonly string? _head;
        private readonly string? _id;
        private readonly string? _middle;
        private readonly string? _id2;
        private readonly string? _tail;
        private readonly bool _quoted;

        public Label(string head, string? id)
        {
            _head = head;
            _id = id;
            _quoted = true;
        }

        public Label(string head, string? id, string middle, string? id2)
            : this(head, id)
        {
            _middle = middle;
            _id2 = id2;
        }

        private Label(string text) => _head = text;

        private Label(Label basis, string tail)
        {
            this = basis;
            _tail = basis._tail + tail;
        }

        /// <summary>A part of what this label names, such as its measure: <c>"'s measure"</c>.</summary>
        public Label Part(string tail) => new(this, tail);

        public static implicit operator Label(string text) => new(text);

        public override string ToString() => _quoted
            ? _head + Quote(_id) + (_middle is null ? "" : _middle + Quote(_id2)) + _tail
            : _head + _tail;
    }

    private static string Quote(string? id) => id is null ? "(no id)" : $"'{id}'";

    // ---- The document ---------------------------------------------------------------------------------------

    private void WriteDocument(OkrSet set)
    {
        if (set is null)
        {
            Error(DiagnosticCodes.ValueNotWritable, "The set is null; give an OkrSet to write.");
            return;
        }
        _writer.WriteStartObject();
        _writer.WriteString("format", JsonNames.Version);
        if (set.Name is not null) String("name", set.Name, required: false, "the set");
        List("owners", set.Owners, static (w, x, _) => w.WriteOwner(x), default, "owner");
        List("periods", set.Periods, static (w, x, _) => w.WritePeriod(x), default, "period");
        List("objectives", set.Objectives, static (w, x, _) => w.WriteObjective(x), default, "objective");
        List("keyResults", set.KeyResults, static (w, x, _) => w.WriteKeyResult(x), default, "key result");
        List("alignments", set.Alignments, static (w, x, _) => w.WriteAlignment(x), default, "alignment");
        Extensions(set.Extensions, JsonNames.Document, "the document");
        _writer.WriteEndObject();
    }

    private void WriteOwner(Owner owner)
    {
        _currentId = owner.Id;
        var label = new Label("owner ", owner.Id);
        _writer.WriteStartObject();
        String("id", owner.Id, required: true, label);
        if (owner.Name is not null) String("name", owner.Name, required: false, label);
        Enum("kind", JsonNames.OwnerKinds, owner.Kind, label);
        if (owner.ParentId is not null) String("parentId", owner.ParentId, required: false, label);
        Extensions(owner.Extensions, JsonNames.Owner, label);
        _writer.WriteEndObject();
    }

    private void WritePeriod(Period period)
    {
        _currentId = period.Id;
        var label = new Label("period ", period.Id);
        _writer.WriteStartObject();
        String("id", period.Id, required: true, label);
        if (period.Name is not null) String("name", period.Name, required: false, label);
        Date("start", period.Start);
        Date("end", period.End);
        if (period.ParentId is not null) String("parentId", period.ParentId, required: false, label);
        Extensions(period.Extensions, JsonNames.Period, label);
        _writer.WriteEndObject();
    }

    private void WriteObjective(Objective objective)
    {
        _currentId = objective.Id;
        var label = new Label("objective ", objective.Id);
        _writer.WriteStartObject();
        String("id", objective.Id, required: true, label);
        String("title", objective.Title, required: true, label);
        if (objective.Description is not null) String("description", objective.Description, required: false, label);
        StringList("ownerIds", objective.OwnerIds, label);
        if (objective.PeriodId is not null) String("periodId", objective.PeriodId, required: false, label);
        Enum("commitment", JsonNames.Commitments, objective.Commitment, label);
        if (objective.ProgressSource != ProgressSource.KeyResults) Enum("progressSource", JsonNames.ProgressSources, objective.ProgressSource, label);
        if (objective.Strategy is not null) String("strategy", objective.Strategy, required: false, label);
        if (objective.WeightByTarget) _writer.WriteBoolean("weightByTarget", true);
        if (objective.ManualProgress is { } manual) Number("manualProgress", manual, label);
        if (objective.LinkedKeyResultIds.Count > 0) StringList("linkedKeyResultIds", objective.LinkedKeyResultIds, label);
        Extensions(objective.Extensions, JsonNames.Objective, label);
        _writer.WriteEndObject();
    }

    private void WriteKeyResult(KeyResult kr)
    {
        _currentId = kr.Id;
        var label = new Label("key result ", kr.Id);
        _writer.WriteStartObject();
        String("id", kr.Id, required: true, label);
        String("title", kr.Title, required: true, label);
        if (kr.Description is not null) String("description", kr.Description, required: false, label);
        String("objectiveId", kr.ObjectiveId, required: true, label);
        if (kr.OwnerId is not null) String("ownerId", kr.OwnerId, required: false, label);
        if (kr.Weight != 1 || !double.IsFinite(kr.Weight)) Number("weight", kr.Weight, label);
        if (kr.Derived) _writer.WriteBoolean("derived", true);
        _path.PushProperty("measure");
        _writer.WritePropertyName("measure");
        WriteMeasure(kr.Measure, label);
        _path.Pop();
        if (kr.CheckIns.Count > 0) List("checkIns", kr.CheckIns, static (w, c, l) => w.WriteCheckIn(c, l), label, "check-in");
        if (kr.Checkpoints.Count > 0) List("checkpoints", kr.Checkpoints, static (w, c, l) => w.WriteCheckpoint(c, l), label, "checkpoint");
        Extensions(kr.Extensions, JsonNames.KeyResult, label);
        _writer.WriteEndObject();
    }

    private void WriteMeasure(Measure? measure, Label label)
    {
        switch (measure)
        {
            case MetricMeasure m:
                _writer.WriteStartObject();
                _writer.WriteString("kind", JsonNames.MetricKind);
                Number("start", m.Start, label);
                Number("target", m.Target, label);
                if (m.Current is { } current) Number("current", current, label);
                if (m.Unit is not null) String("unit", m.Unit, required: false, label);
                Extensions(m.Extensions, JsonNames.Metric, label.Part("'s measure"));
                _writer.WriteEndObject();
                break;
            case ThresholdMeasure t:
                _writer.WriteStartObject();
                _writer.WriteString("kind", JsonNames.ThresholdKind);
                Enum("direction", JsonNames.Directions, t.Direction, label);
                Number("limit", t.Limit, label);
                if (t.Current is { } value) Number("current", value, label);
                if (t.Unit is not null) String("unit", t.Unit, required: false, label);
                Extensions(t.Extensions, JsonNames.Threshold, label.Part("'s measure"));
                _writer.WriteEndObject();
                break;
            case MilestoneMeasure ms:
                _writer.WriteStartObject();
                _writer.WriteString("kind", JsonNames.MilestonesKind);
                List("steps", ms.Steps, static (w, step, l) => w.WriteStep(step, l), label, "milestone");
                Extensions(ms.Extensions, JsonNames.Milestones, label.Part("'s measure"));
                _writer.WriteEndObject();
                break;
            case BaselineMeasure b:
                _writer.WriteStartObject();
                _writer.WriteString("kind", JsonNames.BaselineKind);
                if (b.Unit is not null) String("unit", b.Unit, required: false, label);
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
        String("title", step.Title, required: true, label.Part("'s step"));
        if (step.Weight != 1 || !double.IsFinite(step.Weight)) Number("weight", step.Weight, label);
        _writer.WriteBoolean("done", step.Done);
        if (step.DoneOn is { } doneOn) Date("doneOn", doneOn);
        Extensions(step.Extensions, JsonNames.Step, label.Part("'s step"));
        _writer.WriteEndObject();
    }

    private void WriteCheckIn(CheckIn checkIn, Label label)
    {
        _writer.WriteStartObject();
        Date("date", checkIn.Date);
        Number("value", checkIn.Value, label);
        if (checkIn.Confidence is { } confidence)
        {
            if (confidence.Level is { } level)
            {
                Enum("confidence", JsonNames.ConfidenceLevels, level, label);
            }
            else if (confidence.Score is { } score)
            {
                Number("confidence", score, label);
            }
            else
            {
                _path.PushProperty("confidence");
                Error(DiagnosticCodes.ValueNotWritable, $"A check-in of {label} on {checkIn.Date:yyyy-MM-dd} has a confidence with neither a score nor a level (a default value); make it with Confidence.FromScore or Confidence.FromLevel, or leave it null.");
                _path.Pop();
            }
        }
        if (checkIn.Note is not null) String("note", checkIn.Note, required: false, label);
        Extensions(checkIn.Extensions, JsonNames.CheckIn, label.Part("'s check-in"));
        _writer.WriteEndObject();
    }

    private void WriteCheckpoint(Checkpoint checkpoint, Label label)
    {
        _writer.WriteStartObject();
        Date("date", checkpoint.Date);
        Number("value", checkpoint.Value, label);
        Extensions(checkpoint.Extensions, JsonNames.Checkpoint, label.Part("'s checkpoint"));
        _writer.WriteEndObject();
    }

    private void WriteAlignment(Alignment alignment)
    {
        _currentId = alignment.ChildId;
        var label = new Label("the alignment of ", alignment.ChildId, " to ", alignment.ParentId);
        _writer.WriteStartObject();
        String("childId", alignment.ChildId, required: true, label);
        String("parentId", alignment.ParentId, required: true, label);
        Enum("kind", JsonNames.AlignmentKinds, alignment.Kind, label);
        if (alignment.Weight != 1 || !double.IsFinite(alignment.Weight)) Number("weight", alignment.Weight, label);
        Extensions(alignment.Extensions, JsonNames.Alignment, label);
        _writer.WriteEndObject();
    }
}
