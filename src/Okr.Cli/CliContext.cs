using Okr.Cli.Rendering;
using Okr.Core;
using Spectre.Console;

namespace Okr.Cli;

/// <summary>
/// Where a command writes and what it knows of the world: data to <see cref="Out"/> (text through Spectre.Console) or
/// <see cref="RawOut"/> (JSON), diagnostics and notes to <see cref="Error"/>, and today's date. Tests make one over
/// Spectre's test console with a fixed day.
/// </summary>
internal sealed class CliContext
{
    /// <summary>Standard output for text, through Spectre.Console (colours only when the terminal takes them).</summary>
    public required IAnsiConsole Out { get; init; }

    /// <summary>Standard output for machine-readable data (JSON, okr/1, results documents): no markup, no colour.</summary>
    public required TextWriter RawOut { get; init; }

    /// <summary>Standard error: diagnostics, notes, progress.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Today, in the user's calendar.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>Whether standard error is a terminal a live progress display may draw on.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>
    /// Where long steps on big files report progress: a line redrawn on standard error when it is a terminal and
    /// <c>NO_COLOR</c> is not set; <see langword="null"/> otherwise (and in tests).
    /// </summary>
    public IProgress<OkrProgress>? Progress { get; init; }

    /// <summary>The context of the real process: the console, honouring <c>NO_COLOR</c> and redirected output.</summary>
    /// <returns>The context.</returns>
    public static CliContext FromProcess()
    {
        var plain = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) || Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (Console.IsOutputRedirected) console.Profile.Width = 200;
        return new CliContext
        {
            Out = console,
            RawOut = Console.Out,
            Error = Console.Error,
            Today = DateOnly.FromDateTime(DateTime.Now),
            ErrorIsTerminal = !Console.IsErrorRedirected,
            Progress = Console.IsErrorRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) ? null : new TerminalProgress(Console.Error),
        };
    }
}
