using System.CommandLine;
using Okr.Cli.Input;
using Okr.Cli.Rendering;
using Okr.Core.Diagnostics;

namespace Okr.Cli.Commands;

/// <summary><c>okr validate FILE...</c>: every problem of every file, one per line, then a summary.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "One or more okr/1 JSON files.", Arity = ArgumentArity.OneOrMore };
        var strict = new Option<bool>("--strict") { Description = "Fail (exit 3) on warnings too, not only on errors." };
        var format = OkrCommandLine.FormatOption();
        var command = new Command("validate",
            "Reads and compiles each file and reports every problem at once, one per line as compilers and editors " +
            "read them: path(line,col): error OKR0106: message. Warnings do not fail unless --strict.\n\n" +
            "Example:\n  okr validate samples/data/*.json --strict")
        {
            files, strict, format,
        };
        command.SetAction(parse => Run(context, parse.GetValue(files)!, parse.GetValue(strict), OkrCommandLine.Json(parse, format)));
        return command;
    }

    private static int Run(CliContext context, string[] paths, bool strict, bool json)
    {
        var results = new List<(string Path, IReadOnlyList<Diagnostic> Diagnostics, string? Failure)>();
        foreach (var path in paths)
        {
            try
            {
                results.Add((path, LoadedDocument.Load(path, context.Progress).Diagnostics, null));
            }
            catch (CliException e)
            {
                results.Add((path, [], e.Message));
            }
        }
        var errors = results.Sum(r => r.Diagnostics.Count(static d => d.IsError) + (r.Failure is null ? 0 : 1));
        var warnings = results.Sum(r => r.Diagnostics.Count(static d => d.Severity == DiagnosticSeverity.Warning));
        if (json)
        {
            CliJson.Write(context.RawOut, "validate", w =>
            {
                w.WriteStartArray("files");
                foreach (var (path, diagnostics, failure) in results)
                {
                    w.WriteStartObject();
                    w.WriteString("path", path);
                    if (failure is null) w.WriteNull("failure"); else w.WriteString("failure", failure);
                    w.WriteStartArray("diagnostics");
                    foreach (var d in diagnostics) CliJson.Diagnostic(w, d);
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteNumber("errors", errors);
                w.WriteNumber("warnings", warnings);
            });
        }
        else
        {
            foreach (var (path, diagnostics, failure) in results)
            {
                if (failure is not null) context.RawOut.WriteLine($"{path}: error: {failure[(failure.StartsWith(path + ": ", StringComparison.Ordinal) ? path.Length + 2 : 0)..]}");
                foreach (var d in diagnostics) context.RawOut.WriteLine(LoadedDocument.Canonical(path, d));
            }
            context.RawOut.WriteLine($"{CliText.Plural(results.Count, "file")}: {CliText.Plural(errors, "error")}, {CliText.Plural(warnings, "warning")}.");
        }
        return errors > 0 || (strict && warnings > 0) ? ExitCodes.InvalidInput : ExitCodes.Ok;
    }
}
