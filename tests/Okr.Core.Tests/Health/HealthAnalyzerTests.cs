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
        var finding = Assert.Single(Only(Analyze(SixPlatformObjectives()), HealthCodes.OwnerOverloaded));
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
        Assert.Empty(Only(report, HealthCodes.OwnerOverloaded));
        Assert.Equal(6, report.Metrics.MaxObjectivesPerOwner);
        Assert.Equal("platform", report.Metrics.MostLoadedOwnerId);
    }

    [Fact]
    public void Overload_RaisedThresholdOrDisabled_DoesNotFire()
    {
        Assert.Empty(Only(Analyze(SixPlatformObjectives(), HealthOptions.Default with { MaxObjectivesPerOwner = 6 }), HealthCodes.OwnerOverloaded));
        Assert.Empty(Only(Analyze(SixPlatformObjectives(), HealthOptions.Default with { DisabledRules = [HealthCodes.OwnerOverloaded] }), HealthCodes.OwnerOverloaded));
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
        var finding = Assert.Single(Only(Analyze(b), HealthCodes.TooFewKeyResults));
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
        Assert.Equal(["p1"], Assert.Single(Only(report, HealthCodes.TooManyKeyResults)).Ids);
        Assert.Empty(Only(report, HealthCodes.TooFewKeyResults));
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
        var report = HealthAnalyzer.Analyze(set.Compile().ThrowIfFailed(), AsOf);
        Assert.Empty(Only(report, HealthCodes.TooFewKeyResults));
    }
}
