using System.Globalization;
using static Okr.Core.Tests.Health.HealthOrg;

namespace Okr.Core.Tests.Health;

/// <summary>Each rule: a case that fires and a near-miss that does not.</summary>
public class HealthRuleTests
{
    private const double Tolerance = 1e-9;

    /// <summary>
    /// 3 top objectives with 3 key results each, one owner per level. Strict cascading makes every key result of a
    /// level an objective one level down; localizing restates each objective once.
    /// </summary>
    private static OkrSetBuilder Cascade(int levels, bool strict)
    {
        var b = new OkrSetBuilder().AddPeriod(Period.Quarter(2026, 1));
        string? parentOwner = null;
        var previous = new List<string>();
        for (var level = 0; level < levels; level++)
        {
            var owner = "level-" + level.ToString(CultureInfo.InvariantCulture);
            b.AddOwner(owner, null, level == 0 ? OwnerKind.Company : OwnerKind.Team, parentOwner);
            parentOwner = owner;
            var parents = level == 0 ? [null, null, null] : previous.Select(p => (string?)p).ToList();
            var keyResults = new List<string>();
            var objectives = new List<string>();
            for (var i = 0; i < parents.Count; i++)
            {
                var id = string.Create(CultureInfo.InvariantCulture, $"L{level}-{i + 1}");
                b.AddObjective(id, "Objective " + id, owner, "2026-Q1");
                objectives.Add(id);
                if (parents[i] is { } parent)
                {
                    if (strict) b.Cascade(id, parent);
                    else b.Localize(id, parent);
                }
                for (var k = 1; k <= 3; k++)
                {
                    var kr = string.Create(CultureInfo.InvariantCulture, $"{id}-kr{k}");
                    b.AddKeyResult(kr, "Key result " + kr, id, Measure.Metric(0, 100), owner);
                    b.AddCheckIn(kr, Recent, 5);
                    keyResults.Add(kr);
                }
            }
            previous = strict ? keyResults : objectives;
        }
        return b;
    }

    [Fact]
    public void Ballooning_StrictCascade_9_27_81_Fires()
    {
        var report = Analyze(Cascade(3, strict: true));
        var levels = report.Metrics.Levels;
        Assert.Equal(3, levels.Count);
        Assert.Equal([3, 9, 27], levels.Select(l => l.Objectives));
        Assert.Equal([9, 27, 81], levels.Select(l => l.KeyResults));
        Assert.Equal(9.0, levels[0].KeyResultsPerOwner!.Value, Tolerance);
        Assert.Equal(27.0, levels[1].KeyResultsPerOwner!.Value, Tolerance);
        Assert.Equal(81.0, levels[2].KeyResultsPerOwner!.Value, Tolerance);
        Assert.Null(levels[0].GrowthFactor);
        Assert.Equal(3.0, levels[1].GrowthFactor!.Value, Tolerance);
        Assert.Equal(3.0, levels[2].GrowthFactor!.Value, Tolerance);
        var finding = Assert.Single(Only(report, DiagnosticCodes.Ballooning));
        Assert.Equal(["level-2"], finding.Ids);
        Assert.Contains("9 -> 27 -> 81", finding.Message);
        Assert.Contains("x3, x3", finding.Message);
    }

    [Fact]
    public void Levels_ShowTheMostLoadedOwnerBesideTheMean()
    {
        var strict = Analyze(Cascade(3, strict: true)).Metrics.Levels;
        Assert.Equal([9, 27, 81], strict.Select(l => l.MaxKeyResultsPerOwner!.Value)); // one owner per level carries it all
        Assert.Equal(["level-0", "level-1", "level-2"], strict.Select(l => l.MostLoadedOwnerId));

        // Level 2 (below the departments): sales-emea carries 2 objectives x 3 key results, platform 1 x 3: mean 4.5, most 6.
        var b = Builder();
        Objective(b, "s1", "Grow EMEA", "sales-emea");
        Objective(b, "s2", "Keep EMEA customers", "sales-emea");
        Objective(b, "p1", "Platform goal", "platform");
        b.ContributeTo("s1", "sales-o").ContributeTo("s2", "sales-o").ContributeTo("p1", "eng-o");
        var level2 = Analyze(b).Metrics.Levels[2];
        Assert.Equal(4.5, level2.KeyResultsPerOwner!.Value, Tolerance);
        Assert.Equal(6, level2.MaxKeyResultsPerOwner);
        Assert.Equal("sales-emea", level2.MostLoadedOwnerId);
    }

    [Fact]
    public void Ballooning_OneStepOfGrowth_DoesNotFire()
    {
        var report = Analyze(Cascade(2, strict: true));
        Assert.Equal(3.0, report.Metrics.Levels[1].GrowthFactor!.Value, Tolerance);
        Assert.Empty(Only(report, DiagnosticCodes.Ballooning));
        var stricter = Analyze(Cascade(2, strict: true), HealthOptions.Default with { BallooningSustainedLevels = 1 });
        Assert.Contains("9 -> 27 from level 0 to level 1 (x3)", Assert.Single(Only(stricter, DiagnosticCodes.Ballooning)).Message);
    }

    [Fact]
    public void Ballooning_Localized_StaysFlat_DoesNotFire()
    {
        var report = Analyze(Cascade(4, strict: false));
        Assert.All(report.Metrics.Levels, l => Assert.Equal(9.0, l.KeyResultsPerOwner!.Value, Tolerance));
        Assert.All(report.Metrics.Levels.Skip(1), l => Assert.Equal(1.0, l.GrowthFactor!.Value, Tolerance));
        Assert.Empty(Only(report, DiagnosticCodes.Ballooning));
    }

    [Fact]
    public void Silo_TopObjectiveSupportedBySalesOnly_Fires()
    {
        var b = Builder();
        Objective(b, "hire", "Hire the people growth needs", "acme");
        Objective(b, "emea", "Grow EMEA", "sales-emea");
        b.Localize("emea", "hire");
        var finding = Assert.Single(Only(Analyze(b), DiagnosticCodes.Silo));
        Assert.Equal(["hire", "sales"], finding.Ids);
    }

    [Fact]
    public void Silo_ThroughACascadedKeyResult_Fires()
    {
        var b = Builder();
        Objective(b, "hire", "Hire the people growth needs", "acme");
        Objective(b, "emea", "Grow EMEA", "sales-emea");
        b.Cascade("emea", "hire-kr1");
        Assert.Equal(["hire", "sales"], Assert.Single(Only(Analyze(b), DiagnosticCodes.Silo)).Ids);
    }

    [Fact]
    public void Silo_SecondDepartmentAligns_DoesNotFire()
    {
        var b = Builder();
        Objective(b, "hire", "Hire the people growth needs", "acme");
        Objective(b, "emea", "Grow EMEA", "sales-emea");
        b.Localize("emea", "hire");
        Objective(b, "tools", "Recruiting tools", "platform");
        b.ContributeTo("tools", "hire");
        Assert.Empty(Only(Analyze(b), DiagnosticCodes.Silo));
    }

    private static OkrSetBuilder WithPlatformKeyResults(params Measure[] measures)
    {
        var b = Builder();
        b.AddObjective("p1", "Platform goal", "platform", "2026-Q1");
        b.ContributeTo("p1", "eng-o");
        for (var i = 0; i < measures.Length; i++)
        {
            var id = "p1-kr" + (i + 1).ToString(CultureInfo.InvariantCulture);
            b.AddKeyResult(id, "Key result " + id, "p1", measures[i]);
            if (measures[i] is MetricMeasure) b.AddCheckIn(id, Recent, 1);
        }
        return b;
    }

    [Fact]
    public void OutputHeavy_TwoOfThreeMilestones_Fires()
    {
        var report = Analyze(WithPlatformKeyResults(Measure.Binary("Launch the API"), Measure.Milestones(new Milestone { Title = "Design" }, new Milestone { Title = "Build" }), Measure.Metric(0, 10)));
        var finding = Assert.Single(Only(report, DiagnosticCodes.OutputHeavy));
        Assert.Equal(["platform"], finding.Ids);
        Assert.Contains("2 of 3", finding.Message);
    }

    [Fact]
    public void OutputHeavy_HalfMilestones_DoesNotFire()
        => Assert.Empty(Only(Analyze(WithPlatformKeyResults(Measure.Binary("Launch the API"), Measure.Binary("Launch the SDK"), Measure.Metric(0, 10), Measure.Metric(0, 20))), DiagnosticCodes.OutputHeavy));

    [Fact]
    public void VerbatimCascade_SameTitleAfterNormalizing_Fires()
    {
        var b = Builder();
        b.AddObjective("p1", "  KEY result:  eng-o-KR1. ", "platform", "2026-Q1");
        b.Cascade("p1", "eng-o-kr1");
        var finding = Assert.Single(Only(Analyze(b), DiagnosticCodes.VerbatimCascade));
        Assert.Equal(["p1", "eng-o-kr1"], finding.Ids);
        Assert.Contains("Localize", finding.Suggestion);
    }

    [Fact]
    public void VerbatimCascade_LocalizedWording_DoesNotFire()
    {
        var b = Builder();
        Objective(b, "p1", "Make the platform fast enough for key result eng-o-kr1", "platform");
        b.Cascade("p1", "eng-o-kr1");
        Assert.Empty(Only(Analyze(b), DiagnosticCodes.VerbatimCascade));
    }

    [Theory]
    [InlineData("Reduce reported bugs by 30%", "reduce reported bugs by 30")]
    [InlineData("  Reduce\treported  BUGS, by 30 %!", "reduce reported bugs by 30")]
    public void NormalizeTitle_CaseSpacesPunctuation(string title, string expected)
        => Assert.Equal(expected, HealthAnalyzer.NormalizeTitle(title));

    [Fact]
    public void Orphan_TeamObjectiveAlignedToNothing_Fires()
    {
        var b = Builder();
        Objective(b, "p1", "Platform goal", "platform");
        var report = Analyze(b);
        Assert.Equal(["p1", "platform"], Assert.Single(Only(report, DiagnosticCodes.Orphan)).Ids);
        Assert.Equal(3.0 / 4.0, report.Metrics.AlignmentCoverage!.Value, Tolerance);
    }

    [Fact]
    public void Orphan_CompanyObjectiveAtTheTop_DoesNotFire()
    {
        var b = Builder();
        Objective(b, "retain", "Keep our customers", "acme");
        var report = Analyze(b);
        Assert.Empty(Only(report, DiagnosticCodes.Orphan));
        Assert.Equal(2, report.Metrics.TopLevelObjectives);
        Assert.Equal(1.0, report.Metrics.AlignmentCoverage!.Value, Tolerance);
    }

    [Fact]
    public void Orphan_DepartmentWithoutACompanyLevel_FiresUntilItsKindIsTopLevel()
    {
        // A department running OKRs on its own: its goal supports nothing and no owner is a company.
        OkrSetBuilder Org()
        {
            var b = new OkrSetBuilder().AddPeriod(Quarter).AddPeriod(Year).AddOwner("eng", "Engineering", OwnerKind.Department);
            return Objective(b, "eng-goal", "Ship a platform teams love", "eng");
        }
        var report = Analyze(Org());
        var finding = Assert.Single(Only(report, DiagnosticCodes.Orphan));
        Assert.Equal(["eng-goal", "eng"], finding.Ids);
        Assert.Contains("(Company)", finding.Message, StringComparison.Ordinal);
        Assert.Equal(0.0, report.Metrics.AlignmentCoverage!.Value, Tolerance);

        var departmentsAtTheTop = HealthOptions.Default with { TopLevelOwnerKinds = [OwnerKind.Company, OwnerKind.Department] };
        var tuned = Analyze(Org(), departmentsAtTheTop);
        Assert.Empty(Only(tuned, DiagnosticCodes.Orphan));
        Assert.Equal(1, tuned.Metrics.TopLevelObjectives);
        Assert.Equal(1.0, tuned.Metrics.AlignmentCoverage!.Value, Tolerance);
        Assert.Throws<ArgumentNullException>(() => HealthOptions.Default with { TopLevelOwnerKinds = null! });
    }

    [Fact]
    public void NoOwner_ObjectiveAndItsKeyResults_OneFinding()
    {
        var b = Builder();
        Objective(b, "p1", "Platform goal", owner: null);
        b.ContributeTo("p1", "eng-o");
        var finding = Assert.Single(Only(Analyze(b), DiagnosticCodes.NoOwner));
        Assert.Equal(["p1", "p1-kr1", "p1-kr2", "p1-kr3"], finding.Ids);
    }

    [Fact]
    public void NoOwner_KeyResultInheritsItsObjectivesOwner_DoesNotFireUnlessInheritanceIsOff()
    {
        var b = WithPlatformKeyResults(Measure.Metric(0, 10), Measure.Metric(0, 20), Measure.Metric(0, 30));
        Assert.Empty(Only(Analyze(b), DiagnosticCodes.NoOwner));
        var strict = Only(Analyze(WithPlatformKeyResults(Measure.Metric(0, 10), Measure.Metric(0, 20), Measure.Metric(0, 30)), HealthOptions.Default with { KeyResultsInheritOwner = false }), DiagnosticCodes.NoOwner);
        Assert.Equal(["p1-kr1", "p1-kr2", "p1-kr3"], strict.Select(f => f.Ids[0]));
    }

    [Fact]
    public void Stale_SixteenDaysSinceLastCheckIn_Fires()
    {
        var b = Builder();
        Objective(b, "p1", "Platform goal", "platform", checkIn: new DateOnly(2026, 1, 30));
        b.ContributeTo("p1", "eng-o");
        var findings = Only(Analyze(b), DiagnosticCodes.Stale);
        Assert.Equal(["p1-kr1", "p1-kr2", "p1-kr3"], findings.Select(f => f.Ids[0]));
        Assert.Equal(["p1-kr1", "2026-Q1"], findings[0].Ids);
        Assert.Contains("16 days", findings[0].Message);
    }

    [Fact]
    public void Stale_ExactlyFourteenDays_Fires()
    {
        // The default is "14 days or more": 1 February to 15 February is 14 days.
        var b = Builder();
        Objective(b, "p1", "Platform goal", "platform", checkIn: new DateOnly(2026, 2, 1));
        b.ContributeTo("p1", "eng-o");
        var findings = Only(Analyze(b), DiagnosticCodes.Stale);
        Assert.Equal(["p1-kr1", "p1-kr2", "p1-kr3"], findings.Select(f => f.Ids[0]));
        Assert.Contains("14 days", findings[0].Message);
    }

    [Fact]
    public void Stale_ThirteenDaysOrPeriodOver_DoesNotFire()
    {
        var b = Builder();
        Objective(b, "p1", "Platform goal", "platform", checkIn: new DateOnly(2026, 2, 2));
        b.ContributeTo("p1", "eng-o");
        Assert.Empty(Only(Analyze(b), DiagnosticCodes.Stale));
        Assert.Empty(Only(Analyze(Builder(), asOf: new DateOnly(2026, 4, 15)), DiagnosticCodes.Stale));
    }

    [Fact]
    public void NotStarted_NoCheckInSevenDaysIn_Fires()
    {
        var b = Builder();
        b.AddObjective("p1", "Platform goal", "platform", "2026-Q1");
        b.ContributeTo("p1", "eng-o");
        b.AddKeyResult("p1-kr1", "Uptime", "p1", Measure.Metric(99, 99.9));
        var finding = Assert.Single(Only(Analyze(b, asOf: new DateOnly(2026, 1, 8)), DiagnosticCodes.NotStarted), f => f.Ids[0] == "p1-kr1");
        Assert.Contains("7 days", finding.Message);
    }

    [Fact]
    public void NotStarted_SixDaysInOrUndatedCurrentValueOrMilestone_DoesNotFire()
    {
        var b = Builder();
        b.AddObjective("p1", "Platform goal", "platform", "2026-Q1");
        b.ContributeTo("p1", "eng-o");
        b.AddKeyResult("p1-kr1", "Uptime", "p1", Measure.Metric(99, 99.9));
        Assert.DoesNotContain(Only(Analyze(b, asOf: new DateOnly(2026, 1, 7)), DiagnosticCodes.NotStarted), f => f.Ids[0] == "p1-kr1");

        var c = Builder();
        c.AddObjective("p1", "Platform goal", "platform", "2026-Q1");
        c.ContributeTo("p1", "eng-o");
        c.AddKeyResult("p1-kr1", "Uptime", "p1", Measure.Metric(99, 99.9, current: 99.5));
        c.AddKeyResult("p1-kr2", "Launch", "p1", Measure.Binary("Launch"));
        Assert.Empty(Only(Analyze(c), DiagnosticCodes.NotStarted));
    }

    [Fact]
    public void PeriodMismatch_SecondQuarterUnderFirstQuarter_Fires()
    {
        var b = Builder().AddPeriod(Period.Quarter(2026, 2, parentId: "2026"));
        Objective(b, "p1", "Platform goal", "platform", period: "2026-Q2");
        b.ContributeTo("p1", "eng-o");
        var finding = Assert.Single(Only(Analyze(b), DiagnosticCodes.PeriodMismatch));
        Assert.Equal(["p1", "eng-o", "2026-Q2", "2026-Q1"], finding.Ids);
    }

    [Fact]
    public void PeriodMismatch_QuarterUnderYear_DoesNotFire()
    {
        var b = Builder();
        Objective(b, "grow-y", "Grow all year", "acme", period: "2026");
        Objective(b, "p1", "Platform goal", "platform");
        b.ContributeTo("p1", "grow-y");
        b.ContributeTo("eng-o", "grow-y");
        Assert.Empty(Only(Analyze(b), DiagnosticCodes.PeriodMismatch));
    }

    private static OkrSetBuilder Chain(int below)
    {
        var b = Builder();
        var parent = "eng-o";
        for (var i = 2; i <= below; i++)
        {
            var id = "c" + i.ToString(CultureInfo.InvariantCulture);
            Objective(b, id, "Chain " + id, "platform");
            b.ContributeTo(id, parent);
            parent = id;
        }
        return b;
    }

    [Fact]
    public void Depth_SixLevelsBelowTheTop_FiresOnceAtTheLastAllowedLevel()
    {
        var report = Analyze(Chain(6), HealthOptions.Default with { MaxObjectivesPerOwner = 10 });
        Assert.Equal(6, report.Metrics.DeepestLevel);
        Assert.Equal([1, 2, 1, 1, 1, 1, 1], report.Metrics.Levels.Select(l => l.Objectives));
        var finding = Assert.Single(Only(report, DiagnosticCodes.TooDeep));
        Assert.Equal(["c5", "grow", "c6"], finding.Ids);
        Assert.Equal("1", finding.Data["objectivesBelow"]);
        Assert.Equal("6", finding.Data["deepestLevel"]);
    }

    [Fact]
    public void Depth_FiveLevels_DoesNotFire()
    {
        var report = Analyze(Chain(5));
        Assert.Equal(5, report.Metrics.DeepestLevel);
        Assert.Empty(Only(report, DiagnosticCodes.TooDeep));
        Assert.Single(Only(Analyze(Chain(5), HealthOptions.Default with { MaxLevels = 4 }), DiagnosticCodes.TooDeep));
    }

    [Fact]
    public void Depth_ASubtreeWithManyDeepLeaves_IsOneFinding()
    {
        // c6, c6b (both level 6 under c5) and c7 (level 7, under c6 and, through a key result, under c6b): three
        // objectives deeper than the limit, one subtree below c5, one finding counting them.
        var b = Chain(6);
        Objective(b, "c6b", "Chain c6b", "sales-emea");
        b.ContributeTo("c6b", "c5");
        Objective(b, "c7", "Chain c7", "sales-emea");
        b.ContributeTo("c7", "c6");
        b.Cascade("c7", "c6b-kr1");
        var report = Analyze(b, HealthOptions.Default with { MaxObjectivesPerOwner = 10 });
        var finding = Assert.Single(Only(report, DiagnosticCodes.TooDeep));
        Assert.Equal(["c5", "grow", "c7"], finding.Ids);
        Assert.Equal("3", finding.Data["objectivesBelow"]);
        Assert.Equal("7", finding.Data["deepestLevel"]);
        Assert.Contains("3 objectives go deeper, down to level 7 ('c7')", finding.Message);
    }

    [Fact]
    public void Depth_TwoSubtreesBelowTheLimit_AreTwoFindings()
    {
        // A second branch reaches level 6 under its own level-5 objective: one finding per subtree, at c5 and at c5x.
        var b = Chain(6);
        Objective(b, "c5x", "Chain c5x", "sales-emea");
        b.ContributeTo("c5x", "c4");
        Objective(b, "c6x", "Chain c6x", "sales-emea");
        b.ContributeTo("c6x", "c5x");
        var report = Analyze(b, HealthOptions.Default with { MaxObjectivesPerOwner = 10 });
        Assert.Equal(["c5", "c5x"], Only(report, DiagnosticCodes.TooDeep).Select(f => f.Ids[0]));
    }
}
