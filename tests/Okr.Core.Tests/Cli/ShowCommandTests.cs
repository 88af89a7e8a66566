using System.Text.Json;
using static Okr.Core.Tests.Cli.CliRunner;

namespace Okr.Core.Tests.Cli;

public sealed class ShowCommandTests
{
    [Fact]
    public void Show_TechSolutions_DrawsTheRolledUpTreeWithProgressExpectedStatusOwnersAndProvenance()
    {
        var run = RunOkr("show", Sample("techsolutions.json"), "--as-of", "2026-02-15");
        Assert.Equal(0, run.Exit);
        Assert.Equal("", run.Error);
        Assert.StartsWith("TechSolutions Q1 2026: 4 objectives, 10 key results, as of 2026-02-15", run.Out, StringComparison.Ordinal);
        var quality = Assert.Single(run.OutLines, l => l.StartsWith("O quality: Improve product quality", StringComparison.Ordinal));
        Assert.Matches(@"31%\s+exp\s+51%\s+behind\s+techsolutions\s+rolled up$", quality);
        Assert.Matches(@"KR bugs: .* 50%\s+exp\s+51%\s+behind\s+product-dev\s+measured$", Assert.Single(run.OutLines, l => l.Contains("KR bugs:", StringComparison.Ordinal)));
        // The bottom-up team objective is drawn under its parent, saying it does not count there (quality takes its
        // progress from its key results), and the weight-0 one says it is informational.
        Assert.Contains(run.OutLines, l => l.Contains("└─ O mobile-app ‹bottom-up, not counted›: Make the mobile app", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.Contains("O ben-release ‹bottom-up x0, informational›:", StringComparison.Ordinal));
        Assert.Matches(@"KR ana-anr: .* 100%\s+exp\s+51%\s+achieved", Assert.Single(run.OutLines, l => l.Contains("KR ana-anr", StringComparison.Ordinal)));
        // Bars line up in one column.
        var bars = run.OutLines.Skip(2).Select(l => l.IndexOfAny(['█', '░'])).Distinct().ToList();
        Assert.Single(bars);
    }

    [Fact]
    public void Show_ADocumentWhosePeriodsAreOver_UsesTheNearestPeriodEnd_AndSaysSoOnStderr()
    {
        // shared-cross-functional.json runs in Q3 2026; "today" in these tests is 2026-11-30.
        var run = RunOkr("show", Sample("shared-cross-functional.json"));
        Assert.Equal(0, run.Exit);
        Assert.Contains("note: today (2026-11-30) is outside every period of the file; showing as of 2026-09-30", run.Error, StringComparison.Ordinal);
        Assert.Contains("as of 2026-09-30", run.OutLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(run.OutLines, l => l.Contains("not started", StringComparison.Ordinal));
    }

    [Fact]
    public void Show_TheQ2Document_AsOfTodayInsideItsYear_IsNotAllNotStarted()
    {
        var run = RunOkr("show", Sample("team-okrs-bottom-up.json"));
        Assert.Equal(0, run.Exit);
        Assert.Equal("", run.Error); // today lies in the 2026 year period: no note
        Assert.DoesNotContain(run.OutLines.Skip(2), l => l.Contains("not started", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.Contains("as of 2026-11-30", StringComparison.Ordinal));
    }

    [Fact]
    public void Show_SharedNode_IsDrawnOnceInFull_AndReferredToAfter()
    {
        var run = RunOkr("show", Sample("shared-cross-functional.json"), "--as-of", "2026-08-15");
        // "launch" serves revenue and satisfaction; "launch-nps" is also linked by support-ready.
        var launch = run.OutLines.Where(l => l.Contains("O launch ‹shared›: Launch the Teams plan together", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, launch.Count);
        Assert.Matches(@"\d+%\s+exp", launch[0]);
        Assert.EndsWith("(shown above)", launch[1], StringComparison.Ordinal);
        Assert.EndsWith("(shown above)", Assert.Single(run.OutLines, l => l.Contains("KR launch-nps ‹linked›", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Show_DepthFocusAndOwner_CutTheTree_AndSayWhatIsHidden()
    {
        var depth = RunOkr("show", Sample("consultancy-cascade.json"), "--depth", "2");
        Assert.Equal(0, depth.Exit);
        Assert.Matches(@"O marketing .*\(\+11 below\)$", Assert.Single(depth.OutLines, l => l.Contains("O marketing", StringComparison.Ordinal)));
        Assert.DoesNotContain(depth.OutLines, l => l.Contains("KR lead-magnets", StringComparison.Ordinal));

        var focus = RunOkr("show", Sample("consultancy-cascade.json"), "--focus", "mql-growth");
        Assert.StartsWith("O mql-growth", focus.OutLines[2], StringComparison.Ordinal);
        Assert.Equal(3 + 2, focus.OutLines.Length); // title, blank, the objective and its two key results

        var owner = RunOkr("show", Sample("techsolutions.json"), "--owner", "ana", "--as-of", "2026-02-15");
        Assert.StartsWith("O ana-stability", owner.OutLines[2], StringComparison.Ordinal);
        Assert.Equal(5, owner.OutLines.Length);
    }

    [Fact]
    public void Show_Json_GivesTheRowsWithNumbersAndNullForNotMeasured()
    {
        var run = RunOkr("show", Sample("techsolutions.json"), "--as-of", "2026-02-15", "--format", "json");
        Assert.Equal(0, run.Exit);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(("okr-cli/1", "show", "2026-02-15"), (root.GetProperty("format").GetString(), root.GetProperty("command").GetString(), root.GetProperty("asOf").GetString()));
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(14, rows.Count);
        var quality = rows[0];
        Assert.Equal(0.3125, quality.GetProperty("progress").GetDouble(), 1e-9);
        Assert.Equal("behind", quality.GetProperty("status").GetString());
        var mobile = rows.Single(r => r.GetProperty("id").GetString() == "mobile-app");
        Assert.Equal(("quality", "bottomUp", false), (mobile.GetProperty("parent").GetString(), mobile.GetProperty("edge").GetString(), mobile.GetProperty("counts").GetBoolean()));
    }

    [Theory]
    [InlineData("--focus", "nothing-here", "no objective or key result has the id 'nothing-here' (--focus)")]
    [InlineData("--owner", "nobody", "no owner has the id 'nobody' (--owner)")]
    [InlineData("--as-of", "15/02/2026", "'15/02/2026' is not a date: write it as yyyy-MM-dd")]
    [InlineData("--depth", "-1", "--depth must be 0 or more")]
    public void Show_BadArguments_AreOneClearLineAndExit2(string option, string value, string message)
    {
        var run = RunOkr("show", Sample("techsolutions.json"), option, value);
        Assert.Equal(2, run.Exit);
        Assert.Equal("", run.Out);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
