using System.Text.Json;
using System.Text.Json.Nodes;

namespace Okr.Core.Tests.Arbitraries;

/// <summary>What one break did to a property of an okr/1 document.</summary>
public enum BreakKind
{
    /// <summary>The value has another JSON type (a number where a string belongs, an object where a list belongs).</summary>
    WrongType,

    /// <summary>The value is <c>null</c>.</summary>
    Null,

    /// <summary>The property is left out.</summary>
    Remove,

    /// <summary>The property is given twice.</summary>
    Duplicate,

    /// <summary>The property's name has another letter case (<c>Title</c> for <c>title</c>).</summary>
    CaseVariant,

    /// <summary>An enum or format string no choice names.</summary>
    BadEnum,

    /// <summary>A date that is no real day or not <c>yyyy-MM-dd</c>.</summary>
    BadDate,

    /// <summary>A number no double holds (<c>1e400</c>).</summary>
    OutOfRange,

    /// <summary>A number written as <c>"NaN"</c> or <c>"Infinity"</c>.</summary>
    NumberString,

    /// <summary>A string holding a lone surrogate escape.</summary>
    LoneSurrogate,

    /// <summary>A valid but extreme value: 1e308, 5e-324, -0, a 10,000-character string, the first or last day.</summary>
    Extreme,
}

/// <summary>One property of one document broken one way; <see cref="Expected"/> lists the codes that report it (empty: no problem to report).</summary>
public sealed record Break(BreakKind Kind, string ObjectPath, string Property, string Replacement, IReadOnlyList<string> Expected)
{
    /// <summary>The JSON path of the broken property.</summary>
    public string Path => ObjectPath + "." + Property;

    public override string ToString() => $"{Kind} {Path} = {Replacement}";
}

/// <summary>
/// A structure-aware generator of near-valid okr/1 documents: it knows the format (every object's properties, their
/// types, which are required, the enum spellings) and breaks one property of a valid document at a time: wrong types,
/// nulls, removals, duplicates, case variants, bad enums and dates, numbers beyond a double, lone surrogates, and
/// valid extremes. Beside the byte-level <see cref="DocumentMutation"/>, which finds what the tokenizer does; this one
/// reaches the reader's per-property logic and every step after it.
/// </summary>
public static class DocumentBreaker
{
    private enum T { String, Number, Bool, Date, Enum, IdList, List, Object, Confidence, Format }

    private sealed record Prop(T Type, bool Required, string? Child = null, string[]? Choices = null);

    private static readonly string[] AlignmentKinds = ["cascaded", "localized", "bottomUp", "shared"];

    private static readonly Dictionary<string, Dictionary<string, Prop>> Schema = new()
    {
        ["document"] = new()
        {
            ["format"] = new(T.Format, true), ["name"] = new(T.String, false),
            ["owners"] = new(T.List, false, "owner"), ["periods"] = new(T.List, false, "period"), ["objectives"] = new(T.List, false, "objective"),
            ["keyResults"] = new(T.List, false, "keyResult"), ["alignments"] = new(T.List, false, "alignment"),
        },
        ["owner"] = new()
        {
            ["id"] = new(T.String, true), ["name"] = new(T.String, false), ["parentId"] = new(T.String, false),
            ["kind"] = new(T.Enum, false, Choices: ["company", "department", "team", "individual"]),
        },
        ["period"] = new()
        {
            ["id"] = new(T.String, true), ["name"] = new(T.String, false), ["start"] = new(T.Date, true), ["end"] = new(T.Date, true), ["parentId"] = new(T.String, false),
        },
        ["objective"] = new()
        {
            ["id"] = new(T.String, true), ["title"] = new(T.String, true), ["description"] = new(T.String, false), ["ownerIds"] = new(T.IdList, false),
            ["periodId"] = new(T.String, false), ["commitment"] = new(T.Enum, false, Choices: ["committed", "aspirational"]),
            ["progressSource"] = new(T.Enum, false, Choices: ["keyResults", "children", "both"]), ["strategy"] = new(T.String, false),
            ["weightByTarget"] = new(T.Bool, false), ["manualProgress"] = new(T.Number, false), ["linkedKeyResultIds"] = new(T.IdList, false),
        },
        ["keyResult"] = new()
        {
            ["id"] = new(T.String, true), ["title"] = new(T.String, true), ["description"] = new(T.String, false), ["objectiveId"] = new(T.String, true),
            ["ownerId"] = new(T.String, false), ["weight"] = new(T.Number, false), ["derived"] = new(T.Bool, false), ["measure"] = new(T.Object, true, "measure"),
            ["checkIns"] = new(T.List, false, "checkIn"), ["checkpoints"] = new(T.List, false, "checkpoint"),
        },
        ["measure"] = new()
        {
            ["kind"] = new(T.Enum, true, Choices: ["metric", "threshold", "milestones", "baseline"]), ["start"] = new(T.Number, false), ["target"] = new(T.Number, false),
            ["current"] = new(T.Number, false), ["limit"] = new(T.Number, false), ["unit"] = new(T.String, false),
            ["direction"] = new(T.Enum, false, Choices: ["atLeast", "atMost"]), ["steps"] = new(T.List, false, "step"),
        },
        ["step"] = new() { ["title"] = new(T.String, true), ["weight"] = new(T.Number, false), ["done"] = new(T.Bool, false), ["doneOn"] = new(T.Date, false) },
        ["checkIn"] = new() { ["date"] = new(T.Date, true), ["value"] = new(T.Number, true), ["confidence"] = new(T.Confidence, false), ["note"] = new(T.String, false) },
        ["checkpoint"] = new() { ["date"] = new(T.Date, true), ["value"] = new(T.Number, true) },
        ["alignment"] = new() { ["childId"] = new(T.String, true), ["parentId"] = new(T.String, true), ["kind"] = new(T.Enum, true, Choices: AlignmentKinds), ["weight"] = new(T.Number, false) },
    };

    // A measure's required properties depend on its kind.
    private static readonly Dictionary<string, string[]> MeasureRequired = new()
    {
        ["metric"] = ["start", "target"], ["threshold"] = ["direction", "limit"], ["milestones"] = [], ["baseline"] = [],
    };

    private static readonly JsonNode[] Sources =
        [.. DocumentMutation.Sources.Select(s => JsonNode.Parse(s.Bytes, documentOptions: new JsonDocumentOptions { MaxDepth = 200 })!)];

    private const string Raw = "@@okr-raw@@";
    private const string DuplicateName = "@@okr-duplicate@@";

    /// <summary>One broken document and what was broken, drawn from <paramref name="random"/>.</summary>
    public static (string Json, Break Break) Next(Random random)
    {
        var root = Sources[random.Next(Sources.Length)].DeepClone();
        var objects = Objects(root);
        var (target, kind, objectPath) = objects[random.Next(objects.Count)];
        var shape = Schema[kind];
        var present = target.Select(p => p.Key).Where(shape.ContainsKey).ToList();
        if (present.Count == 0) return (root.ToJsonString(), new Break(BreakKind.Extreme, objectPath, "(none)", "", []));
        var name = present[random.Next(present.Count)];
        var prop = shape[name];
        var required = prop.Required || (kind == "measure" && target["kind"] is JsonValue k && k.TryGetValue<string>(out var mk)
            && MeasureRequired.TryGetValue(mk, out var needs) && needs.Contains(name));

        var kinds = Applicable(prop.Type);
        var breakKind = kinds[random.Next(kinds.Count)];
        string replacement;
        IReadOnlyList<string> expected;
        switch (breakKind)
        {
            case BreakKind.WrongType:
                replacement = Pick(random, WrongTypes(prop.Type));
                expected = name == "format" && kind == "document" ? [DiagnosticCodes.WrongJsonType, DiagnosticCodes.UnsupportedFormat] : [DiagnosticCodes.WrongJsonType];
                target[name] = JsonValue.Create(Raw);
                break;
            case BreakKind.Null:
                replacement = "null";
                expected = name == "format" && kind == "document" ? [DiagnosticCodes.UnsupportedFormat, DiagnosticCodes.WrongJsonType]
                    : required ? [DiagnosticCodes.MissingProperty, DiagnosticCodes.WrongJsonType] : [];
                target[name] = null;
                break;
            case BreakKind.Remove:
                replacement = "(removed)";
                expected = name == "format" && kind == "document" ? [DiagnosticCodes.UnsupportedFormat] : required ? [DiagnosticCodes.MissingProperty] : [];
                target.Remove(name);
                break;
            case BreakKind.Duplicate:
                replacement = "(twice)";
                expected = [DiagnosticCodes.DuplicateProperty];
                target[DuplicateName] = target[name]?.DeepClone();
                break;
            case BreakKind.CaseVariant:
                var variant = char.ToUpperInvariant(name[0]) + name[1..];
                replacement = variant;
                // Kept as an extension with a warning; a measure of no known kind skips its properties, so a renamed
                // "kind" is reported as missing instead.
                expected = [DiagnosticCodes.SuspiciousExtension, DiagnosticCodes.MissingProperty];
                var value = target[name]?.DeepClone();
                target.Remove(name);
                target[variant] = value;
                name = variant;
                break;
            case BreakKind.BadEnum:
                replacement = prop.Type switch
                {
                    T.Format => Pick(random, ["\"okr/2\"", "\"okr/0\"", "\"OKR/1\"", "\"\""]),
                    T.Confidence => Pick(random, ["\"certain\"", "\"HIGH\"", "\"\""]),
                    _ => Pick(random, ["\"unknown\"", "\"\"", "\"" + prop.Choices![0].ToUpperInvariant() + "\""]),
                };
                expected = prop.Type == T.Format ? [DiagnosticCodes.UnsupportedFormat] : [DiagnosticCodes.UnknownEnumValue];
                target[name] = JsonValue.Create(Raw);
                break;
            case BreakKind.BadDate:
                replacement = Pick(random, ["\"2026-02-30\"", "\"2026-13-01\"", "\"20260101\"", "\"2026-1-5\"", "\"2026-01-01T00:00:00\"", "\"\""]);
                expected = [DiagnosticCodes.InvalidDate];
                target[name] = JsonValue.Create(Raw);
                break;
            case BreakKind.OutOfRange:
                replacement = Pick(random, ["1e400", "-1e400", "1e309"]);
                expected = [DiagnosticCodes.NumberOutOfRange];
                target[name] = JsonValue.Create(Raw);
                break;
            case BreakKind.NumberString:
                replacement = Pick(random, ["\"NaN\"", "\"Infinity\"", "\"-Infinity\""]);
                expected = [DiagnosticCodes.NotANumberString, DiagnosticCodes.WrongJsonType];
                target[name] = JsonValue.Create(Raw);
                break;
            case BreakKind.LoneSurrogate:
                replacement = Pick(random, ["\"\\uD800\"", "\"a\\uDC00b\"", "\"\\uD83D\""]);
                expected = [DiagnosticCodes.InvalidText];
                target[name] = JsonValue.Create(Raw);
                break;
            default:
                replacement = Pick(random, Extremes(prop.Type));
                expected = [];
                target[name] = JsonValue.Create(Raw);
                break;
        }
        var json = root.ToJsonString()
            .Replace("\"" + Raw + "\"", replacement, StringComparison.Ordinal)
            .Replace("\"" + DuplicateName + "\"", JsonSerializer.Serialize(name), StringComparison.Ordinal);
        return (json, new Break(breakKind, objectPath, name, replacement, expected));
    }

    private static List<BreakKind> Applicable(T type)
    {
        List<BreakKind> kinds = [BreakKind.WrongType, BreakKind.Null, BreakKind.Remove, BreakKind.Duplicate, BreakKind.CaseVariant];
        switch (type)
        {
            case T.Number:
                kinds.AddRange([BreakKind.OutOfRange, BreakKind.NumberString, BreakKind.Extreme, BreakKind.Extreme]);
                break;
            case T.String:
                kinds.AddRange([BreakKind.LoneSurrogate, BreakKind.Extreme]);
                break;
            case T.Date:
                kinds.AddRange([BreakKind.BadDate, BreakKind.Extreme]);
                break;
            case T.Enum or T.Format or T.Confidence:
                kinds.Add(BreakKind.BadEnum);
                break;
        }
        return kinds;
    }

    private static string[] WrongTypes(T type) => type switch
    {
        T.String => ["42", "true", "{}", "[]"],
        T.Number => ["\"7\"", "true", "{}", "[]"],
        T.Bool => ["1", "\"true\"", "{}", "[]", "0"],
        T.Date => ["20260101", "true", "{}", "[]"],
        T.Enum => ["3", "true", "{}", "[]"],
        T.IdList => ["{}", "\"x\"", "5", "[1]", "[null]"],
        T.List => ["{}", "\"x\"", "5", "true"],
        T.Object => ["[]", "\"metric\"", "5"],
        T.Confidence => ["true", "{}", "[]"],
        _ => ["1", "true", "{}"],
    };

    private static string[] Extremes(T type) => type switch
    {
        T.Number => ["1e308", "-1e308", "1.7976931348623157e308", "-1.7976931348623157e308", "5e-324", "-5e-324", "-0", "0", "1e-300", "123456789012345678901234567890"],
        T.String => ["\"\"", "\" \"", "\"" + new string('x', 10_000) + "\"", "\"\\u0000\"", "\"é😀\"", "\"\\\"\""],
        T.Date => ["\"0001-01-01\"", "\"9999-12-31\"", "\"2024-02-29\""],
        _ => ["null"],
    };

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];

    /// <summary>Every object of the format in the document, with its kind and path, by an explicit stack (no recursion).</summary>
    private static List<(JsonObject Node, string Kind, string Path)> Objects(JsonNode root)
    {
        var found = new List<(JsonObject, string, string)>();
        var stack = new Stack<(JsonObject, string, string)>();
        stack.Push(((JsonObject)root, "document", "$"));
        while (stack.Count > 0)
        {
            var (node, kind, path) = stack.Pop();
            found.Add((node, kind, path));
            foreach (var (name, value) in node)
            {
                if (!Schema[kind].TryGetValue(name, out var prop) || prop.Child is null) continue;
                if (prop.Type == T.Object && value is JsonObject child) stack.Push((child, prop.Child, $"{path}.{name}"));
                if (prop.Type == T.List && value is JsonArray array)
                {
                    for (var i = 0; i < array.Count; i++)
                    {
                        if (array[i] is JsonObject item) stack.Push((item, prop.Child, $"{path}.{name}[{i}]"));
                    }
                }
            }
        }
        return found;
    }
}
