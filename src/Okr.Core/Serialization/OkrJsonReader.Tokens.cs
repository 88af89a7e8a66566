using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Okr.Core.Diagnostics;

namespace Okr.Core.Serialization;

/// <summary>
/// The reader machinery: moving over tokens within the nesting limit, skipping values, and walking the properties
/// of an object with its path, duplicate check and the record of what it has seen.
/// </summary>
internal sealed partial class OkrJsonReader
{
    // ---- Token movement ---------------------------------------------------------------------------------------

    /// <summary>Reads the next token and enforces the nesting limit before the reader's own limit could.</summary>
    private bool Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read()) return false;
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= _options.MaxDepth)
        {
            Error(
                DiagnosticCodes.NestingTooDeep,
                reader.TokenStartIndex,
                _path.ToString(),
                string.Create(CultureInfo.InvariantCulture, $"The document nests objects and arrays more than {_options.MaxDepth} levels deep; flatten the vendor data here, or raise OkrJsonOptions.MaxDepth if you trust its source."));
            throw new StopReading();
        }
        return true;
    }

    /// <summary>Skips the value the reader is on (iteratively), leaving it on the value's last token.</summary>
    private void SkipValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        var depth = reader.CurrentDepth;
        while (Next(ref reader))
        {
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == depth) return;
        }
    }

    /// <summary>The property names of one kind of object, as strings and as UTF-8 to compare tokens without allocating.</summary>
    private sealed class NameTable(string[] names)
    {
        public readonly string[] Names = names;
        public readonly byte[][] Utf8 = [.. names.Select(Encoding.UTF8.GetBytes)];
    }

    private static readonly NameTable DocumentNames = new(JsonNames.Document);
    private static readonly NameTable OwnerNames = new(JsonNames.Owner);
    private static readonly NameTable PeriodNames = new(JsonNames.Period);
    private static readonly NameTable ObjectiveNames = new(JsonNames.Objective);
    private static readonly NameTable KeyResultNames = new(JsonNames.KeyResult);
    private static readonly NameTable MeasureNames = new(JsonNames.AnyMeasure);
    private static readonly NameTable StepNames = new(JsonNames.Step);
    private static readonly NameTable CheckInNames = new(JsonNames.CheckIn);
    private static readonly NameTable CheckpointNames = new(JsonNames.Checkpoint);
    private static readonly NameTable AlignmentNames = new(JsonNames.Alignment);

    /// <summary>What one object being read has seen so far: its known properties as bits, other names in a set.</summary>
    private sealed class ObjectState(NameTable table, long start)
    {
        public readonly NameTable Table = table;
        public readonly long Start = start;
        public List<KeyValuePair<string, string>>? Extensions;
        public bool Bad;
        private ulong _known;
        private HashSet<string>? _others;

        /// <summary>Records a property; false when the object already had it.</summary>
        public bool Add(int knownIndex, string name)
        {
            if (knownIndex < 0) return (_others ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
            var bit = 1UL << knownIndex;
            if ((_known & bit) != 0) return false;
            _known |= bit;
            return true;
        }

        /// <summary>Whether the object has the known property <paramref name="name"/>.</summary>
        public bool Has(string name)
        {
            var index = Array.IndexOf(Table.Names, name);
            return index >= 0 ? (_known & (1UL << index)) != 0 : _others?.Contains(name) == true;
        }
    }

    /// <summary>Checks that the reader is on an object; otherwise reports and skips the value.</summary>
    private ObjectState? BeginObject(ref Utf8JsonReader reader, string what, NameTable names)
    {
        if (reader.TokenType == JsonTokenType.StartObject) return new ObjectState(names, reader.TokenStartIndex);
        WrongType(ref reader, $"{what} object {{ ... }}", null);
        return null;
    }

    /// <summary>
    /// Moves to the next property of the object and onto its value, pushing its name on the path.
    /// Returns <see langword="false"/> at the end of the object. A duplicate is reported and its value skipped.
    /// </summary>
    private bool NextProperty(ref Utf8JsonReader reader, ObjectState state, out string name)
    {
        while (true)
        {
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                name = "";
                return false;
            }
            var at = reader.TokenStartIndex;
            var known = KnownName(ref reader, state.Table);
            name = known >= 0 ? state.Table.Names[known] : PropertyName(ref reader);
            _path.PushProperty(name);
            Next(ref reader);
            if (state.Add(known, name)) return true;
            state.Bad = true;
            Error(DiagnosticCodes.DuplicateProperty, at, _path.ToString(), $"Property '{name}' is given twice in this object, so which value counts is ambiguous; keep one.");
            SkipValue(ref reader);
            _path.Pop();
        }
    }

    /// <summary>The index of the property name the reader is on in <paramref name="names"/>, or -1.</summary>
    private static int KnownName(ref Utf8JsonReader reader, NameTable names)
    {
        try
        {
            for (var i = 0; i < names.Utf8.Length; i++)
            {
                if (reader.ValueTextEquals(names.Utf8[i])) return i;
            }
        }
        catch (InvalidOperationException)
        {
            // An escape that is not valid text; PropertyName reports it.
        }
        return -1;
    }

    private string PropertyName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            var raw = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
            Error(DiagnosticCodes.InvalidText, reader.TokenStartIndex, _path.ToString(), $"Property name \"{Shorten(raw)}\" is not valid Unicode (a lone surrogate escape); use a proper name.");
            return raw;
        }
    }

    private void EndProperty() => _path.Pop();
}
