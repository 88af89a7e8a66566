namespace Okr.Cli;

/// <summary>The process entry point of <c>okr</c>.</summary>
internal static class Program
{
    private static int Main(string[] args) => OkrCommandLine.Run(args, CliContext.FromProcess());
}
