using System.CommandLine;
using System.Globalization;
using Okr.Cli.Input;
using Okr.Core.Diagnostics;
using Okr.Core.Interop;
using Okr.Core.Serialization;

namespace Okr.Cli.Commands;

/// <summary>
/// <c>okr import viva PATH</c> and <c>okr import csv FILE [--map MAP]</c>: another tool's OKRs as an okr/1 document, with
/// the import's diagnostics and, for Viva Goals, the fidelity report.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("import",
            "Brings OKRs from another tool into an okr/1 document: a Viva Goals export (folder or zip), or a CSV sheet " +
            "(Okr.Core's template, or another tool's through a header map). See docs/import.md.\n\n" +
            "Examples:\n  okr import viva viva-goals-export -o okrs.json --report fidelity.txt\n  okr import csv goals.csv --map peoplebox -o okrs.json");
        command.Subcommands.Add(Viva(context));
        command.Subcommands.Add(Csv(context));
        return command;
    }

    private static Option<string?> Output() => new("--output", "-o") { Description = "Write the okr/1 document to this file instead of stdout." };

    private static Command Viva(CliContext context)
    {
        var path = new Argument<string>("PATH") { Description = "The export folder (objectives_export_file_...json and the others), or its zip." };
        var output = Output();
        var report = new Option<string?>("--report") { Description = "Write the fidelity report to this file instead of stderr." };
        var format = new Option<string>("--format")
        {
            Description = "The fidelity report's form: text for people (default), json (okr-fidelity/1) for tools.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("viva",
            "Imports a Microsoft Viva Goals whole-organisation export. Every goal, check-in, team, user, period, comment and " +
            "tag becomes part of the set or an x-viva-... extension, and the fidelity report says per item what was mapped, " +
            "derived (and why) or kept, and where Okr.Core's progress differs from Viva's.\n\n" +
            "Example:\n  okr import viva samples/data/viva-goals-export -o northwind.json --report fidelity.txt")
        {
            path, output, report, format,
        };
        command.SetAction(parse =>
        {
            var source = parse.GetValue(path)!;
            if (!Directory.Exists(source) && !File.Exists(source)) throw new CliException(ExitCodes.InvalidInput, $"{source}: no such folder or file.");
            var import = Guard(source, () => VivaGoalsImport.Read(source));
            return Finish(context, source, import, parse.GetValue(output), parse.GetValue(report), parse.GetValue(format) == "json");
        });
        return command;
    }

    private static Command Csv(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The CSV file, header first (UTF-8)." };
        var map = new Option<string?>("--map")
        {
            Description = "How the sheet's columns map onto the template: peoplebox, betterworks, or a JSON map file (docs/import.md). Default: the template's own columns.",
        };
        var output = Output();
        var command = new Command("csv",
            "Imports a CSV sheet: one row per objective or key result (and optional set, owner and period rows), in " +
            "Okr.Core's template or another tool's through --map. Every bad row is reported at its line and column; " +
            "columns the map does not know are kept as x-csv-... extensions.\n\n" +
            "Example:\n  okr import csv goals.csv --map peoplebox -o okrs.json")
        {
            file, map, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path)) throw new CliException(ExitCodes.InvalidInput, $"{path}: no such file.");
            var headerMap = Map(parse.GetValue(map));
            var import = Guard(path, () => OkrCsv.ImportFile(path, headerMap));
            return Finish(context, path, import, parse.GetValue(output), null, false);
        });
        return command;
    }

    private static CsvHeaderMap Map(string? name)
    {
        if (name is null) return CsvHeaderMap.Template;
        if (CsvHeaderMap.BuiltIn(name) is { } builtIn) return builtIn;
        if (!File.Exists(name)) throw new CliException(ExitCodes.Usage, $"--map {name}: neither peoplebox, betterworks nor a map file.");
        return CsvHeaderMap.Parse(Guard(name, () => File.ReadAllText(name)));
    }

    private static T Guard<T>(string path, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.InvalidInput, $"{path}: cannot be read: {e.Message}");
        }
    }

    private static int Finish(CliContext context, string source, ImportResult import, string? output, string? reportPath, bool json)
    {
        foreach (var d in import.Diagnostics) context.Error.WriteLine(LoadedDocument.Canonical(source, d));
        if (import.Fidelity is { } fidelity)
        {
            var text = json ? fidelity.ToJson() + Environment.NewLine : fidelity.ToText();
            if (reportPath is null) context.Error.Write(text);
            else Write(reportPath, text, context);
        }
        if (!import.Succeeded)
        {
            var errors = import.Diagnostics.Count(static d => d.IsError);
            throw new CliException(ExitCodes.InvalidInput, string.Create(CultureInfo.InvariantCulture, $"{source}: {errors} error(s); nothing was written."));
        }
        var document = OkrJson.Write(import.Set!);
        if (output is null) context.RawOut.WriteLine(document);
        else Write(output, document + Environment.NewLine, context);
        var warnings = import.Diagnostics.Count(static d => d.Severity == DiagnosticSeverity.Warning);
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"imported {import.Set!.Objectives.Count} objective(s), {import.Set.KeyResults.Count} key result(s), {import.Set.KeyResults.Sum(k => k.CheckIns.Count)} check-in(s); {warnings} warning(s)."));
        return ExitCodes.Ok;
    }

    private static void Write(string path, string text, CliContext context)
    {
        try
        {
            File.WriteAllText(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.InvalidInput, $"{path}: cannot be written: {e.Message}");
        }
        context.Error.WriteLine($"wrote {path}");
    }
}
