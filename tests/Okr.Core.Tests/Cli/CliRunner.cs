using Okr.Cli;
using Spectre.Console.Testing;

namespace Okr.Core.Tests.Cli;

/// <summary>Runs the okr command line in process against Spectre.Console's test console, on a fixed day.</summary>
internal static class CliRunner
{
    /// <summary>The day the tests live on: after the Q1 and Q3 sample periods, inside the 2026 year periods.</summary>
    public static readonly DateOnly Today = new(2026, 11, 30);

    public sealed record Run(int Exit, string Out, string Error)
    {
        public string[] OutLines => Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
    }

    public static Run RunOkr(params string[] args) => OkrOn(Today, args);

    public static Run OkrOn(DateOnly today, params string[] args)
    {
        var console = new TestConsole().Width(220);
        var error = new StringWriter();
        var context = new CliContext { Out = console, RawOut = console.Profile.Out.Writer, Error = error, Today = today };
        var exit = OkrCommandLine.Run(args, context);
        return new Run(exit, console.Output, error.ToString());
    }

    public static string Sample(string name) => Support.SampleData.PathOf(name);

    /// <summary>A copy of a sample in a fresh temporary folder, for commands that change files.</summary>
    public static string CopyOfSample(string name)
    {
        var folder = Directory.CreateTempSubdirectory("okr-cli-");
        var path = Path.Combine(folder.FullName, name);
        File.Copy(Sample(name), path);
        return path;
    }
}
