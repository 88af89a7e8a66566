using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Okr.Core.Diagnostics;

namespace Okr.Core.Serialization;

/// <summary>
/// Value readers: strings, numbers, booleans, dates, enums, lists and extensions, each reporting a wrong or
/// unreadable value where it is and returning false, so the entity readers go on to the next property.
/// </summary>
internal sealed partial class OkrJsonReader
{
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

    private string PropertyLabel => _path.Nesting > 0 ? $"'{LastName()}'" : "The document";

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

    private Okr.Core.Internal.ValueList<string>? ReadStringList(ref Utf8JsonReader reader, out bool ok)
    {
        ok = true;
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongType(ref reader, "an array of id strings", reader.TokenType == JsonTokenType.String ? "Put the id in square brackets: [\"id\"]." : null);
            ok = false;
            return null;
        }
        var start = _scratchTop;
        _path.PushIndex(0);
        var index = 0;
        while (SetIndex(index++) && Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
        {
            if (ReadString(ref reader, required: true, out var item)) Push(item!);
            else ok = false;
        }
        _path.Pop();
        return Take<string>(start);
    }

    private bool SetIndex(int index)
    {
        _path.SetIndex(index);
        return true;
    }

    private Okr.Core.Internal.ValueList<T>? ReadList<T>(ref Utf8JsonReader reader, string what, ElementReader<T> element, out bool ok)
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
        var start = _scratchTop;
        _path.PushIndex(0);
        var index = 0;
        // The index is set before the element is read, so a diagnostic on its first token (too deep) names it.
        while (SetIndex(index++) && Next(ref reader) && reader.TokenType != JsonTokenType.EndArray)
        {
            var item = element(ref reader);
            if (item is null) ok = false;
            else Push(item);
            _work.Tick(reader.BytesConsumed, _json.Length);
        }
        _path.Pop();
        return Take<T>(start);
    }

    // The items of the lists being read, innermost list on top: lists nest strictly, so each list's items are the
    // top of the stack from where it started. Each list becomes one array of its exact length, owned by the model's
    // list without a copy (a List<T> would double its array as it grows and then be copied by the record).
    private object?[] _scratch = new object?[64];
    private int _scratchTop;

    private void Push(object item)
    {
        if (_scratchTop == _scratch.Length) Array.Resize(ref _scratch, _scratch.Length * 2);
        _scratch[_scratchTop++] = item;
    }

    private Okr.Core.Internal.ValueList<T> Take<T>(int start)
        where T : class
    {
        var count = _scratchTop - start;
        if (count == 0) return Okr.Core.Internal.ValueList<T>.Empty;
        var items = new T[count];
        for (var i = 0; i < count; i++) items[i] = System.Runtime.CompilerServices.Unsafe.As<T>(_scratch[start + i]!);
        Array.Clear(_scratch, start, count);
        _scratchTop = start;
        return Okr.Core.Internal.ValueList<T>.Own(items);
    }

    /// <summary>
    /// Keeps an unknown property as an extension, as compact JSON text, warning when it looks like a misspelt name of
    /// <paramref name="known"/> (by default the object's own) or belongs to <paramref name="otherKinds"/>.
    /// </summary>
    private void ReadExtension(ref Utf8JsonReader reader, ObjectState state, string name, string[]? known = null, string[]? otherKinds = null)
    {
        known ??= state.Shape.Names;
        var start = reader.TokenStartIndex;
        SkipValue(ref reader);
        var end = reader.BytesConsumed;
        string text;
        try
        {
            using var document = JsonDocument.Parse(_json.Slice((int)start, (int)(end - start)), new JsonDocumentOptions { MaxDepth = _maxNesting + 1 });
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

    private static Okr.Core.Internal.ValueMap Extensions(ObjectState state)
        => state.Extensions is null ? Okr.Core.Internal.ValueMap.Empty : Okr.Core.Internal.ValueMap.From(state.Extensions);

    private static string Label(string what, string? id) => id is null ? what : $"{what} '{id}'";
}
