using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Okr.Core.Interop.Viva;

/// <summary>Reading loosely typed JSON values without ever throwing: every accessor checks the kind first.</summary>
internal static class JsonValues
{
    private static readonly JsonWriterOptions CompactOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The property <paramref name="name"/> of an object, when <paramref name="obj"/> is one and has it (null counts as absent).</summary>
    public static bool TryGet(JsonElement obj, string name, out JsonElement value)
    {
        if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
            return true;
        value = default;
        return false;
    }

    /// <summary>A string property, or <see langword="null"/> when absent or not a string.</summary>
    public static string? String(JsonElement obj, string name)
        => TryGet(obj, name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>An id: an integer number or a non-blank string, as text.</summary>
    public static string? Id(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var n) => n.ToString(CultureInfo.InvariantCulture),
        JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()) => value.GetString()!.Trim(),
        _ => null,
    };

    /// <summary>The id property of an object, as text.</summary>
    public static string? Id(JsonElement obj, string name) => TryGet(obj, name, out var value) ? Id(value) : null;

    /// <summary>
    /// A number: a JSON number, or a string holding one with optional thousands separators and a trailing percent sign
    /// (<c>"2,000"</c>, <c>"40.0%"</c>). Not finite values are refused.
    /// </summary>
    public static bool TryNumber(JsonElement value, out double number)
    {
        number = 0;
        if (value.ValueKind == JsonValueKind.Number) return value.TryGetDouble(out number) && double.IsFinite(number);
        if (value.ValueKind != JsonValueKind.String) return false;
        return TryNumber(value.GetString()!, out number);
    }

    /// <summary>A number written as text, with optional thousands separators and a trailing percent sign.</summary>
    public static bool TryNumber(string text, out double number)
    {
        var trimmed = text.Trim();
        if (trimmed.EndsWith('%')) trimmed = trimmed[..^1].TrimEnd();
        return double.TryParse(trimmed, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);
    }

    /// <summary>A date <c>yyyy-MM-dd</c>, or the date part of <c>yyyy-MM-dd HH:mm:ss</c>.</summary>
    public static bool TryDate(JsonElement value, out DateOnly date, out string? time)
    {
        date = default;
        time = null;
        if (value.ValueKind != JsonValueKind.String) return false;
        var text = value.GetString()!.Trim();
        if (text.Length > 10 && (text[10] == ' ' || text[10] == 'T'))
        {
            time = text[11..];
            text = text[..10];
            if (!TimeOnly.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) return false;
        }
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>The value as compact JSON text, as an extension holds it.</summary>
    public static string Compact(JsonElement value)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, CompactOptions)) value.WriteTo(writer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A JSON string literal of <paramref name="text"/>.</summary>
    public static string Quote(string text)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, CompactOptions)) writer.WriteStringValue(text);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A JSON array of the compact texts given.</summary>
    public static string Array(IEnumerable<string> compactValues) => "[" + string.Join(",", compactValues) + "]";

    /// <summary>An export field name as an extension name: <c>Check-in Owners</c> -> <c>x-viva-check-in-owners</c>.</summary>
    public static string ExtensionName(string field)
    {
        var name = new StringBuilder("x-viva-");
        var dash = false;
        foreach (var ch in field.Trim())
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (dash && name[^1] != '-') name.Append('-');
                name.Append(char.ToLowerInvariant(ch));
                dash = false;
            }
            else
            {
                dash = true;
            }
        }
        return name.ToString();
    }

    /// <summary>A short text of a value for messages and notes: strings as they are, other values as JSON.</summary>
    public static string Show(JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? "\"" + value.GetString() + "\"" : Compact(value);
        return text.Length <= 60 ? text : text[..57] + "...";
    }
}
