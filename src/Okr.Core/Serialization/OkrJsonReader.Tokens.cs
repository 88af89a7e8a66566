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
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= _maxNesting)
        {
            Error(
                DiagnosticCodes.NestingTooDeep,
                reader.TokenStartIndex,
                _path.ToString(),
                string.Create(CultureInfo.InvariantCulture, $"The document nests objects and arrays more than {_maxNesting} levels deep; flatten the vendor data here, or raise OkrJsonOptions.MaxDepth if you trust its source."));
            throw new StopReading();
        }
        return true;
    }

    /// <summary>Skips the value the reader is on (iteratively), leaving it on the value's last token.</summary>
    private void SkipValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        var nesting = reader.CurrentDepth;
        while (Next(ref reader))
        {
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == nesting) return;
        }
    }

    // ---- Objects: their shapes, what each has seen, its properties --------------------------------------------

    private ObjectState?[] _states = new ObjectState?[8]; // by nesting level, reused (see ObjectState)

    /// <summary>
    /// One kind of object: its property names (as strings, and as UTF-8 to compare tokens without allocating), what a
    /// message calls it (<c>"an owner"</c>), and its required properties. The entity readers declare one each.
    /// </summary>
    private sealed class ObjectShape
    {
        public readonly string[] Names;
        public readonly byte[][] Utf8;
        public readonly string What;
        public readonly RequiredProperties Required;

        /// <param name="names">The object's properties (a list from <see cref="JsonNames"/>).</param>
        /// <param name="what">The object with its article, <c>"a period"</c>; its "has no" messages begin <c>"This period"</c>.</param>
        /// <param name="required">The required properties in the order they are reported, each with the advice its message ends with.</param>
        /// <param name="namedBy">When given, messages about properties other than the id name the object by its id: <c>"Period 'q1'"</c>.</param>
        /// <param name="idWhenUnknown">The id those messages carry when the object has none (<see langword="null"/>: no id at all).</param>
        public ObjectShape(string[] names, string what, (string Name, string Advice)[]? required = null, string? namedBy = null, string? idWhenUnknown = null)
        {
            Names = names;
            Utf8 = [.. names.Select(Encoding.UTF8.GetBytes)];
            What = what;
            Required = new RequiredProperties(names, "This " + what[(what.IndexOf(' ') + 1)..], required ?? [], namedBy, idWhenUnknown);
        }
    }

    /// <summary>
    /// The required properties of one kind of object as a bit mask over its property names, each with the advice its
    /// message gives, in the order they are reported: <c>{subject} has no "{name}"; {advice}</c>.
    /// </summary>
    private sealed class RequiredProperties
    {
        public readonly ulong Mask;
        public readonly (ulong Bit, string Name, string Advice)[] Entries;
        public readonly string Subject;
        public readonly string? NamedBy;
        public readonly string? IdWhenUnknown;

        /// <param name="names">The names the bits index: the object's, or for a measure kind those of any measure.</param>
        /// <param name="subject">How messages about the object begin: <c>"This metric"</c>.</param>
        /// <param name="required">The required properties in the order they are reported, each with its advice.</param>
        /// <param name="namedBy">See <see cref="ObjectShape(string[], string, ValueTuple{string, string}[], string, string)"/>.</param>
        /// <param name="idWhenUnknown">See <see cref="ObjectShape(string[], string, ValueTuple{string, string}[], string, string)"/>.</param>
        public RequiredProperties(string[] names, string subject, (string Name, string Advice)[] required, string? namedBy = null, string? idWhenUnknown = null)
        {
            Entries = new (ulong, string, string)[required.Length];
            for (var i = 0; i < required.Length; i++)
            {
                var index = Array.IndexOf(names, required[i].Name);
                if (index < 0) throw new InvalidOperationException($"Required property '{required[i].Name}' is not among the object's names.");
                Entries[i] = (1UL << index, required[i].Name, required[i].Advice);
                Mask |= 1UL << index;
            }
            Subject = subject;
            NamedBy = namedBy;
            IdWhenUnknown = idWhenUnknown;
        }
    }

    /// <summary>
    /// What one object being read has seen so far: its known properties as bits, other names in a set. One instance
    /// per nesting level is reused for every object at that level (<see cref="BeginObject"/>): objects nest strictly,
    /// and nothing keeps a state past its object's end, so a million objects cost no million states.
    /// </summary>
    private sealed class ObjectState
    {
        public ObjectShape Shape = null!;
        public long Start;
        public List<KeyValuePair<string, string>>? Extensions;
        public bool Bad;
        private ulong _known;
        private ulong _empty;
        private HashSet<string>? _others;

        public ObjectState(ObjectShape shape, long start) => Reset(shape, start);

        /// <summary>Starts over for a new object of <paramref name="shape"/> at <paramref name="start"/>.</summary>
        public void Reset(ObjectShape shape, long start)
        {
            Shape = shape;
            Start = start;
            Extensions = null;
            Bad = false;
            _known = 0;
            _empty = 0;
            _others?.Clear();
        }

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
            var index = Array.IndexOf(Shape.Names, name);
            return index >= 0 ? (_known & (1UL << index)) != 0 : _others?.Contains(name) == true;
        }

        /// <summary>Counts the known property <paramref name="name"/> as missing although given (it was <c>null</c>).</summary>
        public void TreatAsMissing(string name) => _empty |= 1UL << Array.IndexOf(Shape.Names, name);

        /// <summary>The known properties given, as bits.</summary>
        public ulong Given => _known & ~_empty;
    }

    /// <summary>Checks that the reader is on an object; otherwise reports and skips the value.</summary>
    private ObjectState? BeginObject(ref Utf8JsonReader reader, ObjectShape shape)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            var depth = reader.CurrentDepth;
            if (depth >= _states.Length) Array.Resize(ref _states, Math.Max(depth + 1, _states.Length * 2));
            var state = _states[depth];
            if (state is null) _states[depth] = state = new ObjectState(shape, reader.TokenStartIndex);
            else state.Reset(shape, reader.TokenStartIndex);
            return state;
        }
        WrongType(ref reader, $"{shape.What} object {{ ... }}", null);
        return null;
    }

    /// <summary>
    /// Reports each property of <paramref name="required"/> the object lacks (<c>OKR0303</c>, at the object), in order.
    /// Returns whether any was missing. Nothing is formatted when none is.
    /// </summary>
    private bool ReportMissing(ObjectState state, RequiredProperties required, string? id = null)
    {
        var missing = required.Mask & ~state.Given;
        if (missing == 0) return false;
        foreach (var (bit, name, advice) in required.Entries)
        {
            if ((missing & bit) == 0) continue;
            var named = required.NamedBy is not null && name != JsonNames.Id;
            var subject = named ? Label(required.NamedBy!, id) : required.Subject;
            string[] ids = !named ? [] : id is not null ? [id] : required.IdWhenUnknown is { } unknown ? [unknown] : [];
            state.Bad = true;
            Error(DiagnosticCodes.MissingProperty, state.Start, Here, $"{subject} has no \"{name}\"; {advice}", ids);
        }
        return true;
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
            var known = KnownName(ref reader, state.Shape);
            name = known >= 0 ? state.Shape.Names[known] : PropertyName(ref reader);
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
    private static int KnownName(ref Utf8JsonReader reader, ObjectShape names)
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
