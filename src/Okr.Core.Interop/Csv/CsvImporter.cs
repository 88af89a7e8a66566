using System.Globalization;
using System.Text.Json;
using nietras.SeparatedValues;
using Okr.Core.Diagnostics;
using Okr.Core.Graph;
using Okr.Core.Interop.Viva;
using Okr.Core.Serialization;

namespace Okr.Core.Interop.Csv;

/// <summary>
/// Reads template CSV (through a header map) into a set: every cell problem is a diagnostic with the row's line and
/// the cell's 1-based column; rows with errors are left out of the set but never stop the other rows being checked.
/// </summary>
internal sealed class CsvImporter
{
    private readonly CsvHeaderMap _map;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<CsvRow> _rows = [];
    private int[] _templateToSource = [];
    private string[] _sourceHeaders = [];

    private CsvImporter(CsvHeaderMap map) => _map = map;

    /// <summary>One data row: its line, its cells by template column, and the cells of unmapped columns.</summary>
    private sealed class CsvRow(int line, string?[] cells, List<(string Header, string Value)> extra)
    {
        public int Line { get; } = line;

        public string?[] Cells { get; } = cells;

        public List<(string Header, string Value)> Extra { get; } = extra;

        public bool Bad { get; set; }

        public string Type { get; set; } = "";

        public string Id { get; set; } = "";
    }

    public static ImportResult Import(TextReader text, CsvHeaderMap map)
    {
        var importer = new CsvImporter(map);
        return importer.Run(text);
    }

    private ImportResult Run(TextReader text)
    {
        try
        {
            using var reader = Sep.New(_map.Separator).Reader(o => o with
            {
                Unescape = true,
                DisableColCountCheck = true,
                HasHeader = true,
                CultureInfo = CultureInfo.InvariantCulture,
            }).From(text);
            if (!ReadHeader(reader.Header.ColNames)) return new ImportResult(null, _diagnostics, null);
            foreach (var row in reader)
            {
                var cells = new string?[OkrCsv.Columns.Count];
                var extra = new List<(string, string)>();
                var empty = true;
                for (var i = 0; i < row.ColCount; i++)
                {
                    var value = row[i].ToString();
                    if (value.Length > 0) empty = false;
                    if (i >= _sourceHeaders.Length)
                    {
                        if (value.Length > 0)
                            Error(DiagnosticCodes.CsvBadValue, row.LineNumberFrom, i, null, $"the row has a cell past the last column of the header ({_sourceHeaders.Length} columns); give the column a header");
                        continue;
                    }
                    var target = Array.IndexOf(_templateToSource, i);
                    if (target >= 0) cells[target] = value;
                    else if (value.Length > 0) extra.Add((_sourceHeaders[i], value));
                }
                if (!empty) _rows.Add(new CsvRow(row.LineNumberFrom, cells, extra));
            }
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException or FormatException)
        {
            _diagnostics.Add(new Diagnostic(DiagnosticCodes.CsvBadValue, DiagnosticSeverity.Error, $"The CSV text cannot be read: {e.Message}"));
            return new ImportResult(null, _diagnostics, null);
        }
        var set = Build();
        if (_diagnostics.Any(static d => d.IsError)) return new ImportResult(null, _diagnostics, null);
        if (HasExtensions(set))
        {
            try
            {
                set = OkrJson.Read(OkrJson.Write(set));
            }
            catch (OkrValidationException e)
            {
                _diagnostics.AddRange(e.Diagnostics);
                return new ImportResult(null, _diagnostics, null);
            }
        }
        _diagnostics.AddRange(set.Compile().Diagnostics);
        return new ImportResult(set, _diagnostics, null);
    }

    private static bool HasExtensions(OkrSet set)
        => set.Extensions.Count > 0 || set.Owners.Any(o => o.Extensions.Count > 0) || set.Periods.Any(p => p.Extensions.Count > 0)
            || set.Objectives.Any(o => o.Extensions.Count > 0) || set.Alignments.Any(a => a.Extensions.Count > 0)
            || set.KeyResults.Any(k => k.Extensions.Count > 0 || k.Measure.Extensions.Count > 0 || k.CheckIns.Any(c => c.Extensions.Count > 0) || k.Checkpoints.Any(c => c.Extensions.Count > 0)
                || (k.Measure is MilestoneMeasure m && m.Steps.Any(s => s.Extensions.Count > 0)));

    private bool ReadHeader(IReadOnlyList<string> headers)
    {
        _sourceHeaders = [.. headers];
        _templateToSource = [.. Enumerable.Repeat(-1, OkrCsv.Columns.Count)];
        var ok = true;
        for (var i = 0; i < headers.Count; i++)
        {
            var header = headers[i];
            var column = _map.Columns.TryGetValue(header, out var mapped) ? mapped : OkrCsv.ColumnSet.Contains(header) ? header : null;
            if (column is null) continue;
            var at = IndexOf(column);
            if (_templateToSource[at] >= 0)
            {
                Error(DiagnosticCodes.CsvBadHeader, 1, i, null, $"the header gives the column '{column}' twice (also as column {_templateToSource[at] + 1}); keep one");
                ok = false;
                continue;
            }
            _templateToSource[at] = i;
        }
        if (headers.Count == 0 || (headers.Count == 1 && headers[0].Length == 0))
        {
            _diagnostics.Add(new Diagnostic(DiagnosticCodes.CsvBadHeader, DiagnosticSeverity.Error, "The CSV text has no header row.") { Line = 1, Column = 1 });
            return false;
        }
        foreach (var required in new[] { "title" })
        {
            if (_templateToSource[IndexOf(required)] < 0)
            {
                _diagnostics.Add(new Diagnostic(DiagnosticCodes.CsvBadHeader, DiagnosticSeverity.Error,
                    $"The header has no '{required}' column{(_map == CsvHeaderMap.Template ? "" : $" (nor one the '{_map.Name}' map turns into it)")}; the header is: {string.Join(", ", headers)}.") { Line = 1, Column = 1 });
                ok = false;
            }
        }
        return ok;
    }

    private static int IndexOf(string column)
    {
        for (var i = 0; i < OkrCsv.Columns.Count; i++)
        {
            if (OkrCsv.Columns[i] == column) return i;
        }
        throw new ArgumentOutOfRangeException(nameof(column), column, "No template column.");
    }

    private void Error(string code, int line, int sourceColumn, CsvRow? row, string message, DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        var name = sourceColumn >= 0 && sourceColumn < _sourceHeaders.Length ? $", column '{_sourceHeaders[sourceColumn]}'" : "";
        _diagnostics.Add(new Diagnostic(code, severity, $"Row {line}{name}: {message}.", row is null || row.Id.Length == 0 ? [] : [row.Id])
        {
            Line = line,
            Column = sourceColumn + 1,
        });
        if (row is not null && severity == DiagnosticSeverity.Error) row.Bad = true;
    }

    /// <summary>The cell of a template column: the source value (mapped through <see cref="CsvHeaderMap.Values"/>), else the default, else null.</summary>
    private string? Cell(CsvRow row, string column, bool useDefault = true)
    {
        var at = IndexOf(column);
        var value = row.Cells[at];
        if (!string.IsNullOrEmpty(value))
        {
            return _map.Values.TryGetValue(column, out var values) && values.TryGetValue(value.Trim(), out var mapped) ? mapped : value;
        }
        return useDefault && _map.Defaults.TryGetValue(column, out var fallback) ? fallback : null;
    }

    private int SourceColumn(string column) => _templateToSource[IndexOf(column)];

    private double? Number(CsvRow row, string column)
    {
        var text = Cell(row, column);
        if (text is null) return null;
        if (JsonValues.TryNumber(text, out var value)) return value;
        Error(DiagnosticCodes.CsvBadValue, row.Line, SourceColumn(column), row, $"'{text}' is not a number (write 2000, 2,000 or 12.5)");
        return null;
    }

    private DateOnly? Date(CsvRow row, string column)
    {
        var text = Cell(row, column);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        Error(DiagnosticCodes.CsvBadValue, row.Line, SourceColumn(column), row, $"'{text}' is not a date: write it as yyyy-MM-dd");
        return null;
    }

    private T? Choice<T>(CsvRow row, string column, T fallback, params (string Name, T Value)[] choices)
    {
        var text = Cell(row, column);
        if (text is null) return fallback;
        foreach (var (name, value) in choices)
        {
            if (string.Equals(name, text.Trim(), StringComparison.OrdinalIgnoreCase)) return value;
        }
        Error(DiagnosticCodes.CsvBadValue, row.Line, SourceColumn(column), row, $"'{text}' is none of {string.Join(", ", choices.Select(c => c.Name))}");
        return fallback;
    }

    private static List<string> List(string? cell)
        => cell is null ? [] : [.. cell.Split(';').Select(s => s.Trim()).Where(s => s.Length > 0)];

    private JsonElement? Json(CsvRow row, string column, JsonValueKind kind)
    {
        var text = Cell(row, column, useDefault: false);
        if (text is null) return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == kind) return document.RootElement.Clone();
            Error(DiagnosticCodes.CsvBadValue, row.Line, SourceColumn(column), row, $"the cell holds a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()} where a JSON {kind.ToString().ToLowerInvariant()} belongs");
        }
        catch (JsonException e)
        {
            Error(DiagnosticCodes.CsvBadValue, row.Line, SourceColumn(column), row, $"the cell is not JSON ({e.Message.Split(" Path:")[0]})");
        }
        return null;
    }

    private Dictionary<string, string> Extensions(CsvRow row, string column)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Json(row, column, JsonValueKind.Object) is { } json)
        {
            foreach (var property in json.EnumerateObject()) result[property.Name] = JsonValues.Compact(property.Value);
        }
        return result;
    }

    private Dictionary<string, string> ItemExtensions(CsvRow row)
    {
        var result = Extensions(row, "extensions");
        foreach (var (header, value) in row.Extra) result.TryAdd("x-csv-" + JsonValues.ExtensionName(header)["x-viva-".Length..], JsonValues.Quote(value));
        return result;
    }

    // ---- Building the set.

    private OkrSet Build()
    {
        string? setName = null;
        var setExtensions = new Dictionary<string, string>(StringComparer.Ordinal);
        var hasIds = SourceColumn("id") >= 0;
        var typeColumn = SourceColumn("type") >= 0 || _map.Defaults.ContainsKey("type");
        foreach (var row in _rows)
        {
            var type = Cell(row, "type")?.Trim().ToUpperInvariant() switch
            {
                "OBJECTIVE" or "O" => "objective",
                "KEYRESULT" or "KEY RESULT" or "KR" => "keyResult",
                "OWNER" => "owner",
                "PERIOD" => "period",
                "SET" => "set",
                null when !typeColumn => "objective",
                null => null,
                var other => "?" + other,
            };
            if (type is null || type.StartsWith('?'))
            {
                Error(type is null ? DiagnosticCodes.CsvMissingValue : DiagnosticCodes.CsvBadValue, row.Line, SourceColumn("type"), row,
                    type is null ? "the row has no type (objective, keyResult, owner, period or set)" : $"'{Cell(row, "type")}' is none of objective, keyResult, owner, period, set");
                continue;
            }
            row.Type = type;
            row.Id = Cell(row, "id", useDefault: false)?.Trim() ?? "";
            if (row.Id.Length == 0 && type != "set")
            {
                if (hasIds) Error(DiagnosticCodes.CsvMissingValue, row.Line, SourceColumn("id"), row, "the row has no id");
                else row.Id = "row-" + row.Line.ToString(CultureInfo.InvariantCulture);
            }
        }
        var owners = new List<Owner>();
        var periods = new List<Period>();
        var objectives = new List<(CsvRow Row, Objective Objective, List<string> Parents)>();
        var keyResults = new List<(CsvRow Row, KeyResult KeyResult, List<string> Parents)>();
        var ownerIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var periodIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var nodeIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var ownerParents = new List<(CsvRow Row, string Parent)>();
        var periodParents = new List<(CsvRow Row, string Parent)>();
        string? lastObjective = null;
        foreach (var row in _rows)
        {
            if (row.Type.Length == 0 || row.Bad) continue;
            switch (row.Type)
            {
                case "set":
                    setName = Cell(row, "title") is { Length: > 0 } n ? n : null;
                    foreach (var (k, v) in ItemExtensions(row)) setExtensions[k] = v;
                    break;
                case "owner":
                    if (!Unique(ownerIds, row, "owner")) break;
                    var kind = Choice(row, "ownerKind", OwnerKind.Team, ("company", OwnerKind.Company), ("department", OwnerKind.Department), ("team", OwnerKind.Team), ("individual", OwnerKind.Individual));
                    var ownerParent = Cell(row, "parentIds")?.Trim();
                    if (!string.IsNullOrEmpty(ownerParent)) ownerParents.Add((row, ownerParent));
                    owners.Add(new Owner { Id = row.Id, Name = Blank(Cell(row, "title")), Kind = kind, ParentId = Blank(ownerParent), Extensions = ItemExtensions(row) });
                    break;
                case "period":
                    if (!Unique(periodIds, row, "period")) break;
                    var start = Date(row, "periodStart");
                    var end = Date(row, "periodEnd");
                    if (start is null || end is null)
                    {
                        if (!row.Bad) Error(DiagnosticCodes.CsvMissingValue, row.Line, SourceColumn(start is null ? "periodStart" : "periodEnd"), row, "a period row needs periodStart and periodEnd");
                        break;
                    }
                    var periodParent = Cell(row, "parentIds")?.Trim();
                    if (!string.IsNullOrEmpty(periodParent)) periodParents.Add((row, periodParent));
                    periods.Add(new Period { Id = row.Id, Name = Blank(Cell(row, "title")), Start = start.Value, End = end.Value, ParentId = Blank(periodParent), Extensions = ItemExtensions(row) });
                    break;
                case "objective":
                    if (!Unique(nodeIds, row, "objective or key result")) break;
                    lastObjective = row.Id;
                    objectives.Add(ReadObjective(row));
                    break;
                default:
                    if (!Unique(nodeIds, row, "objective or key result")) break;
                    var parents = List(Cell(row, "parentIds"));
                    if (parents.Count == 0 && SourceColumn("parentIds") < 0 && lastObjective is not null) parents.Add(lastObjective);
                    if (parents.Count == 0)
                    {
                        Error(DiagnosticCodes.CsvMissingValue, row.Line, SourceColumn("parentIds"), row, "a key result row needs its objective's id in parentIds");
                        break;
                    }
                    if (ReadKeyResult(row, parents[0]) is { } kr) keyResults.Add((row, kr, parents));
                    break;
            }
        }
        // Owners and periods named by objectives and key results but not defined by a row are made here.
        var implicitOwners = new List<Owner>();
        var implicitPeriods = new List<Period>();
        var finalObjectives = new List<Objective>();
        foreach (var (row, objective, _) in objectives)
        {
            foreach (var owner in objective.OwnerIds) MakeOwner(owner, ownerIds, implicitOwners, row);
            var resolved = objective;
            if (objective.PeriodId is { } period && !periodIds.ContainsKey(period))
            {
                if (MakePeriod(row, period) is { } made)
                {
                    implicitPeriods.Add(made);
                    periodIds[period] = row.Line;
                }
                else
                {
                    _diagnostics.Add(new Diagnostic(DiagnosticCodes.CsvBadReference, DiagnosticSeverity.Warning,
                        $"Row {row.Line}: the period '{period}' has no period row, no dates and no name like 'Q1 2026' or '2026'; the objective has no period and the name is kept in its x-csv-period extension.", row.Id)
                    { Line = row.Line, Column = SourceColumn("period") + 1 });
                    resolved = objective with { PeriodId = null, Extensions = new Dictionary<string, string>(objective.Extensions, StringComparer.Ordinal) { ["x-csv-period"] = JsonValues.Quote(period) } };
                }
            }
            finalObjectives.Add(resolved);
        }
        foreach (var (row, kr, _) in keyResults)
        {
            if (kr.OwnerId is { } owner) MakeOwner(owner, ownerIds, implicitOwners, row);
        }
        foreach (var (row, parent) in ownerParents)
        {
            if (!ownerIds.ContainsKey(parent)) Error(DiagnosticCodes.CsvBadReference, row.Line, SourceColumn("parentIds"), row, $"the parent owner '{parent}' has no owner row");
        }
        foreach (var (row, parent) in periodParents)
        {
            if (!periodIds.ContainsKey(parent)) Error(DiagnosticCodes.CsvBadReference, row.Line, SourceColumn("parentIds"), row, $"the parent period '{parent}' has no period row");
        }
        // Alignments and links, with every unknown parent reported at its row.
        var alignments = new List<Alignment>();
        var keyResultIds = new HashSet<string>(keyResults.Select(k => k.Row.Id), StringComparer.Ordinal);
        foreach (var (row, objective, parents) in objectives)
        {
            var alignmentExtensions = Json(row, "alignmentExtensions", JsonValueKind.Object);
            var kinds = List(Cell(row, "alignment"));
            var weights = List(Cell(row, "weight"));
            if (kinds.Count > 1 && kinds.Count != parents.Count)
                Error(DiagnosticCodes.CsvBadValue, row.Line, SourceColumn("alignment"), row, $"{kinds.Count} alignment kinds for {parents.Count} parents: give one kind for all, or one per parent");
            if (weights.Count > 1 && weights.Count != parents.Count)
                Error(DiagnosticCodes.CsvBadValue, row.Line, SourceColumn("weight"), row, $"{weights.Count} weights for {parents.Count} parents: give one weight for all, or one per parent");
            for (var i = 0; i < parents.Count; i++)
            {
                var parent = parents[i];
                if (!nodeIds.TryGetValue(parent, out var parentRow))
                {
                    Error(DiagnosticCodes.CsvBadReference, row.Line, SourceColumn("parentIds"), row, $"the parent '{parent}' has no objective or key result row");
                    continue;
                }
                var parentIsKeyResult = keyResultIds.Contains(parent);
                var kindText = kinds.Count == 0 ? null : kinds.Count == 1 ? kinds[0] : i < kinds.Count ? kinds[i] : null;
                AlignmentKind kind;
                if (kindText is null) kind = parentIsKeyResult ? AlignmentKind.Cascaded : AlignmentKind.BottomUp;
                else
                {
                    var found = Enum.GetValues<AlignmentKind>().Where(k => string.Equals(CsvExporter.Camel(k.ToString()), kindText, StringComparison.OrdinalIgnoreCase)).ToList();
                    if (found.Count == 0)
                    {
                        Error(DiagnosticCodes.CsvBadValue, row.Line, SourceColumn("alignment"), row, $"'{kindText}' is none of cascaded, localized, bottomUp, shared");
                        continue;
                    }
                    kind = found[0];
                }
                var weightText = weights.Count == 0 ? null : weights.Count == 1 ? weights[0] : i < weights.Count ? weights[i] : null;
                var weight = 1.0;
                if (weightText is not null && !JsonValues.TryNumber(weightText, out weight))
                {
                    Error(DiagnosticCodes.CsvBadValue, row.Line, SourceColumn("weight"), row, $"'{weightText}' is not a number");
                    continue;
                }
                _ = parentRow;
                var extensions = new Dictionary<string, string>(StringComparer.Ordinal);
                if (alignmentExtensions is { } all && all.TryGetProperty(parent, out var mine) && mine.ValueKind == JsonValueKind.Object)
                {
                    foreach (var property in mine.EnumerateObject()) extensions[property.Name] = JsonValues.Compact(property.Value);
                }
                alignments.Add(new Alignment { ChildId = objective.Id, ParentId = parent, Kind = kind, Weight = weight, Extensions = extensions });
            }
        }
        var objectiveRows = new HashSet<string>(objectives.Select(o => o.Row.Id), StringComparer.Ordinal);
        var links = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (row, kr, parents) in keyResults)
        {
            for (var i = 0; i < parents.Count; i++)
            {
                if (!objectiveRows.Contains(parents[i]))
                {
                    Error(DiagnosticCodes.CsvBadReference, row.Line, SourceColumn("parentIds"), row, $"'{parents[i]}' has no objective row (a key result's parentIds are its objective, then the objectives that link it)");
                    continue;
                }
                if (i == 0) continue;
                if (!links.TryGetValue(parents[i], out var list)) links[parents[i]] = list = [];
                list.Add(kr.Id);
            }
        }
        return new OkrSet
        {
            Name = setName,
            Owners = [.. owners, .. implicitOwners],
            Periods = [.. periods, .. implicitPeriods],
            Objectives = [.. finalObjectives.Select(o => links.TryGetValue(o.Id, out var l) ? o with { LinkedKeyResultIds = l } : o)],
            KeyResults = [.. keyResults.Select(k => k.KeyResult)],
            Alignments = alignments,
            Extensions = setExtensions,
        };
    }

    private bool Unique(Dictionary<string, int> ids, CsvRow row, string what)
    {
        if (ids.TryAdd(row.Id, row.Line)) return true;
        Error(DiagnosticCodes.CsvBadReference, row.Line, SourceColumn("id"), row, $"the id '{row.Id}' is already the id of the {what} on row {ids[row.Id]}");
        return false;
    }

    private static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static void MakeOwner(string id, Dictionary<string, int> ids, List<Owner> made, CsvRow row)
    {
        if (!ids.TryAdd(id, row.Line)) return;
        var email = id.Contains('@', StringComparison.Ordinal);
        made.Add(new Owner { Id = id, Kind = email ? OwnerKind.Individual : OwnerKind.Team });
    }

    private Period? MakePeriod(CsvRow row, string id)
    {
        var start = Date(row, "periodStart");
        var end = Date(row, "periodEnd");
        if (start is { } s && end is { } e) return new Period { Id = id, Start = s, End = e };
        var text = id.Trim();
        var parts = text.Replace("-", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int year;
        if (parts.Length == 2 && parts[0].Length == 2 && (parts[0][0] is 'Q' or 'q') && parts[0][1] is >= '1' and <= '4' && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is > 1900 and < 3000)
            return Period.Quarter(year, parts[0][1] - '0', id) with { Name = text };
        if (parts.Length == 2 && parts[1].Length == 2 && (parts[1][0] is 'Q' or 'q') && parts[1][1] is >= '1' and <= '4' && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is > 1900 and < 3000)
            return Period.Quarter(year, parts[1][1] - '0', id) with { Name = text };
        var last = parts.Length > 0 ? parts[^1] : "";
        if (last.StartsWith("FY", StringComparison.OrdinalIgnoreCase)) last = last[2..];
        if ((parts.Length == 1 || (parts.Length == 2 && parts[0] is "Annual" or "Year" or "FY")) && int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is > 1900 and < 3000)
            return Period.Year(year, id) with { Name = text };
        return null;
    }

    private (CsvRow, Objective, List<string>) ReadObjective(CsvRow row)
    {
        var owners = List(Cell(row, "owner"));
        if (owners.Count == 0) owners = List(Cell(row, "ownerEmail"));
        var period = Blank(Cell(row, "period")?.Trim());
        if (period is null && Date(row, "periodStart") is { } s && Date(row, "periodEnd") is { } e)
            period = s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".." + e.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var sourceText = Cell(row, "progressSource");
        var source = sourceText?.Trim().ToUpperInvariant() switch
        {
            null or "KEYRESULTS" or "MEASURED" or "MANUAL" => ProgressSource.KeyResults,
            "CHILDREN" => ProgressSource.Children,
            "BOTH" or "ROLLUP" => ProgressSource.Both,
            _ => Bad(row, "progressSource", $"'{sourceText}' is none of keyResults, children, both (or rollup)", ProgressSource.KeyResults),
        };
        var objective = new Objective
        {
            Id = row.Id,
            Title = Cell(row, "title") ?? "",
            Description = Blank(Cell(row, "description")),
            OwnerIds = owners,
            PeriodId = period,
            Commitment = Choice(row, "commitment", Commitment.Committed, ("committed", Commitment.Committed), ("aspirational", Commitment.Aspirational)),
            ProgressSource = source,
            Strategy = Blank(Cell(row, "strategy")),
            WeightByTarget = Choice(row, "weightByTarget", false, ("true", true), ("false", false), ("yes", true), ("no", false)),
            ManualProgress = Number(row, "manualProgress"),
            Extensions = KeepUnused(row, ItemExtensions(row), "measure", "start", "target", "current", "unit", "steps", "checkIns", "checkpoints", "measureExtensions", "ownerKind"),
        };
        return (row, objective, List(Cell(row, "parentIds")));
    }

    /// <summary>Cells of columns a row's type does not use are kept as <c>x-csv-...</c> extensions (values from defaults are not).</summary>
    private Dictionary<string, string> KeepUnused(CsvRow row, Dictionary<string, string> extensions, params string[] columns)
    {
        foreach (var column in columns)
        {
            if (Cell(row, column, useDefault: false) is { Length: > 0 } value)
                extensions.TryAdd("x-csv-" + JsonValues.ExtensionName(_sourceHeaders[SourceColumn(column)])["x-viva-".Length..], JsonValues.Quote(value));
        }
        return extensions;
    }

    private T Bad<T>(CsvRow row, string column, string message, T fallback)
    {
        Error(DiagnosticCodes.CsvBadValue, row.Line, SourceColumn(column), row, message);
        return fallback;
    }

    private KeyResult? ReadKeyResult(CsvRow row, string objectiveId)
    {
        var sourceText = Cell(row, "progressSource");
        var derived = sourceText?.Trim().ToUpperInvariant() switch
        {
            null or "MEASURED" or "MANUAL" => false,
            "DERIVED" or "ROLLUP" => true,
            _ => Bad(row, "progressSource", $"'{sourceText}' is none of measured, derived (or rollup)", false),
        };
        var owner = Blank(Cell(row, "owner")?.Trim()) ?? List(Cell(row, "ownerEmail")).FirstOrDefault();
        var measure = ReadMeasure(row);
        var checkIns = new List<CheckIn>();
        if (Json(row, "checkIns", JsonValueKind.Array) is { } ci)
        {
            foreach (var item in ci.EnumerateArray())
            {
                if (ReadDated(row, "checkIns", item, out var date, out var value, out var extensions, "confidence", "note") is false) continue;
                Confidence? confidence = null;
                if (item.TryGetProperty("confidence", out var c))
                {
                    if (c.ValueKind == JsonValueKind.Number) confidence = Confidence.FromScore(c.GetDouble());
                    else if (c.ValueKind == JsonValueKind.String && Enum.TryParse<ConfidenceLevel>(c.GetString(), ignoreCase: true, out var level) && char.IsLower(c.GetString()![0])) confidence = Confidence.FromLevel(level);
                    else Error(DiagnosticCodes.CsvBadValue, row.Line, SourceColumn("checkIns"), row, $"a check-in's confidence {JsonValues.Show(c)} is neither a number nor low, medium or high");
                }
                var note = item.TryGetProperty("note", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                checkIns.Add(new CheckIn { Date = date, Value = value, Confidence = confidence, Note = note, Extensions = extensions });
            }
        }
        var checkpoints = new List<Checkpoint>();
        if (Json(row, "checkpoints", JsonValueKind.Array) is { } cp)
        {
            foreach (var item in cp.EnumerateArray())
            {
                if (ReadDated(row, "checkpoints", item, out var date, out var value, out var extensions)) checkpoints.Add(new Checkpoint { Date = date, Value = value, Extensions = extensions });
            }
        }
        if (measure is null) return null;
        return new KeyResult
        {
            Id = row.Id,
            Title = Cell(row, "title") ?? "",
            Description = Blank(Cell(row, "description")),
            ObjectiveId = objectiveId,
            OwnerId = owner,
            Weight = Number(row, "weight") ?? 1,
            Derived = derived,
            Measure = measure,
            CheckIns = checkIns,
            Checkpoints = checkpoints,
            Extensions = KeepUnused(row, ItemExtensions(row), "alignment", "alignmentExtensions", "ownerKind", "commitment", "strategy", "weightByTarget", "manualProgress"),
        };
    }

    private bool ReadDated(CsvRow row, string column, JsonElement item, out DateOnly date, out double value, out Dictionary<string, string> extensions, params string[] known)
    {
        date = default;
        value = 0;
        extensions = new Dictionary<string, string>(StringComparer.Ordinal);
        if (item.ValueKind != JsonValueKind.Object
            || !item.TryGetProperty("date", out var d) || d.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            || !item.TryGetProperty("value", out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out value) || !double.IsFinite(value))
        {
            Error(DiagnosticCodes.CsvBadValue, row.Line, SourceColumn(column), row, $"{JsonValues.Show(item)} is not an object with a date (yyyy-MM-dd) and a numeric value");
            return false;
        }
        foreach (var property in item.EnumerateObject())
        {
            if (property.Name is "date" or "value" || known.Contains(property.Name)) continue;
            extensions[property.Name] = JsonValues.Compact(property.Value);
        }
        return true;
    }

    private Measure? ReadMeasure(CsvRow row)
    {
        var kind = Cell(row, "measure")?.Trim();
        var target = Number(row, "target");
        var current = Number(row, "current");
        var unit = Blank(Cell(row, "unit"));
        var extensions = Extensions(row, "measureExtensions");
        kind ??= target is null ? "baseline" : "metric";
        switch (kind.ToUpperInvariant())
        {
            case "METRIC":
                var start = Number(row, "start");
                if (target is null || start is null)
                {
                    // A cell that is there but is no number was reported already; only an empty one is missing.
                    if (Cell(row, target is null ? "target" : "start") is not null) return null;
                    Error(DiagnosticCodes.CsvMissingValue, row.Line, SourceColumn(target is null ? "target" : "start"), row, "a metric needs a start and a target");
                    return null;
                }
                return new MetricMeasure { Start = start.Value, Target = target.Value, Current = current, Unit = unit, Extensions = extensions };
            case "ATLEAST" or "ATMOST":
                if (target is null)
                {
                    if (Cell(row, "target") is not null) return null;
                    Error(DiagnosticCodes.CsvMissingValue, row.Line, SourceColumn("target"), row, "a threshold needs its limit in target");
                    return null;
                }
                var direction = kind.Equals("atLeast", StringComparison.OrdinalIgnoreCase) ? ThresholdDirection.AtLeast : ThresholdDirection.AtMost;
                return new ThresholdMeasure { Direction = direction, Limit = target.Value, Current = current, Unit = unit, Extensions = extensions };
            case "MILESTONES" or "BINARY":
                var steps = new List<Milestone>();
                if (Json(row, "steps", JsonValueKind.Array) is { } array)
                {
                    foreach (var step in array.EnumerateArray())
                    {
                        if (step.ValueKind != JsonValueKind.Object || !step.TryGetProperty("title", out var t) || t.ValueKind != JsonValueKind.String)
                        {
                            Error(DiagnosticCodes.CsvBadValue, row.Line, SourceColumn("steps"), row, $"{JsonValues.Show(step)} is not a step with a title");
                            continue;
                        }
                        var weight = step.TryGetProperty("weight", out var w) && w.ValueKind == JsonValueKind.Number && w.TryGetDouble(out var wv) ? wv : 1;
                        var done = step.TryGetProperty("done", out var dn) && dn.ValueKind == JsonValueKind.True;
                        DateOnly? doneOn = step.TryGetProperty("doneOn", out var on) && on.ValueKind == JsonValueKind.String
                            && DateOnly.TryParseExact(on.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
                        var stepExtensions = new Dictionary<string, string>(StringComparer.Ordinal);
                        foreach (var property in step.EnumerateObject())
                        {
                            if (property.Name is not ("title" or "weight" or "done" or "doneOn")) stepExtensions[property.Name] = JsonValues.Compact(property.Value);
                        }
                        steps.Add(new Milestone { Title = t.GetString()!, Weight = weight, Done = done, DoneOn = doneOn, Extensions = stepExtensions });
                    }
                }
                else if (kind.Equals("binary", StringComparison.OrdinalIgnoreCase))
                {
                    steps.Add(new Milestone { Title = Cell(row, "title") ?? row.Id, Done = current >= 1 });
                }
                return new MilestoneMeasure { Steps = steps, Extensions = extensions };
            case "BASELINE":
                return new BaselineMeasure { Unit = unit, Extensions = extensions };
            default:
                Error(DiagnosticCodes.CsvBadValue, row.Line, SourceColumn("measure"), row, $"'{kind}' is none of metric, atLeast, atMost, milestones, binary, baseline");
                return null;
        }
    }
}
