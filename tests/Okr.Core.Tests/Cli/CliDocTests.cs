using System.Text;
using System.Text.RegularExpressions;
using static Okr.Core.Tests.Cli.CliRunner;

namespace Okr.Core.Tests.Cli;

/// <summary>
/// docs/cli.md shows real output: every <c>console</c> block starting with <c>$ okr ...</c> is run here on the samples
/// and its output compared. To refresh the page after a deliberate change:
/// <c>OKR_ACCEPT_DOCS=1 dotnet test tests/Okr.Core.Tests --filter CliDocTests</c> (refused under CI).
/// </summary>
public sealed partial class CliDocTests
{
    private static string DocPath => Support.SampleData.DocsPath("cli.md");

    [GeneratedRegex(@"```console\n\$ okr (?<args>[^\n]*)\n(?<output>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ConsoleBlock();

    [Fact]
    public void Every_console_block_is_the_real_output_of_its_command()
    {
        var doc = File.ReadAllText(DocPath).ReplaceLineEndings("\n");
        var blocks = ConsoleBlock().Matches(doc);
        Assert.True(blocks.Count >= 5, "docs/cli.md should show the commands with their output.");
        // The commands run in order on a copy of the samples (checkin changes its file; export writes one).
        var copy = Directory.CreateTempSubdirectory("okr-cli-doc-").FullName;
        Directory.CreateDirectory(Path.Combine(copy, "samples", "data"));
        foreach (var file in Support.SampleData.Files) File.Copy(file, Path.Combine(copy, "samples", "data", Path.GetFileName(file)));
        var viva = Path.Combine(copy, "samples", "data", "viva-goals-export");
        Directory.CreateDirectory(viva);
        foreach (var file in Directory.GetFiles(Interop.VivaGoalsImportTests.ExportPath)) File.Copy(file, Path.Combine(viva, Path.GetFileName(file)));
        var refreshed = ConsoleBlock().Replace(doc, m => $"```console\n$ okr {m.Groups["args"].Value}\n{Output(copy, m.Groups["args"].Value)}```");
        if (refreshed == doc) return;
        var accept = Environment.GetEnvironmentVariable("OKR_ACCEPT_DOCS") == "1"
            && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (accept)
        {
            File.WriteAllText(DocPath, refreshed);
            return;
        }
        Assert.Fail("docs/cli.md does not show what the commands print. Refresh it with\n  OKR_ACCEPT_DOCS=1 dotnet test tests/Okr.Core.Tests --filter CliDocTests\n(- doc, + actual)\n" + PublicApi.PublicApiTests.Diff(doc, refreshed));
    }

    /// <summary>What the command prints, stdout then stderr, with the sample paths as the doc writes them.</summary>
    private static string Output(string root, string arguments)
    {
        var args = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a.StartsWith("samples/", StringComparison.Ordinal) || a.EndsWith(".json", StringComparison.Ordinal) ? Path.Combine(root, a) : a)
            .ToArray();
        var run = RunOkr(args);
        var text = new StringBuilder();
        foreach (var line in (run.Out + run.Error).ReplaceLineEndings("\n").Split('\n'))
            text.Append(line.Replace(root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).TrimEnd()).Append('\n');
        var result = text.ToString().TrimEnd('\n') + "\n";
        return run.Exit == 0 ? result : result + $"(exit {run.Exit})\n";
    }
}
