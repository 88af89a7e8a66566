using Okr.Samples;

namespace Okr.Core.Tests.Samples;

/// <summary>Runs every sample's entry point in process and checks the numbers it prints.</summary>
public sealed class SamplesTests
{
    private static string Run(Func<TextWriter, int> sample)
    {
        using var output = new StringWriter();
        Assert.Equal(0, sample(output));
        return output.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>The output from the line that starts with <paramref name="from"/> up to <paramref name="to"/> (or the end); fails if either is missing.</summary>
    private static string Section(string text, string from, string? to = null)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"The output has no '{from}'.");
        var end = to is null ? text.Length : text.IndexOf(to, start, StringComparison.Ordinal);
        Assert.True(end >= 0, $"The output has no '{to}' after '{from}'.");
        return text[start..end];
    }

    [Fact]
    public void Ballooning_shows_strict_cascades_tripling_per_level_and_localizing_staying_flat()
    {
        var text = Run(BallooningSample.Run);
        Assert.Contains("    1 |                          3            9 |                     3            9\n", text, StringComparison.Ordinal);
        Assert.Contains("    2 |                          9           27 |                     3            9\n", text, StringComparison.Ordinal);
        Assert.Contains("    3 |                         27           81 |                     3            9\n", text, StringComparison.Ordinal);
        Assert.Contains("    4 |                         81          243 |                     3            9\n", text, StringComparison.Ordinal);
        Assert.Contains("by 3 (3 per objective)", text, StringComparison.Ordinal);
        Assert.Contains("strict cascade  1 ballooning finding(s)", text, StringComparison.Ordinal);
        Assert.Contains("localized       no ballooning", text, StringComparison.Ordinal);
        // The trees: L0-1 is the mean of its key results (20 + 57 + 34) / 3 in both orgs; in the strict cascade each
        // level-2 key result hides 1 + 3 + 3 + 9 = 16 nodes below it, in the localized org the whole chain fits.
        var cascade = Section(text, "The strict cascade org", "The localized org");
        var localized = Section(text, "The localized org");
        Assert.Contains("O L0-1: Objective L0-1  [#######.............]  37%  on track, rolled up", cascade, StringComparison.Ordinal);
        Assert.Contains("      KR L1-1-kr1: Key result L1-1-kr1  [###########.........]  57%  on track, measured  (+16 below, not shown)", cascade, StringComparison.Ordinal);
        Assert.DoesNotContain("L2-1", cascade, StringComparison.Ordinal);
        Assert.Contains("O L0-1: Objective L0-1  [#######.............]  37%  on track, rolled up", localized, StringComparison.Ordinal);
        Assert.Contains("      O L3-1: Objective L3-1  [##########..........]  48%  on track, rolled up", localized, StringComparison.Ordinal);
        Assert.DoesNotContain("not shown", localized, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckIns_shows_value_pace_status_and_forecast_through_the_quarter()
    {
        var text = Run(output => CheckInsSample.Run(output));
        // 204 applications on 20 Jan: (204 - 180) / (350 - 180) = 14%; the 31 Jan target of 220 expects 15% by then.
        Assert.Contains("2026-01-20    204       14%       15%  behind     321 (83%) from 3 check-ins", text, StringComparison.Ordinal);
        Assert.Contains("2026-02-13    258       46%       40%  on track   339 (94%) from 7 check-ins", text, StringComparison.Ordinal);
        Assert.Contains("2026-03-31    338       93%      100%  behind     341 (95%) from 13 check-ins", text, StringComparison.Ordinal);
        // The rolled-up org on the last day: intake is the mean of applications (93%) and completion (77%).
        var last = Section(text, "The whole org as of 2026-03-31:");
        Assert.Contains("    O q1-intake: Make applying easy enough that people finish  [#################...]  85%  behind, rolled up", last, StringComparison.Ordinal);
        Assert.Contains("      KR completion: Application completion rate from 40% to 70%  [###############.....]  77%  behind, measured", last, StringComparison.Ordinal);
        // On 20 January nothing has been filed yet: not measured, never 0.
        var first = Section(text, "The whole org as of 2026-01-20:", "The whole org as of 2026-02-13:");
        Assert.Contains("  O q1-filing: File every finished application within a week  [                    ]  --%  no data, not measured", first, StringComparison.Ordinal);
    }

    [Fact]
    public void TeamOkrs_the_main_job_prints_the_rolled_up_TechSolutions_tree()
    {
        var text = Run(output => TeamOkrsSample.Run(output));
        Assert.Contains("TechSolutions Q1 2026: 4 objectives, 10 key results, as of 2026-02-15", text, StringComparison.Ordinal);
        Assert.Contains("O quality: Improve product quality  [######..............]  31%  behind, rolled up", text, StringComparison.Ordinal);
        Assert.Contains("    O ben-release: Release the widgets users keep asking for", text, StringComparison.Ordinal);
        Assert.Contains("ben-release -> mobile-app (BottomUp): informational (weight 0): shown, never counted", text, StringComparison.Ordinal);
        Assert.Contains("quality: 31.3%, behind", text, StringComparison.Ordinal); // (0.5 + 0.5 + 0.25 + 0) / 4
    }

    [Fact]
    public void Cascading_shows_a_check_in_climbing_three_levels_only_in_the_tight_cascade()
    {
        var text = Run(output => CascadingSample.Run(output));
        var loose = Section(text, "loose cascade", "tight cascade");
        var tight = Section(text, "tight cascade");
        // MQL growth (0.8 + 0.3) / 2; marketing (0.3 + 0.5 + 0 + 0.55 + 0.4) / 5.
        Assert.Contains("mql-growth      45.0% ->   55.0%  moved", loose, StringComparison.Ordinal);
        Assert.Contains("marketing       33.0% ->   35.0%  moved", loose, StringComparison.Ordinal);
        Assert.Contains("strategy        61.0% ->   61.0%  unchanged", loose, StringComparison.Ordinal);
        // Tight: leads follows marketing, and the company (0.35 + 0.5 + 1 + 1 + 0.2) / 5 = 0.61 from 0.606.
        Assert.Contains("leads           33.0% ->   35.0%  moved, rolled up", tight, StringComparison.Ordinal);
        Assert.Contains("strategy        60.6% ->   61.0%  moved", tight, StringComparison.Ordinal);
    }

    [Fact]
    public void Localizing_shows_the_copied_down_key_result_feeding_both_objectives()
    {
        var text = Run(output => LocalizingSample.Run(output));
        Assert.Contains("'new-customers' is copied down by reference into 'hr-growth'", text, StringComparison.Ordinal);
        Assert.Contains("feeds growth     share of its influence 50%", text, StringComparison.Ordinal);
        // HR: (0.5 + 0.4 + 0.45) / 3 = 0.45; growth (0.4 + 0.45) / 2 = 0.425.
        Assert.Contains("hr-growth (45.0%) localizes growth (42.5%)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SharedOkrs_shows_the_shares_of_the_shared_objective_conserved()
    {
        var text = Run(output => SharedOkrsSample.Run(output));
        Assert.Contains("share to revenue       0.500", text, StringComparison.Ordinal);
        Assert.Contains("share to satisfaction  0.500", text, StringComparison.Ordinal);
        Assert.Contains("total                  1.000  (conserved", text, StringComparison.Ordinal);
        Assert.Contains("  revenue       1.000", text, StringComparison.Ordinal);
        Assert.Contains("  satisfaction  1.000", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LongestChain_finds_five_links_from_four_key_results_and_the_owners_the_top_rests_on()
    {
        var text = Run(output => LongestChainSample.Run(output));
        Assert.Contains("Consultancy cascade: 18 objectives and key results, 17 edges (viewed, not copied)", text, StringComparison.Ordinal);
        Assert.Contains("Longest chain of alignments up to 'strategy': 5 links, from 4 key result(s): cross-promo, journeys, lead-magnets, social", text, StringComparison.Ordinal);
        // cross-promo -> list-growth -> email-list (cascaded from) -> marketing -> leads (cascaded from) -> strategy.
        Assert.Contains("  -> email-list    KR head-marketing      (fed by a Cascaded edge)", text, StringComparison.Ordinal);
        Assert.Contains("  -> strategy      O  company             (fed by a KeyResult edge)", text, StringComparison.Ordinal);
        Assert.Contains("Okr.Core agrees: cross-promo.Depth = 5", text, StringComparison.Ordinal);
        Assert.Contains("Hand-offs between owners on the chain: 2", text, StringComparison.Ordinal);
        // Below strategy: the Head of Marketing's objective and 6 key results, the Marketing Manager's 2 and 4, the company's own 1 and 4.
        var owners = Section(text, "Owners 'strategy' depends on");
        Assert.Contains("  head-marketing     1 objective(s), 6 key result(s)\n  marketing-manager  2 objective(s), 4 key result(s)\n  company            1 objective(s), 4 key result(s)\n", owners, StringComparison.Ordinal);
    }
    [Fact]
    public void FourWays_shows_what_each_alignment_does_to_the_numbers_and_draws_each()
    {
        var folder = Directory.CreateTempSubdirectory("okr-four-ways-").FullName;
        var text = Run(output => FourWaysSample.Run(output, folder));
        // The team is (60 + 50) / 2 = 55%. Cascaded: quality (50 + 50 + 55) / 3; localized: the team (60 + 50 + 50) / 3
        // and quality its own 50%; bottom-up at weight 0.5: (50 + 50 + 27.5) / 2.5; shared: satisfaction (50 + 55) / 2.
        Assert.Contains("cascaded     55.0%   51.7%       --", text, StringComparison.Ordinal);
        Assert.Contains("localized    53.3%   50.0%       --", text, StringComparison.Ordinal);
        Assert.Contains("bottom-up    55.0%   51.0%       --", text, StringComparison.Ordinal);
        Assert.Contains("shared       55.0%   51.7%    52.5%", text, StringComparison.Ordinal);
        Assert.Contains("share to quality 0.50, share to satisfaction 0.50", text, StringComparison.Ordinal);
        Assert.Contains("derived from the team: 55.0%", text, StringComparison.Ordinal);
        // Each map shows its way: the edge's kind, and the shared objective drawn once with two edges.
        foreach (var (way, kind, edges) in new[] { ("cascaded", "cascaded", 1), ("localized", "localized", 1), ("bottom-up", "bottom-up", 1), ("shared", "shared", 2) })
        {
            var svg = System.Xml.Linq.XDocument.Load(Path.Combine(folder, way + ".svg"));
            var paths = svg.Descendants().Where(e => e.Name.LocalName == "path" && ((string?)e.Attribute("class"))?.StartsWith("edge", StringComparison.Ordinal) == true).ToList();
            Assert.Equal(edges, paths.Count);
            Assert.All(paths, p => Assert.Equal("edge " + kind, (string)p.Attribute("class")!));
            Assert.Single(svg.Descendants(), e => (string?)e.Attribute("data-id") == "mobile-app");
        }
    }
}
