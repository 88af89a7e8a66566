using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Okr.Core.Tests.Support;

/// <summary>
/// A small JSON Schema (2020-12) validator for exactly the keywords <c>docs/okr.schema.json</c> uses: type (one or a
/// list), required, properties, additionalProperties (boolean or schema), enum, const, items, $ref to <c>#/$defs/...</c>,
/// minimum, maximum, pattern and oneOf; annotations ($schema, title, description) are skipped. Any other keyword makes
/// it throw, so the schema cannot quietly rely on something this validator does not check.
/// </summary>
public sealed class MiniJsonSchema
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "title", "description", "$comment", "$defs"];

    private readonly JsonElement _root;

    public MiniJsonSchema(JsonElement root) => _root = root.Clone();

    public static MiniJsonSchema Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return new MiniJsonSchema(document.RootElement);
    }

    /// <summary>Every violation, as "path: problem"; empty when the instance is valid.</summary>
    public List<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Validate(_root, instance, "$", errors);
        return errors;
    }

    public List<string> Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Validate(document.RootElement);
    }

    private static readonly HashSet<string> Checked =
        ["$ref", "type", "required", "properties", "additionalProperties", "items", "enum", "const", "minimum", "maximum", "pattern", "oneOf"];

    /// <summary>Every keyword anywhere in the schema, outside the ones this validator checks or skips as annotations.</summary>
    public List<string> UncheckedKeywords()
    {
        var found = new List<string>();
        var pending = new Stack<JsonElement>();
        pending.Push(_root);
        while (pending.Count > 0)
        {
            var schema = pending.Pop();
            if (schema.ValueKind != JsonValueKind.Object) continue;
            foreach (var keyword in schema.EnumerateObject())
            {
                switch (keyword.Name)
                {
                    case "properties" or "$defs":
                        foreach (var child in keyword.Value.EnumerateObject()) pending.Push(child.Value);
                        break;
                    case "items" or "additionalProperties":
                        pending.Push(keyword.Value);
                        break;
                    case "oneOf":
                        foreach (var branch in keyword.Value.EnumerateArray()) pending.Push(branch);
                        break;
                    default:
                        if (!Checked.Contains(keyword.Name) && !Annotations.Contains(keyword.Name)) found.Add(keyword.Name);
                        break;
                }
            }
        }
        return found;
    }

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/$defs/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal)) throw new NotSupportedException("Only #/$defs/ references are supported: " + reference);
        return _root.GetProperty("$defs").GetProperty(reference[prefix.Length..]);
    }

    private void Validate(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True) return;
        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: no value is allowed here");
            return;
        }
        foreach (var keyword in schema.EnumerateObject())
        {
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "$ref":
                    Validate(Resolve(value.GetString()!), instance, path, errors);
                    break;
                case "type":
                    var types = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(t => t.GetString()!).ToList() : [value.GetString()!];
                    if (!types.Any(t => HasType(instance, t))) errors.Add($"{path}: expected {string.Join(" or ", types)}, found {instance.ValueKind}");
                    break;
                case "required":
                    if (instance.ValueKind != JsonValueKind.Object) break;
                    foreach (var name in value.EnumerateArray())
                    {
                        if (!instance.TryGetProperty(name.GetString()!, out _)) errors.Add($"{path}: missing required property '{name.GetString()}'");
                    }
                    break;
                case "properties":
                    if (instance.ValueKind != JsonValueKind.Object) break;
                    foreach (var property in value.EnumerateObject())
                    {
                        if (instance.TryGetProperty(property.Name, out var child)) Validate(property.Value, child, path + "." + property.Name, errors);
                    }
                    break;
                case "additionalProperties":
                    if (instance.ValueKind != JsonValueKind.Object) break;
                    var known = schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => p.Name).ToHashSet() : [];
                    foreach (var property in instance.EnumerateObject())
                    {
                        if (!known.Contains(property.Name)) Validate(value, property.Value, path + "." + property.Name, errors);
                    }
                    break;
                case "items":
                    if (instance.ValueKind != JsonValueKind.Array) break;
                    var index = 0;
                    foreach (var item in instance.EnumerateArray()) Validate(value, item, $"{path}[{index++}]", errors);
                    break;
                case "enum":
                    if (!value.EnumerateArray().Any(option => SameJson(option, instance))) errors.Add($"{path}: {instance.GetRawText()} is not one of {value.GetRawText()}");
                    break;
                case "const":
                    if (!SameJson(value, instance)) errors.Add($"{path}: expected {value.GetRawText()}, found {instance.GetRawText()}");
                    break;
                case "minimum":
                    if (instance.ValueKind == JsonValueKind.Number && instance.GetDouble() < value.GetDouble()) errors.Add($"{path}: {instance.GetRawText()} is below the minimum {value.GetRawText()}");
                    break;
                case "maximum":
                    if (instance.ValueKind == JsonValueKind.Number && instance.GetDouble() > value.GetDouble()) errors.Add($"{path}: {instance.GetRawText()} is above the maximum {value.GetRawText()}");
                    break;
                case "pattern":
                    if (instance.ValueKind == JsonValueKind.String && !Regex.IsMatch(instance.GetString()!, value.GetString()!, RegexOptions.ECMAScript | RegexOptions.CultureInvariant))
                        errors.Add($"{path}: \"{instance.GetString()}\" does not match {value.GetString()}");
                    break;
                case "oneOf":
                    var matches = 0;
                    var branchErrors = new List<string>();
                    foreach (var branch in value.EnumerateArray())
                    {
                        var errorsOfBranch = new List<string>();
                        Validate(branch, instance, path, errorsOfBranch);
                        if (errorsOfBranch.Count == 0) matches++;
                        else branchErrors.AddRange(errorsOfBranch);
                    }
                    if (matches != 1)
                        errors.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: matches {matches} of the oneOf branches, not exactly one ({string.Join("; ", branchErrors.Take(4))})"));
                    break;
                default:
                    if (!Annotations.Contains(keyword.Name)) throw new NotSupportedException($"The schema uses '{keyword.Name}', which this validator does not check.");
                    break;
            }
        }
    }

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetInt64(out _),
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException("Unknown type " + type),
    };

    // JsonElement.DeepEquals is .NET 9+; JsonNode.DeepEquals runs on net8.0 too.
    private static bool SameJson(JsonElement a, JsonElement b)
        => System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(a.GetRawText()), System.Text.Json.Nodes.JsonNode.Parse(b.GetRawText()));
}
