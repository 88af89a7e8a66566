using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Okr.Cli.Input;
using Okr.Cli.Rendering;
using Okr.Core.Diagnostics;
using Okr.Core.Health;
using Spectre.Console;

namespace Okr.Cli.Commands;

/// <summary><c>okr health FILE</c>: the practice's findings and the org metrics, with an exit code that can gate CI.</summary>
internal static class HealthCommand
{
    public static Command Create(CliContext context)
    {
        var file = OkrCommandLine.FileArgument();
        var asOf = OkrCommandLine.DateOption("--as-of", "The day to judge check-ins and running periods on; default today, or the nearest period end");
        var failOn = new Option<string?>("--fail-on") { Description = "Exit 4 when a finding at or above this severity exists: info, warning or error." };
        failOn.AcceptOnlyFromAmong("info", "warning", "error");
        var format = OkrCommandLine.FormatOption();
        var command = new Command("health",
            "Analyses the OKR practice of the file (overload, ballooning, silos, output-heavy key results, verbatim " +
            "cascades, orphans, missing owners, stale check-ins, period mismatches, over-deep chains, alignments that " +
            "never count, objective and key result text, confidence, silent green, trends, level skips; see " +
            "docs/health.md) and prints each finding with its suggestion, then the org metrics.\n\n" +
            "Example:\n  okr health samples/data/techsolutions.json --as-of 2026-02-15 --fail-on warning")
        {
            file, asOf, failOn, format,
        };
        command.SetAction(parse => Run(context, parse.GetValue(file)!, parse.GetValue(asOf), parse.GetValue(failOn), OkrCommandLine.Json(parse, format)));
        return command;
    }

    private static int Run(CliContext context, string path, DateOnly? asOf, string? failOn, bool json)
    {
        var document = LoadedDocument.LoadValid(path, context);
        var graph = document.Graph!;
        var day = AsOf.Resolve(asOf, graph.Set, context);
        var report = graph.AnalyzeHealth(day, null, document.Progress);
        var threshold = failOn switch
        {
            "info" => DiagnosticSeverity.Info,
            "warning" => DiagnosticSeverity.Warning,
            "error" => DiagnosticSeverity.Error,
            _ => (DiagnosticSeverity?)null,
        };
        var reached = threshold is { } t && report.Findings.Any(f => f.Severity >= t);
        var m = report.Metrics;
        if (json)
        {
            CliJson.Write(context.RawOut, "health", w =>
            {
                w.WriteString("file", path);
                w.WriteString("asOf", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteStartArray("findings");
                foreach (var f in report.Findings)
                {
                    w.WriteStartObject();
                    w.WriteString("code", f.Code);
                    w.WriteString("severity", CliJson.Severity(f.Severity));
                    CliJson.Strings(w, "ids", f.Ids);
                    if (f.Path is null) w.WriteNull("path"); else w.WriteString("path", f.Path);
                    w.WriteString("message", f.Message);
                    w.WriteString("suggestion", f.Suggestion);
                    w.WriteStartObject("data");
                    foreach (var (key, value) in f.Data) w.WriteString(key, value);
                    w.WriteEndObject();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteBoolean("isHealthy", report.IsHealthy);
                if (report.AlignmentScore is not { } score)
                {
                    w.WriteNull("alignmentScore");
                }
                else
                {
                    w.WriteStartObject("alignmentScore");
                    w.WriteNumber("score", score.Score);
                    w.WriteStartArray("gaps");
                    foreach (var gap in score.Gaps)
                    {
                        w.WriteStartObject();
                        w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(gap.Kind.ToString()));
                        w.WriteNumber("count", gap.Count);
                        w.WriteNumber("points", gap.Points);
                        CliJson.Strings(w, "ids", gap.Ids);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteStartObject("metrics");
                w.WriteNumber("objectives", m.Objectives);
                w.WriteNumber("keyResults", m.KeyResults);
                w.WriteNumber("alignments", m.Alignments);
                w.WriteNumber("topLevelObjectives", m.TopLevelObjectives);
                CliJson.Number(w, "alignmentCoverage", m.AlignmentCoverage);
                CliJson.Number(w, "cascadedShare", m.CascadedShare);
                CliJson.Number(w, "localizedShare", m.LocalizedShare);
                CliJson.Number(w, "bottomUpShare", m.BottomUpShare);
                CliJson.Number(w, "sharedShare", m.SharedShare);
                CliJson.Number(w, "meanObjectivesPerOwner", m.MeanObjectivesPerOwner);
                w.WriteNumber("maxObjectivesPerOwner", m.MaxObjectivesPerOwner);
                if (m.MostLoadedOwnerId is null) w.WriteNull("mostLoadedOwner"); else w.WriteString("mostLoadedOwner", m.MostLoadedOwnerId);
                w.WriteNumber("deepestLevel", m.DeepestLevel);
                w.WriteEndObject();
                if (failOn is null) w.WriteNull("failOn"); else w.WriteString("failOn", failOn);
                w.WriteBoolean("thresholdReached", reached);
            });
        }
        else
        {
            var console = context.Out;
            console.MarkupLine($"[bold]Health of {Markup.Escape(graph.Set.Name ?? Path.GetFileName(path))}[/] as of {day:yyyy-MM-dd}: {CliText.Plural(report.Findings.Count, "finding")}");
            foreach (var f in report.Findings)
            {
                var colour = f.Severity switch { DiagnosticSeverity.Error => "red", DiagnosticSeverity.Warning => "yellow", _ => "blue" };
                var ids = f.Ids.Count > 0 ? $" [[{Markup.Escape(string.Join(", ", f.Ids))}]]" : "";
                console.MarkupLine($"[{colour}]{CliJson.Severity(f.Severity)}[/] {f.Code}{ids}: {Markup.Escape(f.Message)}");
                console.MarkupLine($"    [grey]suggestion:[/] {Markup.Escape(f.Suggestion)}");
            }
            console.WriteLine();
            console.MarkupLine("[bold]Metrics[/]");
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {m.Objectives} objectives, {m.KeyResults} key results, {m.Alignments} alignments, {m.TopLevelObjectives} top-level objectives"));
            console.WriteLine($"  alignment coverage {Share(m.AlignmentCoverage)}; alignment mix: cascaded {Share(m.CascadedShare)}, localized {Share(m.LocalizedShare)}, bottom-up {Share(m.BottomUpShare)}, shared {Share(m.SharedShare)}");
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  objectives per owner: mean {(m.MeanObjectivesPerOwner is { } mean ? mean.ToString("0.0", CultureInfo.InvariantCulture) : "--")}, most {m.MaxObjectivesPerOwner}{(m.MostLoadedOwnerId is { } o ? $" ({o})" : "")}; deepest level {m.DeepestLevel}"));
            if (report.AlignmentScore is { } score)
            {
                var gaps = score.Gaps.Count == 0 ? "no gaps" : string.Join(", ", score.Gaps.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Kind} x{g.Count} -{g.Points:0.#}")));
                console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  alignment score {score.Score:0.#}/100 ({gaps})"));
            }
        }
        if (reached) context.Error.WriteLine($"okr: a finding at or above '{failOn}' exists (exit 4).");
        return reached ? ExitCodes.ThresholdReached : ExitCodes.Ok;
    }

    private static string Share(double? share) => share is { } s ? s.ToString("0%", CultureInfo.InvariantCulture) : "--";
}
