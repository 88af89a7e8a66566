using System.Globalization;
using System.Text;
using Okr.Core.Diagnostics;
using Okr.Core.Graph;
using Okr.Core.Interop.Viva;
using Okr.Core.Rollup;
using Okr.Core.Serialization;

namespace Okr.Core.Interop;

/// <summary>
/// Imports a Microsoft Viva Goals whole-organisation export (its folder of JSON files, or the zip of it) into an
/// <see cref="OkrSet"/>, keeping every field it does not map as an <c>x-viva-...</c> extension, and reports what it
/// did in a <see cref="FidelityReport"/>. The mapping is documented in <c>docs/import.md</c>.
/// </summary>
/// <example>
/// <code>
/// var import = VivaGoalsImport.Read("viva-goals-export");
/// Console.Error.Write(import.Fidelity!.ToText());
/// OkrJson.WriteFile(import.ThrowIfFailed(), "okrs.json");
/// </code>
/// </example>
public static class VivaGoalsImport
{
    /// <summary>
    /// Reads an export folder or zip. Files are found by kind from their names (<c>objectives_export_file_...json</c>,
    /// <c>checkins_...</c>, <c>comments_...</c>, <c>Teams_...</c>, <c>TimePeriods_...</c>, <c>Users_...</c>,
    /// <c>Tags_...</c>). Damaged content is reported as diagnostics (codes <c>OKR06xx</c>), never thrown; the set's
    /// compile diagnostics follow them.
    /// </summary>
    /// <param name="path">The export folder, or a zip file of it.</param>
    /// <returns>The set, the diagnostics and the fidelity report (the report is there whenever objectives were read).</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="IOException">A file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    public static ImportResult Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var diagnostics = new List<Diagnostic>();
        using var export = VivaExport.Read(path, diagnostics);
        if (diagnostics.Any(static d => d.IsError)) return new ImportResult(null, diagnostics, null);
        var mapper = new VivaMapper(export, diagnostics);
        var mapped = mapper.Map();
        OkrSet set;
        try
        {
            // Through okr/1 once, so the set is exactly what a document of it reads back as (extension text normalized).
            set = OkrJson.Read(OkrJson.Write(mapped));
        }
        catch (OkrValidationException e)
        {
            diagnostics.AddRange(e.Diagnostics);
            return new ImportResult(null, diagnostics, null);
        }
        var compiled = set.Compile();
        diagnostics.AddRange(compiled.Diagnostics);
        var progress = compiled.Graph is { } graph ? Compare(graph.Rollup(mapper.AsOf)) : [];
        var source = export.Organisation is { } org
            ? $"Viva Goals export of organisation {org}" + (export.TakenAt is { } at ? $" taken {at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}" : "")
            : "Viva Goals export";
        var report = new FidelityReport(source, mapper.AsOf, mapper.Counts(), mapper.Items, progress);
        return new ImportResult(set, diagnostics, report);
    }

    /// <summary>Viva's recorded progress against Okr.Core's, for every objective and key result that recorded one.</summary>
    private static List<ProgressComparison> Compare(RollupResult rollup)
    {
        var list = new List<ProgressComparison>();
        var graph = rollup.Graph;
        foreach (var node in graph.Nodes)
        {
            var extensions = node.Objective?.Extensions ?? node.KeyResult!.Extensions;
            if (!extensions.TryGetValue("x-viva-progress", out var text)
                || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var recorded)) continue;
            var okr = rollup[node].Progress;
            double? source = recorded / 100.0;
            string why;
            if (node.Objective is { } objective)
            {
                why = objective.ManualProgress is not null
                    ? "manual progress, carried over as Viva recorded it"
                    : Inputs(rollup, node) + (recorded > 100 ? $"; Viva let progress pass 100% ({VivaMapper.Format(recorded)}%), Okr.Core clamps every input to [0, 1]" : "");
            }
            else
            {
                var kr = node.KeyResult!;
                switch (kr.Measure)
                {
                    case MilestoneMeasure m:
                        why = $"a project is one milestone: {(m.Steps.All(s => s.Done) ? "done, 100%" : "not done, 0% until it is")}";
                        break;
                    case MetricMeasure metric when !metric.Extensions.ContainsKey("x-viva-metric-unit"):
                        why = $"a percentage: its latest value{(kr.CheckIns.Count == 0 && metric.Current is null ? " (none: not measured)" : "")}";
                        break;
                    case MetricMeasure metric:
                        source = null;
                        why = $"Viva's Progress {VivaMapper.Format(recorded)} is the metric's current value, not a percent; Okr.Core: (value - {VivaMapper.Format(metric.Start)}) / ({VivaMapper.Format(metric.Target)} - {VivaMapper.Format(metric.Start)})" +
                            (rollup[node].RawProgress > 1 ? ", clamped to 100%" : "");
                        break;
                    case ThresholdMeasure threshold:
                        source = null;
                        why = $"Viva's Progress {VivaMapper.Format(recorded)} is the current value; the threshold ({(threshold.Direction == ThresholdDirection.AtLeast ? "at least" : "at most")} {VivaMapper.Format(threshold.Limit)}) is {(okr >= 1 ? "met: 100%" : "not met: 0%")}";
                        break;
                    default:
                        source = null;
                        why = $"Viva's Progress {VivaMapper.Format(recorded)}; the key result is not measured in Okr.Core (no usable outcome)";
                        break;
                }
                if (kr.Derived) why = Inputs(rollup, node);
            }
            list.Add(new ProgressComparison { Id = node.Id, Title = node.Title, SourceProgress = source, OkrProgress = okr, Explanation = why });
        }
        return list;
    }

    private static string Inputs(RollupResult rollup, OkrNode node)
    {
        var counted = new StringBuilder();
        var ignored = new List<string>();
        var objective = node.Objective;
        foreach (var edge in node.InputEdges)
        {
            var child = edge.Child;
            var usesChild = objective is null || child.Kind == NodeKind.KeyResult
                ? objective?.ProgressSource != ProgressSource.Children
                : objective.ProgressSource != ProgressSource.KeyResults;
            var progress = rollup[child].Progress;
            if (edge.Weight <= 0 || !usesChild || progress is null)
            {
                ignored.Add(child.Id);
                continue;
            }
            if (counted.Length > 0) counted.Append(", ");
            counted.Append(CultureInfo.InvariantCulture, $"{child.Id} {progress.Value * 100:0.#}% x{edge.Weight:0.###}");
        }
        var text = counted.Length > 0 ? "weighted mean of " + counted : "no measured input: not measured";
        return ignored.Count > 0 ? text + $" ({string.Join(", ", ignored)} not counted: weight 0 or no value)" : text;
    }
}
