using static Okr.Core.Tests.Health.HealthOrg;

namespace Okr.Core.Tests.Health;

public class HealthAnalyzerTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void Analyze_HealthyOrg_NoFindings()
    {
        var report = Analyze(Builder());
        Assert.True(report.IsHealthy, string.Join("\n", report.Findings));
        Assert.Equal(AsOf, report.AsOf);
    }

    [Fact]
    public void Overload_SixObjectivesInOneQuarter_Fires()
    {
        var finding = Assert.Single(Only(Analyze(SixPlatformObjectives()), DiagnosticCodes.OwnerOverloaded));
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal(["platform", "p1", "p2", "p3", "p4", "p5", "p6"], finding.Ids);
        Assert.Contains("6 objectives", finding.Message);
    }

    [Fact]
    public void Overload_FiveInOneQuarterAndOneInAnother_DoesNotFire()
    {
        var b = Builder().AddPeriod(Period.Quarter(2026, 2, parentId: "2026"));
        for (var i = 1; i <= 6; i++)
        {
            Objective(b, $"p{i}", $"Platform goal {i}", "platform", period: i == 6 ? "2026-Q2" : "2026-Q1");
            b.ContributeTo($"p{i}", i == 6 ? "grow-y" : "eng-o");
        }
        Objective(b, "grow-y", "Grow revenue this year", "acme", period: "2026");
        var report = Analyze(b);
        Assert.Empty(Only(report, DiagnosticCodes.OwnerOverloaded));
        Assert.Equal(6, report.Metrics.MaxObjectivesPerOwner);
        Assert.Equal("platform", report.Metrics.MostLoadedOwnerId);
    }

    [Fact]
    public void Overload_RaisedThresholdOrDisabled_DoesNotFire()
    {
        Assert.Empty(Only(Analyze(SixPlatformObjectives(), HealthOptions.Default with { MaxObjectivesPerOwner = 6 }), DiagnosticCodes.OwnerOverloaded));
        Assert.Empty(Only(Analyze(SixPlatformObjectives(), HealthOptions.Default with { DisabledRules = [DiagnosticCodes.OwnerOverloaded] }), DiagnosticCodes.OwnerOverloaded));
    }

    private static OkrSetBuilder SixPlatformObjectives()
    {
        var b = Builder();
        for (var i = 1; i <= 6; i++)
        {
            Objective(b, $"p{i}", $"Platform goal {i}", "platform");
            b.ContributeTo($"p{i}", "eng-o");
        }
        return b;
    }

    [Fact]
    public void KeyResultCount_TwoKeyResults_TooFew()
    {
        var b = Builder();
        Objective(b, "p1", "Platform goal", "platform", keyResults: 2);
        b.ContributeTo("p1", "eng-o");
        var finding = Assert.Single(Only(Analyze(b), DiagnosticCodes.TooFewKeyResults));
        Assert.Equal(["p1"], finding.Ids);
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
    }

    [Fact]
    public void KeyResultCount_SixKeyResults_TooMany()
    {
        var b = Builder();
        Objective(b, "p1", "Platform goal", "platform", keyResults: 6);
        b.ContributeTo("p1", "eng-o");
        var report = Analyze(b);
        Assert.Equal(["p1"], Assert.Single(Only(report, DiagnosticCodes.TooManyKeyResults)).Ids);
        Assert.Empty(Only(report, DiagnosticCodes.TooFewKeyResults));
    }

    [Fact]
    public void KeyResultCount_ThreeAndFive_DoNotFire()
    {
        var b = Builder();
        Objective(b, "p1", "Platform goal", "platform", keyResults: 5);
        b.ContributeTo("p1", "eng-o");
        var report = Analyze(b);
        Assert.True(report.IsHealthy, string.Join("\n", report.Findings));
    }

    [Fact]
    public void KeyResultCount_LinkedKeyResultCounts()
    {
        var b = Builder();
        Objective(b, "p1", "Platform goal", "platform", keyResults: 2);
        b.ContributeTo("p1", "eng-o");
        var set = b.Build();
        set = set with { Objectives = [.. set.Objectives.Select(o => o.Id == "p1" ? o with { LinkedKeyResultIds = ["eng-o-kr1"] } : o)] };
        var report = HealthAnalyzer.AnalyzeHealth(set.Compile().ThrowIfFailed(), AsOf);
        Assert.Empty(Only(report, DiagnosticCodes.TooFewKeyResults));
    }

    [Fact]
    public void Metrics_HealthyOrg_AlignmentMixCoverageLoadAndLevels()
    {
        var m = Analyze(Builder()).Metrics;
        Assert.Equal(3, m.Objectives);
        Assert.Equal(9, m.KeyResults);
        Assert.Equal(2, m.Alignments);
        Assert.Equal(0.0, m.CascadedShare!.Value, Tolerance);
        Assert.Equal(0.5, m.LocalizedShare!.Value, Tolerance);
        Assert.Equal(0.5, m.BottomUpShare!.Value, Tolerance);
        Assert.Equal(0.0, m.SharedShare!.Value, Tolerance);
        Assert.Equal(1, m.TopLevelObjectives);
        Assert.Equal(1.0, m.AlignmentCoverage!.Value, Tolerance);
        Assert.Equal(3, m.LoadedOwners);
        Assert.Equal(1.0, m.MeanObjectivesPerOwner!.Value, Tolerance);
        Assert.Equal(1, m.MaxObjectivesPerOwner);
        Assert.Equal("acme", m.MostLoadedOwnerId);
        Assert.Equal(1, m.DeepestLevel);
        Assert.Equal([1, 2], m.Levels.Select(l => l.Objectives));
        Assert.Equal([3, 6], m.Levels.Select(l => l.KeyResults));
        Assert.Equal(3.0, m.Levels[1].KeyResultsPerOwner!.Value, Tolerance);
        Assert.Equal(1.0, m.Levels[1].GrowthFactor!.Value, Tolerance);
    }

    [Fact]
    public void Metrics_MixedAlignmentKinds_SharesSumToOne()
    {
        var b = Builder();
        Objective(b, "p1", "Platform goal", "platform");
        b.Cascade("p1", "eng-o-kr1");
        b.Share("p1", "sales-o");
        var m = Analyze(b).Metrics;
        Assert.Equal(4, m.Alignments);
        Assert.Equal(0.25, m.CascadedShare!.Value, Tolerance);
        Assert.Equal(0.25, m.SharedShare!.Value, Tolerance);
        Assert.Equal(1.0, m.CascadedShare!.Value + m.LocalizedShare!.Value + m.BottomUpShare!.Value + m.SharedShare!.Value, Tolerance);
        Assert.Equal(2, m.Levels[2].Level);
    }

    [Fact]
    public void Metrics_EmptyGraph_NotMeasuredIsNullNotZero()
    {
        var report = HealthAnalyzer.AnalyzeHealth(OkrSet.Empty.Compile().ThrowIfFailed(), AsOf);
        Assert.True(report.IsHealthy);
        Assert.Null(report.Metrics.AlignmentCoverage);
        Assert.Null(report.Metrics.CascadedShare);
        Assert.Null(report.Metrics.MeanObjectivesPerOwner);
        Assert.Null(report.Metrics.MostLoadedOwnerId);
        Assert.Equal(-1, report.Metrics.DeepestLevel);
        Assert.Empty(report.Metrics.Levels);
    }

    [Fact]
    public void Options_EveryRuleDisabled_NoFindingsButSameMetrics()
    {
        var b = Builder();
        Objective(b, "p1", "Platform goal", null, keyResults: 1, checkIn: new DateOnly(2026, 1, 2));
        var graph = Compile(b);
        var all = HealthAnalyzer.AnalyzeHealth(graph, AsOf);
        Assert.NotEmpty(all.Findings);
        var none = HealthAnalyzer.AnalyzeHealth(graph, AsOf, HealthOptions.Default with { DisabledRules = HealthAnalyzer.BuiltInRules });
        Assert.Empty(none.Findings);
        Assert.Equal(all.Metrics, none.Metrics);
    }

    [Fact]
    public void Options_InvalidThresholds_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HealthOptions.Default with { MaxOutputShare = 1.5 });
        Assert.Throws<ArgumentOutOfRangeException>(() => HealthOptions.Default with { BallooningGrowthFactor = 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => HealthOptions.Default with { StaleAfterDays = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => HealthOptions.Default with { MaxLevels = -1 });
    }

    [Fact]
    public void Finding_ToDiagnostic_KeepsCodeSeverityAndIds()
    {
        var finding = new HealthFinding(DiagnosticCodes.Orphan, DiagnosticSeverity.Warning, "Objective 'x' supports nothing.", "Align it.", ["x", "team"]);
        var diagnostic = finding.ToDiagnostic();
        Assert.Equal("OKR0508", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(["x", "team"], diagnostic.Ids);
        Assert.Equal("warning OKR0508: Objective 'x' supports nothing. Align it. [x, team]", finding.ToString());
    }

    [Fact]
    public void Codes_AreDistinctAndInTheHealthRange()
    {
        Assert.Equal(26, HealthAnalyzer.BuiltInRules.Distinct().Count());
        Assert.Equal(HealthAnalyzer.BuiltInRules, HealthAnalyzer.Rules.Select(r => r.Code));
        Assert.Equal(HealthAnalyzer.BuiltInRules.Order(StringComparer.Ordinal), HealthAnalyzer.BuiltInRules);
        Assert.All(HealthAnalyzer.BuiltInRules, code => Assert.Matches("^OKR05[0-9]{2}$", code));
    }

    [Fact]
    public void Docs_Example_Runs()
    {
        // docs/health.md, the example at the top, on the healthy org plus one orphan.
        var b = Builder();
        Objective(b, "p1", "Platform goal", "platform", keyResults: 2);
        var set = b.Build();
        var output = new StringWriter();

        var graph = set.Compile().ThrowIfFailed();
        var report = HealthAnalyzer.AnalyzeHealth(graph, new DateOnly(2026, 2, 15));

        foreach (var finding in report.Findings)
            output.WriteLine(finding);

        output.WriteLine($"coverage {report.Metrics.AlignmentCoverage:P0}, deepest level {report.Metrics.DeepestLevel}");
        foreach (var level in report.Metrics.Levels)
            output.WriteLine($"level {level.Level}: {level.KeyResultsPerOwner:0.#} key results per owner, growth x{level.GrowthFactor:0.#}");

        var relaxed = HealthOptions.Default with
        {
            StaleAfterDays = 21,
            DisabledRules = [DiagnosticCodes.TooFewKeyResults],
        };
        var quieter = HealthAnalyzer.AnalyzeHealth(graph, new DateOnly(2026, 2, 15), relaxed);

        var text = output.ToString();
        Assert.StartsWith("info OKR0502 at $.objectives[3]: Objective 'p1' has 2 key results", text);
        Assert.Contains("warning OKR0508 at $.objectives[3]: Objective 'p1' of 'platform' supports nothing: ", text);
        Assert.Contains("[p1, platform]", text);
        Assert.Equal(2, report.Findings.Count);
        Assert.Equal([DiagnosticCodes.Orphan], quieter.Findings.Select(f => f.Code));
    }
}
