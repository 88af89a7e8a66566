using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Okr.Cli.Commands;
using Okr.Core.Diagnostics;

namespace Okr.Cli;

/// <summary>The <c>okr</c> command line: its commands, shared options, and the one place failures become exit codes.</summary>
internal static class OkrCommandLine
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns the exit code. Never throws for bad input.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var root = Root(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) context.Error.WriteLine($"okr: {error.Message}");
            context.Error.WriteLine("Try 'okr --help'.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = context.RawOut, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            context.Error.WriteLine($"okr: {e.Message}");
            return e.ExitCode;
        }
        catch (OkrValidationException e)
        {
            context.Error.WriteLine($"okr: {e.Subject} was refused:");
            foreach (var d in e.Diagnostics) context.Error.WriteLine($"  {d}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            context.Error.WriteLine($"okr: unexpected failure ({e.GetType().Name}): {e.Message}");
            if (Environment.GetEnvironmentVariable("OKR_DEBUG") == "1") context.Error.WriteLine(e);
            else context.Error.WriteLine("Set OKR_DEBUG=1 to see where it happened, and please report it.");
            return ExitCodes.Failure;
        }
    }

    internal static RootCommand Root(CliContext context)
    {
        var root = new RootCommand(
            "okr: validate, show, check and change an OKR file (okr/1 JSON).\n\n" +
            "Examples:\n" +
            "  okr validate okrs.json\n" +
            "  okr show okrs.json --as-of 2026-02-15 --depth 2\n" +
            "  okr health okrs.json --fail-on warning\n\n" +
            ExitCodes.Help);
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(ShowCommand.Create(context));
        root.Subcommands.Add(HealthCommand.Create(context));
        root.Subcommands.Add(DiffCommand.Create(context));
        root.Subcommands.Add(CheckInCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        return root;
    }

    /// <summary><c>--format text|json</c>.</summary>
    public static Option<string> FormatOption()
    {
        var option = new Option<string>("--format")
        {
            Description = "text for people (default), json for scripts (the okr-cli/1 shape in docs/cli.md).",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong("text", "json");
        return option;
    }

    /// <summary>A day option such as <c>--as-of</c>, in yyyy-MM-dd, refusing anything else with a clear message.</summary>
    public static Option<DateOnly?> DateOption(string name, string description) => new(name)
    {
        Description = description + " (yyyy-MM-dd).",
        CustomParser = ParseDate,
    };

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        result.AddError($"'{token}' is not a date: write it as yyyy-MM-dd, for example 2026-02-15.");
        return null;
    }

    /// <summary>The FILE argument.</summary>
    public static Argument<string> FileArgument(string name = "FILE", string description = "An okr/1 JSON file.") => new(name) { Description = description };

    /// <summary>Whether the command was asked for JSON.</summary>
    public static bool Json(ParseResult parse, Option<string> format) => parse.GetValue(format) == "json";
}
