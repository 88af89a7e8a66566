using System.Text.Json;
using Okr.Core.Diagnostics;

namespace Okr.Core.Interop;

/// <summary>
/// How another tool's spreadsheet maps onto Okr.Core's CSV template (<see cref="OkrCsv.Columns"/>): which source
/// column is which template column, which source values mean which template values, and defaults for cells the
/// sheet leaves empty or does not have. Source columns it does not map are kept on each row's item as
/// <c>x-csv-...</c> extensions. Read one from JSON with <see cref="Parse"/>; <see cref="Peoplebox"/> and
/// <see cref="Betterworks"/> are built in. The JSON shape is documented in <c>docs/import.md</c>.
/// </summary>
public sealed class CsvHeaderMap
{
    private CsvHeaderMap(string name, IReadOnlyDictionary<string, string> columns, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> values,
        IReadOnlyDictionary<string, string> defaults, char separator)
    {
        Name = name;
        Columns = columns;
        Values = values;
        Defaults = defaults;
        Separator = separator;
    }

    /// <summary>A name for messages: <c>template</c>, <c>peoplebox</c>, <c>betterworks</c>, or the file's.</summary>
    public string Name { get; }

    /// <summary>Source column header -> template column. Headers that are template columns map to themselves unless listed.</summary>
    public IReadOnlyDictionary<string, string> Columns { get; }

    /// <summary>Template column -> (source value -> template value), compared ignoring case.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Values { get; }

    /// <summary>Template column -> the value used when the cell is empty or the sheet has no such column (only on rows that use the column).</summary>
    public IReadOnlyDictionary<string, string> Defaults { get; }

    /// <summary>The separator between cells; default <c>,</c>.</summary>
    public char Separator { get; }

    /// <summary>Okr.Core's own template: the header names are the template's columns.</summary>
    public static CsvHeaderMap Template { get; } = new("template", Empty(), new Dictionary<string, IReadOnlyDictionary<string, string>>(), Empty(), ',');

    /// <summary>
    /// Peoplebox's goal sheet: <c>Row ID</c>, <c>Parent Row IDs</c>, <c>Goal Title</c>, <c>Owner Emails</c>, <c>Goal Cycle</c>,
    /// <c>Goal Type</c> (Objective / Key Result), <c>Starting Value</c>, <c>Target Value</c>, <c>Current Value</c>,
    /// <c>Check-in Type</c> (Auto Rollup / Manual / External Source); <c>Parent Goal IDs</c>, <c>Goal ID</c>, <c>Action</c>
    /// and <c>Scope</c> are Peoplebox's own and are kept as extensions.
    /// </summary>
    public static CsvHeaderMap Peoplebox { get; } = Parse("""
        {
          "name": "peoplebox",
          "columns": {
            "Row ID": "id", "Parent Row IDs": "parentIds", "Goal Title": "title", "Owner Emails": "ownerEmail",
            "Goal Cycle": "period", "Goal Type": "type", "Starting Value": "start", "Target Value": "target",
            "Current Value": "current", "Check-in Type": "progressSource"
          },
          "values": {
            "type": { "Objective": "objective", "Goal": "objective", "Key Result": "keyResult", "KR": "keyResult" },
            "progressSource": { "Auto Rollup": "rollup", "Manual": "measured", "External Source": "measured" }
          },
          "defaults": { "start": "0" }
        }
        """);

    /// <summary>
    /// Betterworks' goal sheet: <c>name</c>, <c>type</c> (goal / milestone), <c>progress</c> (percent), <c>start_date</c>,
    /// <c>end_date</c>, <c>owner_email</c>, <c>categories</c> (kept as an extension), <c>description</c>. It has no row ids
    /// or parent columns: a milestone belongs to the goal row above it, and its progress is a metric from 0 to 100 %.
    /// </summary>
    public static CsvHeaderMap Betterworks { get; } = Parse("""
        {
          "name": "betterworks",
          "columns": {
            "name": "title", "type": "type", "progress": "current", "start_date": "periodStart", "end_date": "periodEnd",
            "owner_email": "ownerEmail", "description": "description"
          },
          "values": { "type": { "goal": "objective", "milestone": "keyResult" } },
          "defaults": { "measure": "metric", "start": "0", "target": "100", "unit": "%" }
        }
        """);

    /// <summary>Reads a header map from its JSON form: <c>{"name", "separator", "columns": {...}, "values": {col: {...}}, "defaults": {...}}</c>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The map.</returns>
    /// <exception cref="OkrValidationException">The text is not JSON of that shape, or names a column the template does not have (code <c>OKR0614</c>).</exception>
    public static CsvHeaderMap Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var problems = new List<string>();
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Bad("the map must be a JSON object");
            var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "map";
            var separator = ',';
            if (root.TryGetProperty("separator", out var s))
            {
                if (s.ValueKind != JsonValueKind.String || s.GetString()!.Length != 1) problems.Add("'separator' must be one character");
                else separator = s.GetString()![0];
            }
            var columns = Strings(root, "columns", problems);
            foreach (var (source, target) in columns)
            {
                if (!OkrCsv.ColumnSet.Contains(target)) problems.Add($"column '{source}' maps to '{target}', which is no template column ({string.Join(", ", OkrCsv.Columns)})");
            }
            var values = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
            if (root.TryGetProperty("values", out var v))
            {
                if (v.ValueKind != JsonValueKind.Object) problems.Add("'values' must be an object of objects");
                else
                {
                    foreach (var column in v.EnumerateObject())
                    {
                        if (!OkrCsv.ColumnSet.Contains(column.Name)) problems.Add($"'values' names '{column.Name}', which is no template column");
                        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                        if (column.Value.ValueKind != JsonValueKind.Object) problems.Add($"'values.{column.Name}' must be an object of strings");
                        else
                        {
                            foreach (var pair in column.Value.EnumerateObject())
                            {
                                if (pair.Value.ValueKind == JsonValueKind.String) map[pair.Name] = pair.Value.GetString()!;
                                else problems.Add($"'values.{column.Name}.{pair.Name}' must be a string");
                            }
                        }
                        values[column.Name] = map;
                    }
                }
            }
            var defaults = Strings(root, "defaults", problems);
            foreach (var column in defaults.Keys)
            {
                if (!OkrCsv.ColumnSet.Contains(column)) problems.Add($"'defaults' names '{column}', which is no template column");
            }
            if (problems.Count > 0) throw Bad(string.Join("; ", problems));
            return new CsvHeaderMap(name, columns, values, defaults, separator);
        }
        catch (JsonException e)
        {
            throw Bad("not JSON: " + e.Message);
        }
    }

    /// <summary>The map of a built-in name (<c>template</c>, <c>peoplebox</c>, <c>betterworks</c>), or <see langword="null"/>.</summary>
    /// <param name="name">The name, ignoring case.</param>
    /// <returns>The built-in map, or <see langword="null"/> when the name is none of them.</returns>
    public static CsvHeaderMap? BuiltIn(string name) => name.ToUpperInvariant() switch
    {
        "TEMPLATE" => Template,
        "PEOPLEBOX" => Peoplebox,
        "BETTERWORKS" => Betterworks,
        _ => null,
    };

    private static OkrValidationException Bad(string why)
        => new("The CSV header map", [new Diagnostic(DiagnosticCodes.CsvBadMap, DiagnosticSeverity.Error, $"The header map is not valid: {why}.")]);

    private static Dictionary<string, string> Empty() => new(StringComparer.Ordinal);

    private static Dictionary<string, string> Strings(JsonElement root, string property, List<string> problems)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!root.TryGetProperty(property, out var element)) return result;
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"'{property}' must be an object of strings");
            return result;
        }
        foreach (var pair in element.EnumerateObject())
        {
            if (pair.Value.ValueKind == JsonValueKind.String) result[pair.Name] = pair.Value.GetString()!;
            else problems.Add($"'{property}.{pair.Name}' must be a string");
        }
        return result;
    }
}
