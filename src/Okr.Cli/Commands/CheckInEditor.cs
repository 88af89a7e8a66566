using System.Globalization;
using System.Text;
using System.Text.Json;
using Okr.Core;

namespace Okr.Cli.Commands;

/// <summary>
/// Adds (or corrects) one check-in in the text of an okr/1 document, changing no other byte: extensions, property
/// order, spacing and comments elsewhere stay exactly as they were. The new element copies the indentation of its
/// neighbours.
/// </summary>
internal static class CheckInEditor
{
    private readonly record struct Element(int Start, int End, string? Date);

    /// <summary>The document with the check-in added to (or, when <paramref name="correcting"/>, replaced in) the key result.</summary>
    /// <exception cref="CliException">The key result is not in the document's <c>keyResults</c>, or has no check-in on that day to correct.</exception>
    public static byte[] Apply(byte[] json, string keyResultId, CheckIn checkIn, bool correcting)
    {
        var start = json.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var reader = new Utf8JsonReader(json.AsSpan(start), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 4096 });
        string? rootProperty = null, property = null, id = null;
        int arrayStart = -1, arrayEnd = -1, lastValueEnd = -1, objectStart = -1, elementStart = -1;
        string? elementDate = null;
        var elements = new List<Element>();
        var inside = false;
        while (reader.Read())
        {
            var depth = reader.CurrentDepth;
            var at = start + (int)reader.TokenStartIndex;
            var after = start + (int)reader.BytesConsumed;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName when depth == 1:
                    rootProperty = reader.GetString();
                    break;
                case JsonTokenType.StartObject when depth == 2 && rootProperty == "keyResults":
                    inside = true;
                    (id, arrayStart, arrayEnd, lastValueEnd, objectStart) = (null, -1, -1, -1, at);
                    elements.Clear();
                    break;
                case JsonTokenType.EndObject when depth == 2 && inside:
                    inside = false;
                    if (id == keyResultId) return Edit(json, checkIn, correcting, keyResultId, objectStart, at, lastValueEnd, arrayStart, arrayEnd, elements);
                    break;
                case JsonTokenType.PropertyName when inside && depth == 3:
                    property = reader.GetString();
                    break;
                case JsonTokenType.String when inside && depth == 3 && property == "id":
                    id = reader.GetString();
                    lastValueEnd = after;
                    break;
                case JsonTokenType.StartArray when inside && depth == 3 && property == "checkIns":
                    arrayStart = at;
                    break;
                case JsonTokenType.EndArray when inside && depth == 3 && property == "checkIns":
                    arrayEnd = at;
                    lastValueEnd = after;
                    break;
                case JsonTokenType.StartObject when inside && depth == 4 && property == "checkIns":
                    (elementStart, elementDate) = (at, null);
                    break;
                case JsonTokenType.String when inside && depth == 5 && property == "checkIns" && elementStart >= 0 && elementDate is null && PreviousWasDate(json, at):
                    elementDate = reader.GetString();
                    break;
                case JsonTokenType.EndObject when inside && depth == 4 && property == "checkIns":
                    elements.Add(new Element(elementStart, after, elementDate));
                    elementStart = -1;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray when inside && depth == 3:
                case JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null when inside && depth == 3:
                    lastValueEnd = after;
                    break;
            }
        }
        throw new CliException(ExitCodes.Usage, $"no key result has the id '{keyResultId}' in the file's keyResults.");
    }

    // Whether the string token at 'at' is the value of a "date" property: the text before it is "date" and a colon.
    private static bool PreviousWasDate(byte[] json, int at)
    {
        var i = at - 1;
        while (i >= 0 && json[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i--;
        if (i < 0 || json[i] != (byte)':') return false;
        i--;
        while (i >= 0 && json[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i--;
        return i >= 5 && json.AsSpan(i - 5, 6).SequenceEqual("\"date\""u8);
    }

    private static byte[] Edit(byte[] json, CheckIn checkIn, bool correcting, string keyResultId, int objectStart, int objectEnd,
        int lastValueEnd, int arrayStart, int arrayEnd, List<Element> elements)
    {
        var day = checkIn.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (correcting)
        {
            var old = elements.FindIndex(e => e.Date == day);
            if (old < 0) throw new CliException(ExitCodes.InvalidInput, $"key result '{keyResultId}' has no check-in on {day} to correct.");
            var element = elements[old];
            var multiLine = Text(json, element.Start, element.End).Contains('\n', StringComparison.Ordinal);
            return Splice(json, element.Start, element.End, Item(checkIn, multiLine ? IndentOf(json, element.Start) : null));
        }
        if (arrayStart >= 0 && elements.Count > 0)
        {
            var last = elements[^1];
            var multiLine = Text(json, last.Start, last.End).Contains('\n', StringComparison.Ordinal);
            var separatedByLine = Text(json, elements.Count > 1 ? elements[^2].End : arrayStart, last.Start).Contains('\n', StringComparison.Ordinal);
            var indent = IndentOf(json, last.Start);
            var glue = separatedByLine ? "," + NewLine(json) + indent : ", ";
            return Splice(json, last.End, last.End, glue + Item(checkIn, multiLine ? indent : null));
        }
        if (arrayStart >= 0)
        {
            return Splice(json, arrayStart + 1, arrayEnd, Item(checkIn, null));
        }
        // No checkIns property: add one after the key result's last property, in the object's own layout.
        var objectText = Text(json, objectStart, objectEnd);
        if (!objectText.Contains('\n', StringComparison.Ordinal) || lastValueEnd < 0)
            return Splice(json, lastValueEnd, lastValueEnd, $", \"checkIns\": [{Item(checkIn, null)}]");
        var propertyIndent = IndentOf(json, LastPropertyStart(json, lastValueEnd));
        var unit = UnitOf(propertyIndent, IndentOf(json, objectStart));
        var nl = NewLine(json);
        return Splice(json, lastValueEnd, lastValueEnd,
            $",{nl}{propertyIndent}\"checkIns\": [{nl}{propertyIndent}{unit}{Item(checkIn, propertyIndent + unit)}{nl}{propertyIndent}]");
    }

    /// <summary>The check-in as okr/1 JSON; multi-line with <paramref name="indent"/> as its own indentation, or on one line.</summary>
    private static string Item(CheckIn checkIn, string? indent)
    {
        var parts = new List<string>
        {
            $"\"date\": \"{checkIn.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\"",
            $"\"value\": {checkIn.Value.ToString("R", CultureInfo.InvariantCulture)}",
        };
        if (checkIn.Confidence is { } c)
            parts.Add(c.Level is { } level ? $"\"confidence\": \"{level.ToString().ToLowerInvariant()}\"" : $"\"confidence\": {c.Score!.Value.ToString("R", CultureInfo.InvariantCulture)}");
        if (checkIn.Note is { } note) parts.Add($"\"note\": {JsonSerializer.Serialize(note, CliJsonContext.Default.String)}");
        if (indent is null) return "{ " + string.Join(", ", parts) + " }";
        var inner = indent + "  ";
        return "{\n" + string.Join(",\n", parts.Select(p => inner + p)) + "\n" + indent + "}";
    }

    private static string Text(byte[] json, int from, int to) => Encoding.UTF8.GetString(json, from, to - from);

    private static string IndentOf(byte[] json, int position)
    {
        var lineStart = position;
        while (lineStart > 0 && json[lineStart - 1] != (byte)'\n') lineStart--;
        var end = lineStart;
        while (end < position && json[end] is (byte)' ' or (byte)'\t') end++;
        return Encoding.UTF8.GetString(json, lineStart, end - lineStart);
    }

    private static int LastPropertyStart(byte[] json, int valueEnd)
    {
        var i = valueEnd - 1;
        while (i > 0 && json[i - 1] != (byte)'\n') i--;
        return i;
    }

    private static string UnitOf(string inner, string outer) => inner.Length > outer.Length ? inner[outer.Length..] : "  ";

    private static string NewLine(byte[] json) => json.AsSpan().IndexOf("\r\n"u8) >= 0 ? "\r\n" : "\n";

    private static byte[] Splice(byte[] json, int from, int to, string insert)
    {
        var bytes = Encoding.UTF8.GetBytes(insert.ReplaceLineEndings(NewLine(json)));
        var result = new byte[json.Length - (to - from) + bytes.Length];
        json.AsSpan(0, from).CopyTo(result);
        bytes.CopyTo(result, from);
        json.AsSpan(to).CopyTo(result.AsSpan(from + bytes.Length));
        return result;
    }
}

/// <summary>Source-generated JSON for the few values the tool serializes by itself (trimming and AOT safe).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class CliJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
