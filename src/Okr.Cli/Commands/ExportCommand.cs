using System.CommandLine;
using Okr.Cli.Input;
using Okr.Core.Interop;
using Okr.Core.Results;
using Okr.Core.Rollup;
using Okr.Core.Serialization;

namespace Okr.Cli.Commands;

/// <summary><c>okr export FILE --format results|okr|csv</c>: the file as another document.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var file = OkrCommandLine.FileArgument();
        var format = new Option<string>("--format")
        {
            Description = "results: the okr-results/2 document (every node's numbers, titles, owners and edges); okr: the okr/1 document as Okr.Core writes it; csv: Okr.Core's CSV template (docs/import.md).",
            Required = true,
        };
        format.AcceptOnlyFromAmong("results", "okr", "csv");
        var asOf = OkrCommandLine.DateOption("--as-of", "The day the results look from; default today, or the nearest period end");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of stdout." };
        var command = new Command("export",
            "Writes the file as another document: the rollup's results (okr-results/2) for tools that only want the " +
            "numbers, or the okr/1 document re-written. More formats (pictures, CSV) plug in here.\n\n" +
            "Example:\n  okr export samples/data/techsolutions.json --format results --as-of 2026-02-15 -o results.json")
        {
            file, format, asOf, output,
        };
        command.SetAction(parse => Run(context, parse.GetValue(file)!, parse.GetValue(format)!, parse.GetValue(asOf), parse.GetValue(output)));
        return command;
    }

    private static int Run(CliContext context, string path, string format, DateOnly? asOf, string? output)
    {
        var document = LoadedDocument.LoadValid(path, context);
        var graph = document.Graph!;
        var text = format switch
        {
            "results" => OkrResultsJson.Write(graph.Rollup(AsOf.Resolve(asOf, graph.Set, context))),
            "csv" => OkrCsv.Export(graph.Set).TrimEnd('\r', '\n'),
            _ => OkrJson.Write(graph.Set),
        };
        if (output is null)
        {
            context.RawOut.WriteLine(text);
            return ExitCodes.Ok;
        }
        try
        {
            File.WriteAllText(output, text + Environment.NewLine);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.InvalidInput, $"{output}: cannot be written: {e.Message}");
        }
        context.Error.WriteLine($"wrote {output}");
        return ExitCodes.Ok;
    }
}
