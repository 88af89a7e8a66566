namespace Okr.Cli;

/// <summary>The exit codes of <c>okr</c>, documented in <c>docs/cli.md</c> and in <c>okr --help</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Done; for <c>validate</c>, no errors (and no warnings under <c>--strict</c>).</summary>
    public const int Ok = 0;

    /// <summary>An unexpected failure: a bug in okr or the machine (out of memory, disk full).</summary>
    public const int Failure = 1;

    /// <summary>Bad usage: an unknown command or option, a malformed date or number, an id the file does not have.</summary>
    public const int Usage = 2;

    /// <summary>The input is invalid: a missing or unreadable file, not JSON, over the size limit, or okr/1 errors.</summary>
    public const int InvalidInput = 3;

    /// <summary>A health finding at or above <c>--fail-on</c> exists.</summary>
    public const int ThresholdReached = 4;

    /// <summary>The exit codes as the help text shows them.</summary>
    public const string Help = """
        Exit codes:
          0  ok
          1  unexpected failure
          2  bad usage (unknown option, malformed date, unknown id)
          3  invalid input (missing file, not JSON, okr/1 errors)
          4  a health finding at or above --fail-on
        """;
}

/// <summary>A failure the user can fix, reported as one line on stderr with its exit code; never a stack trace.</summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    /// <summary>The exit code to end with.</summary>
    public int ExitCode { get; } = exitCode;
}
