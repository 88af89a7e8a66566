using System.Buffers;
using System.Globalization;
using System.Text;
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
/// Reads an <c>okr/1</c> document by hand with <see cref="Utf8JsonReader"/>, so that every problem carries its
/// JSON path, line and column, duplicate properties are caught, and all problems are reported in one pass.
/// Recursion is bounded by the document's fixed shape (at most six levels); vendor extensions of any depth are
/// skipped iteratively. Every failure becomes a <see cref="Diagnostic"/>; no exception leaves this class for bad input.
/// </summary>
internal sealed class OkrJsonReader
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];


    private delegate T? ElementReader<T>(ref Utf8JsonReader reader)
        where T : class;

    /// <summary>Stops reading: a fatal problem (malformed JSON, too deep, too many diagnostics) was reported.</summary>
    private sealed class StopReading : Exception;

    private readonly ReadOnlyMemory<byte> _json;
    private readonly JsonWriterOptions _compactWriter;
    private readonly int _offset;
    private readonly OkrJsonOptions _options;
    private readonly LineIndex _lines;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly JsonPath _path = new();
    private bool _failed;

    private OkrJsonReader(ReadOnlyMemory<byte> document, OkrJsonOptions options)
    {
        _options = options;
        _compactWriter = new JsonWriterOptions
        {
            Indented = false,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            MaxDepth = options.MaxDepth + 8,
        };
        _lines = new LineIndex(document);
        _offset = document.Span.StartsWith(Bom) ? Bom.Length : 0;
        _json = document[_offset..];
    }

    /// <summary>Reads <paramref name="document"/> (UTF-8, an optional byte order mark is skipped).</summary>
    public static OkrJsonReadResult Read(ReadOnlyMemory<byte> document, OkrJsonOptions options)
    {
        if (document.Length > options.MaxDocumentBytes) return TooLarge(document.Length, options);
        var reader = new OkrJsonReader(document, options);
        var set = reader.ReadAll();
        var map = set is null ? null : new JsonSourceMap(reader._json, reader._offset, reader._lines, options.MaxDepth);
        return new OkrJsonReadResult(set, reader._diagnostics, map);
    }

    public static OkrJsonReadResult TooLarge(long size, OkrJsonOptions options)
    {
        var text = size < 0
            ? $"The document is larger than the limit of {options.MaxDocumentBytes:N0} bytes; split it, or raise OkrJsonOptions.MaxDocumentBytes if you trust its source."
            : $"The document has {size:N0} bytes, more than the limit of {options.MaxDocumentBytes:N0}; split it, or raise OkrJsonOptions.MaxDocumentBytes if you trust its source.";
        var diagnostic = new Diagnostic(DiagnosticCodes.DocumentTooLarge, DiagnosticSeverity.Error, string.Create(CultureInfo.InvariantCulture, $"{text}")) { Path = "$" };
        return new OkrJsonReadResult(null, [diagnostic], null);
    }

    /// <summary>The index of the first lone surrogate in <paramref name="text"/>, or -1.</summary>
    public static int FindLoneSurrogate(string text)
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
            return i;
        }
        return -1;
    }

    /// <summary>The diagnostic for a string document holding a lone surrogate at <paramref name="index"/>.</summary>
    public static OkrJsonReadResult LoneSurrogate(string json, int index)
    {
        var lineStart = json.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1;
        if (index == 0) lineStart = 0;
        var line = 1L + json.AsSpan(0, lineStart).Count('\n');
        var column = 1L + Encoding.UTF8.GetByteCount(json.AsSpan(lineStart, index - lineStart));
        var diagnostic = new Diagnostic(
            DiagnosticCodes.InvalidText,
            DiagnosticSeverity.Error,
            string.Create(CultureInfo.InvariantCulture, $"The text holds a lone surrogate character (U+{(int)json[index]:X4}) at this position, which is not Unicode and cannot be read without changing it; correct the text."))
        {
            Path = "$",
            Line = line,
            Column = column,
        };
        return new OkrJsonReadResult(null, [diagnostic], null);
    }

    private OkrSet? ReadAll()
    {
        if (!CheckUtf8()) return null;
        var reader = new Utf8JsonReader(_json.Span, new JsonReaderOptions
        {
            MaxDepth = _options.MaxDepth + 1,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        OkrSet? set = null;
        try
        {
            Next(ref reader);
            set = ReadDocument(ref reader);
            // The reader is final: trailing content after the document throws here.
            while (reader.Read())
            {
            }
        }
        catch (JsonException e)
        {
            AddSyntaxError(e);
        }
        catch (StopReading)
        {
        }
        return _failed ? null : set;
    }

    // ---- Diagnostics ----------------------------------------------------------------------------------------

    private void Report(string code, DiagnosticSeverity severity, long offset, string path, string message, params IEnumerable<string> ids)
    {
        if (severity == DiagnosticSeverity.Error) _failed = true;
        if (_diagnostics.Count >= _options.MaxDiagnostics)
        {
            _diagnostics.Add(new Diagnostic(
                DiagnosticCodes.TooManyDiagnostics,
                DiagnosticSeverity.Error,
                string.Create(CultureInfo.InvariantCulture, $"Reading stopped after {_options.MaxDiagnostics:N0} diagnostics; fix these and read the document again.")));
            throw new StopReading();
        }
        var (line, column) = _lines.Locate(offset + _offset);
        _diagnostics.Add(new Diagnostic(code, severity, message, ids) { Path = path, Line = line, Column = column });
    }

    private void Error(string code, long offset, string path, string message, params IEnumerable<string> ids)
        => Report(code, DiagnosticSeverity.Error, offset, path, message, ids);

    private void AddSyntaxError(JsonException e)
    {
        _failed = true;
        var text = e.Message;
        var cut = text.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0) text = text[..cut];
        // The reader's own advice is about reader options, which a document author cannot change.
        text = text.Replace(" Change the reader options.", "", StringComparison.Ordinal)
            .Replace(", when isFinalBlock is true", "", StringComparison.Ordinal)
            .TrimEnd();
        if (!text.EndsWith('.')) text += ".";
        var message = _json.Span.Trim(" \t\r\n"u8).IsEmpty
            ? $"The document is empty; it must be a JSON object {{ \"format\": \"{JsonNames.Format}\", ... }}."
            : $"The document is not valid JSON: {text} Fix the syntax there (JSON allows no comments, no trailing commas and only double-quoted strings).";
        var line = (e.LineNumber ?? 0) + 1;
        var column = (e.BytePositionInLine ?? 0) + 1 + (line == 1 ? _offset : 0);
        _diagnostics.Add(new Diagnostic(
            DiagnosticCodes.InvalidJson,
            DiagnosticSeverity.Error,
            message)
        {
            Path = _path.ToString(),
            Line = line,
            Column = column,
        });
    }

    private bool CheckUtf8()
    {
        var span = _json.Span;
        if (System.Text.Unicode.Utf8.IsValid(span)) return true;
        var position = 0;
        while (position < span.Length)
        {
            var ascii = span[position..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0) break;
            position += ascii;
            var status = Rune.DecodeFromUtf8(span[position..], out _, out var consumed);
            if (status != OperationStatus.Done) break;
            position += consumed;
        }
        Error(DiagnosticCodes.InvalidText, position, "$", "The document is not valid UTF-8 text at this byte; save it as UTF-8.");
        return false;
    }

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

    // ---- Values ---------------------------------------------------------------------------------------------

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private string Here => _path.ToString();

    private string PropertyLabel => _path.Depth > 0 ? $"'{LastName()}'" : "The document";

    private string LastName()
    {
        var text = _path.ToString();
        var dot = text.LastIndexOf('.');
        return dot >= 0 ? text[(dot + 1)..] : text;
    }

    private void WrongType(ref Utf8JsonReader reader, string expected, string? hint)
    {
        var found = Describe(reader.TokenType);
        Error(DiagnosticCodes.WrongJsonType, reader.TokenStartIndex, Here, $"{PropertyLabel} must be {expected}, not {found}.{(hint is null ? "" : " " + hint)}");
        SkipValue(ref reader);
    }

    private bool TryGetString(ref Utf8JsonReader reader, out string value)
    {
        try
        {
            value = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            Error(DiagnosticCodes.InvalidText, reader.TokenStartIndex, Here, $"{PropertyLabel} is not valid Unicode text (a lone surrogate escape such as \\uD800); correct the string.");
            value = "";
            return false;
        }
    }

    /// <summary>A string, or null when absent is allowed. Returns false after reporting a problem.</summary>
    private bool ReadString(ref Utf8JsonReader reader, bool required, out string? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.String)
        {
            if (!TryGetString(ref reader, out var text)) return false;
            value = text;
            return true;
        }
        if (reader.TokenType == JsonTokenType.Null && !required) return true;
        WrongType(ref reader, "a string", reader.TokenType == JsonTokenType.Number ? "Put the value in double quotes." : null);
        return false;
    }

    private static bool IsNaNWord(string text)
    {
        var t = text.Trim().TrimStart('+', '-');
        return t.Equals("NaN", StringComparison.OrdinalIgnoreCase)
            || t.Equals("Infinity", StringComparison.OrdinalIgnoreCase)
            || t.Equals("Inf", StringComparison.OrdinalIgnoreCase)
            || t == "∞";
    }

    /// <summary>A finite number, or null when absent is allowed.</summary>
    private bool ReadNumber(ref Utf8JsonReader reader, bool required, out double? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetDouble(out var number) && double.IsFinite(number))
                {
                    value = number;
                    return true;
                }
                var raw = Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
                Error(DiagnosticCodes.NumberOutOfRange, reader.TokenStartIndex, Here, $"{PropertyLabel} is {Shorten(raw)}, which does not fit a 64-bit floating-point number (about ±1.8e308); give a smaller number.");
                return false;
            case JsonTokenType.String:
                if (!TryGetString(ref reader, out var text)) return false;
                if (IsNaNWord(text))
                {
                    Error(DiagnosticCodes.NotANumberString, reader.TokenStartIndex, Here, $"{PropertyLabel} is the string \"{Shorten(text)}\"; JSON numbers are finite, so NaN and infinities cannot be stored. Give a finite number{(required ? "" : ", or leave the property out")}.");
                    return false;
                }
                var hint = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                    ? $"Write it without quotes: {Shorten(text.Trim())}."
                    : null;
                Error(DiagnosticCodes.WrongJsonType, reader.TokenStartIndex, Here, $"{PropertyLabel} must be a number, not a string.{(hint is null ? "" : " " + hint)}");
                return false;
            case JsonTokenType.Null when !required:
                return true;
            default:
                WrongType(ref reader, "a number", null);
                return false;
        }
    }

    private bool ReadBool(ref Utf8JsonReader reader, out bool? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                value = true;
                return true;
            case JsonTokenType.False:
                value = false;
                return true;
            case JsonTokenType.Null:
                return true;
            default:
                WrongType(ref reader, "true or false", reader.TokenType == JsonTokenType.String ? "Write true or false without quotes." : null);
                return false;
        }
    }

    private bool ReadDate(ref Utf8JsonReader reader, bool required, out DateOnly? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null && !required) return true;
        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, "a date string \"yyyy-MM-dd\"", null);
            return false;
        }
        // The usual case, ten plain ASCII bytes, is parsed without making a string (a million check-ins, a million strings).
        if (!reader.HasValueSequence && !reader.ValueIsEscaped && reader.ValueSpan.Length == 10)
        {
            var bytes = reader.ValueSpan;
            Span<char> chars = stackalloc char[10];
            var ascii = true;
            for (var i = 0; i < 10; i++)
            {
                ascii &= bytes[i] < 0x80;
                chars[i] = (char)bytes[i];
            }
            if (ascii && DateOnly.TryParseExact(chars, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var quick))
            {
                value = quick;
                return true;
            }
        }
        if (!TryGetString(ref reader, out var text)) return false;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = date;
            return true;
        }
        Error(DiagnosticCodes.InvalidDate, reader.TokenStartIndex, Here, $"{PropertyLabel} is \"{Shorten(text)}\", which is not a calendar date; write dates as ISO 8601 yyyy-MM-dd, for example \"2026-03-31\".");
        return false;
    }

    private bool ReadEnum<T>(ref Utf8JsonReader reader, (string Name, T Value)[] table, out T? value)
        where T : struct, Enum
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null) return true;
        var choices = string.Join(", ", table.Select(static t => "\"" + t.Name + "\""));
        if (reader.TokenType != JsonTokenType.String)
        {
            WrongType(ref reader, $"one of {choices}", null);
            return false;
        }
        if (!TryGetString(ref reader, out var text)) return false;
        foreach (var (name, v) in table)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                value = v;
                return true;
            }
        }
        var near = table.FirstOrDefault(t => string.Equals(t.Name, text, StringComparison.OrdinalIgnoreCase)).Name;
        Error(DiagnosticCodes.UnknownEnumValue, reader.TokenStartIndex, Here, $"{PropertyLabel} is \"{Shorten(text)}\"; it must be one of {choices}{(near is null ? "" : $" (did you mean \"{near}\"? names are case-sensitive)")}.");
        return false;
    }

    private List<string>? ReadStringList(ref Utf8JsonReader reader, out bool ok)
    {
        ok = true;
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, "an array of id strings", reader.TokenType == JsonTokenType.String ? "Put the id in square brackets: [\"id\"]." : null);
            ok = false;
            return null;
        }
        var list = new List<string>();
        _path.PushIndex(0);
        var index = 0;
        while (Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
        {
            _path.SetIndex(index++);
            if (ReadString(ref reader, required: true, out var item)) list.Add(item!);
            else ok = false;
        }
        _path.Pop();
        return list;
    }

    private List<T>? ReadList<T>(ref Utf8JsonReader reader, string what, ElementReader<T> element, out bool ok)
        where T : class
    {
        ok = true;
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, $"an array of {what}", reader.TokenType == JsonTokenType.StartObject ? "Put the object in square brackets: [ { ... } ]." : null);
            ok = false;
            return null;
        }
        var list = new List<T>();
        _path.PushIndex(0);
        var index = 0;
        while (Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
        {
            _path.SetIndex(index++);
            var item = element(ref reader);
            if (item is null) ok = false;
            else list.Add(item);
        }
        _path.Pop();
        return list;
    }

    /// <summary>Keeps an unknown property as an extension, as compact JSON text.</summary>
    private void ReadExtension(ref Utf8JsonReader reader, ObjectState state, string name, string[] known, string[]? otherKinds = null)
    {
        var start = reader.TokenStartIndex;
        SkipValue(ref reader);
        var end = reader.BytesConsumed;
        string text;
        try
        {
            using var document = JsonDocument.Parse(_json.Slice((int)start, (int)(end - start)), new JsonDocumentOptions { MaxDepth = _options.MaxDepth + 1 });
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, _compactWriter))
            {
                document.RootElement.WriteTo(writer);
            }
            text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            state.Bad = true;
            Error(DiagnosticCodes.InvalidText, start, Here, $"Extension '{Shorten(name)}' holds text that is not valid Unicode (a lone surrogate escape such as \\uD800); correct it.");
            return;
        }
        (state.Extensions ??= []).Add(new KeyValuePair<string, string>(name, text));

        var similar = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        if (similar is not null)
        {
            Report(DiagnosticCodes.SuspiciousExtension, DiagnosticSeverity.Warning, start, Here,
                $"Property '{Shorten(name)}' is not part of the format, but '{similar}' is (names are case-sensitive); it is kept as an extension and not used. Rename it to '{similar}' if that was meant.");
        }
        else if (otherKinds is not null && Array.IndexOf(otherKinds, name) >= 0)
        {
            Report(DiagnosticCodes.SuspiciousExtension, DiagnosticSeverity.Warning, start, Here,
                $"Property '{name}' belongs to another measure kind; it is kept as an extension and not used. Check the measure's \"kind\".");
        }
    }

    private void Missing(ObjectState state, string message, params IEnumerable<string> ids)
    {
        state.Bad = true;
        Error(DiagnosticCodes.MissingProperty, state.Start, Here, message, ids);
    }

    private IReadOnlyDictionary<string, string> Extensions(ObjectState state)
        => state.Extensions is null ? Okr.Core.Internal.ValueMap.Empty : Okr.Core.Internal.ValueMap.From(state.Extensions);

    private static string Label(string what, string? id) => id is null ? what : $"{what} '{id}'";

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
