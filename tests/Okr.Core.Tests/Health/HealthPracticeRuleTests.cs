using System.Globalization;
using Okr.Core.Tests.Support;
using static Okr.Core.Tests.Health.HealthOrg;

namespace Okr.Core.Tests.Health;

/// <summary>
/// The practice rules OKR0514 to OKR0526: each fires on its defect (in the worked examples of the domain where they
/// have one) and stays quiet on the nearest case that is not a defect.
/// </summary>
public class HealthPracticeRuleTests
{
    private static HealthReport Sample(string file, DateOnly? asOf = null)
        => OkrJson.ReadFile(SampleData.PathOf(file)).Compile().ThrowIfFailed().AnalyzeHealth(asOf ?? WorkedExamples.MidQuarter);

    private static HealthReport Worked(OkrSet set) => set.Compile().ThrowIfFailed().AnalyzeHealth(WorkedExamples.MidQuarter);

    private static string[] FirstIds(HealthReport report, string code) => [.. Only(report, code).Select(f => f.Ids[0])];

    // OKR0514

    [Fact]
    public void NeverCounts_TechSolutions_AnaStabilityAndMobileApp_NotTheWeightZeroWidgets()
    {
        var report = Sample("techsolutions.json");
        var findings = Only(report, DiagnosticCodes.AlignmentNeverCounts);
        Assert.Equal([["ana-stability", "mobile-app"], ["mobile-app", "quality"]], findings.Select(f => f.Ids.ToArray()));
        var ana = findings[0];
        Assert.Equal(DiagnosticSeverity.Warning, ana.Severity);
        Assert.Equal("$.alignments[1]", ana.Path);
        Assert.Equal("1", ana.Data["weight"]);
        Assert.Contains("progress source both", ana.Suggestion);
    }

    [Fact]
    public void NeverCounts_ParentCountsItsChildren_DoesNotFire()
    {
        // p1 counts its key results only; nothing aligned to it with weight > 0 is quiet, p2 aligned to it fires.
        OkrSetBuilder Org(bool childOfP1)
        {
            var b = Builder();
            Objective(b, "p1", "Make the platform reliable", "platform", progressSource: ProgressSource.KeyResults);
            b.ContributeTo("p1", "eng-o");
            if (!childOfP1) return b;
            Objective(b, "p2", "Make the platform cheaper", "platform");
            b.ContributeTo("p2", "p1");
            return b;
        }
        Assert.Empty(Only(Analyze(Org(false)), DiagnosticCodes.AlignmentNeverCounts));
        Assert.Equal(["p2"], FirstIds(Analyze(Org(true)), DiagnosticCodes.AlignmentNeverCounts));
        Assert.Empty(Only(Analyze(Org(true), HealthOptions.Default with { DisabledRules = [DiagnosticCodes.AlignmentNeverCounts] }), DiagnosticCodes.AlignmentNeverCounts));
    }

    // OKR0515 to OKR0517: objective text

    [Fact]
    public void NumberInObjective_ConsultancyCascade_EveryObjectiveHoldsItsTarget_TechSolutionsNone()
    {
        var report = Worked(WorkedExamples.ConsultancyCascade());
        var findings = Only(report, DiagnosticCodes.NumberInObjective);
        Assert.Equal(["list-growth", "marketing", "mql-growth", "strategy"], findings.Select(f => f.Ids[0]));
        Assert.Equal(["20%", "100", "30%", "20%"], findings.Select(f => f.Data["number"]));
        Assert.Empty(Only(Worked(WorkedExamples.TechSolutions()), DiagnosticCodes.NumberInObjective));
    }

    [Theory]
    [InlineData("Win the 2026 market", null)]
    [InlineData("Become the Q3 favourite of objective o12", null)]
    [InlineData("Grow revenue by $2M", "$2M")]
    [InlineData("Cut churn to 4.5%.", "4.5%")]
    public void NumberInObjective_YearsAndIdsAreNotTargets(string title, string? number)
        => Assert.Equal(number, HealthAnalyzer.FirstNumber(title));

    [Fact]
    public void OutputObjective_TechSolutions_ReleaseTheWidgets_NotMakeTheAppStopCrashing()
    {
        var report = Sample("techsolutions.json");
        var finding = Assert.Single(Only(report, DiagnosticCodes.OutputObjective));
        Assert.Equal(["ben-release"], finding.Ids);
        Assert.Equal("release", finding.Data["verb"]);
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
    }

    [Fact]
    public void OutputObjective_WordListIsAnOption_ForAnotherLanguage()
    {
        var b = Builder();
        Objective(b, "fr", "Lancer la nouvelle offre", "platform");
        b.ContributeTo("fr", "eng-o");
        Objective(b, "en", "Launches are not judged in French", "platform");
        b.ContributeTo("en", "eng-o");
        var graph = Compile(b);
        Assert.Equal(["en"], FirstIds(graph.AnalyzeHealth(AsOf), DiagnosticCodes.OutputObjective));
        Assert.Equal(["fr"], FirstIds(graph.AnalyzeHealth(AsOf, HealthOptions.Default with { OutputVerbs = ["lancer", "livrer"] }), DiagnosticCodes.OutputObjective));
        Assert.Throws<ArgumentException>(() => HealthOptions.Default with { OutputVerbs = ["ship", " - "] });
    }

    [Fact]
    public void ObjectiveLength_OneWordAndSixteenWords_Fire_TwoAndFifteenDoNot()
    {
        var b = Builder();
        string[] titles = ["Quality", "Grow revenue", string.Join(' ', Enumerable.Repeat("word", 15)), string.Join(' ', Enumerable.Repeat("word", 16))];
        for (var i = 0; i < titles.Length; i++)
        {
            Objective(b, "t" + i, titles[i], "platform");
            b.ContributeTo("t" + i, "eng-o");
        }
        var findings = Only(Analyze(b, HealthOptions.Default with { MaxObjectivesPerOwner = 10 }), DiagnosticCodes.ObjectiveLength);
        Assert.Equal(["t0", "t3"], findings.Select(f => f.Ids[0]));
        Assert.Equal(["1", "16"], findings.Select(f => f.Data["words"]));
        Assert.Equal(["2", "15"], findings.Select(f => f.Data["limit"]));
    }

    // OKR0518 to OKR0520: key result text and measures

    [Fact]
    public void NoBaselineAndActivityCount_ConsultancyCascade_LeadMagnetsAndEvents()
    {
        // "Launch 10 new lead magnets" counts work from 0; "Attend 5 high-profile events" counts an activity with no
        // outcome. Near misses: "Hire 2 marketing assistants" (people), "Grow the email list 20%" (a percentage).
        var report = Worked(WorkedExamples.ConsultancyCascade());
        var baseline = Assert.Single(Only(report, DiagnosticCodes.NoBaseline));
        Assert.Equal(["lead-magnets"], baseline.Ids);
        Assert.Equal("lead magnets", baseline.Data["unit"]);
        var activity = Assert.Single(Only(report, DiagnosticCodes.ActivityCount));
        Assert.Equal(["events"], activity.Ids);
        Assert.Equal("event", activity.Data["activity"]);
        Assert.Empty(Only(Worked(WorkedExamples.TechSolutions()), DiagnosticCodes.NoBaseline));
        Assert.Empty(Only(Worked(WorkedExamples.TechSolutions()), DiagnosticCodes.ActivityCount));
    }

    [Fact]
    public void ActivityCount_WithAnOutcomeWord_OrCountingDays_DoesNotFire()
    {
        var b = Builder();
        b.AddKeyResult("calls", "Hold 40 discovery calls", "sales-o", Measure.Metric(0, 40, unit: "calls"), "sales");
        b.AddKeyResult("converting", "Hold 40 discovery calls that convert 5 deals", "sales-o", Measure.Metric(0, 40, unit: "calls"), "sales");
        b.AddKeyResult("days", "Days from first interview to offer from 30 to 15", "eng-o", Measure.Metric(30, 15, unit: "days"), "eng");
        var report = Analyze(b);
        Assert.Equal(["calls"], FirstIds(report, DiagnosticCodes.ActivityCount));
        // "calls" is OKR0519's alone; "converting" names an outcome, so it is no activity count, but it still counts
        // calls from 0: no baseline. "days" starts at 30.
        Assert.Equal(["converting"], FirstIds(report, DiagnosticCodes.NoBaseline));
    }

    [Fact]
    public void NoBaseline_StartingAboveZero_DoesNotFire()
    {
        var b = Builder();
        b.AddKeyResult("zero", "Close support tickets", "eng-o", Measure.Metric(0, 300, unit: "tickets"), "eng");
        b.AddKeyResult("baseline", "Close support tickets faster", "sales-o", Measure.Metric(120, 300, unit: "tickets"), "sales");
        Assert.Equal(["zero"], FirstIds(Analyze(b), DiagnosticCodes.NoBaseline));
    }

    [Fact]
    public void AllMilestones_TechSolutions_BenRelease_AndOneMetricAmongMilestonesIsQuiet()
    {
        Assert.Equal(["ben-release"], FirstIds(Sample("techsolutions.json"), DiagnosticCodes.AllMilestones));

        OkrSetBuilder Org(bool withMetric)
        {
            var b = Builder();
            b.AddObjective(new Objective { Id = "plan", Title = "Make onboarding painless", OwnerIds = ["platform"], PeriodId = Quarter.Id });
            b.ContributeTo("plan", "eng-o");
            b.AddKeyResult("m1", "Docs rewritten", "plan", Measure.Binary("Done"), "platform");
            b.AddKeyResult("m2", "Wizard live", "plan", Measure.Binary("Done"), "platform");
            if (!withMetric) return b;
            b.AddKeyResult("metric", "Time to first value from 10 to 2 days", "plan", Measure.Metric(10, 2), "platform");
            b.AddCheckIn("metric", Recent, 8);
            return b;
        }
        Assert.Equal(["plan"], FirstIds(Analyze(Org(false)), DiagnosticCodes.AllMilestones));
        Assert.Empty(Only(Analyze(Org(true)), DiagnosticCodes.AllMilestones));
    }

    // OKR0521 to OKR0523: confidence

    private static OkrSetBuilder WithConfidences(params double[] scores)
    {
        var b = Builder();
        for (var i = 0; i < scores.Length; i++)
        {
            var id = "c" + i;
            b.AddKeyResult(id, "Confidence " + id, "eng-o", Measure.Metric(0, 100), "eng");
            b.AddCheckIn(id, Recent, 50, Confidence.FromScore(scores[i]), note: "on plan");
        }
        return b;
    }

    [Fact]
    public void ConfidenceBand_AboveNinetyOrBelowAQuarter_Fires_OnTheBoundsDoesNot()
    {
        var safe = Assert.Single(Only(Analyze(WithConfidences(0.95, 0.95, 0.95)), DiagnosticCodes.ConfidenceBand));
        Assert.Equal(["2026-Q1"], safe.Ids);
        Assert.Equal("tooSafe", safe.Data["band"]);
        Assert.Equal(0.95, double.Parse(safe.Data["average"], CultureInfo.InvariantCulture), 1e-9);
        Assert.Equal("$.periods[1]", safe.Path);
        Assert.Empty(Only(Analyze(WithConfidences(0.9, 0.9, 0.9)), DiagnosticCodes.ConfidenceBand));
        Assert.Equal("fantasy", Assert.Single(Only(Analyze(WithConfidences(0.2, 0.2, 0.3)), DiagnosticCodes.ConfidenceBand)).Data["band"]);
        Assert.Empty(Only(Analyze(WithConfidences(0.25, 0.25, 0.25)), DiagnosticCodes.ConfidenceBand));
        Assert.Empty(Only(Analyze(WithConfidences(0.95, 0.95)), DiagnosticCodes.ConfidenceBand)); // fewer than MinConfidenceSample
    }

    [Fact]
    public void LowConfidenceWithoutNote_FiresAtTheCheckIn_WithANoteOrAtTheBoundItDoesNot()
    {
        var b = Builder();
        b.AddKeyResult("low", "Low without note", "eng-o", Measure.Metric(0, 100), "eng");
        b.AddCheckIn("low", Recent.AddDays(-7), 30, Confidence.FromScore(0.6), "fine");
        b.AddCheckIn("low", Recent, 40, Confidence.FromScore(0.3));
        b.AddKeyResult("noted", "Low with note", "eng-o", Measure.Metric(0, 100), "eng");
        b.AddCheckIn("noted", Recent, 40, Confidence.FromScore(0.3), "supplier late; escalated");
        b.AddKeyResult("bound", "At the bound", "sales-o", Measure.Metric(0, 100), "sales");
        b.AddCheckIn("bound", Recent, 40, Confidence.FromScore(0.4));
        b.AddKeyResult("level", "Low as a level", "sales-o", Measure.Metric(0, 100), "sales");
        b.AddCheckIn("level", Recent, 40, Confidence.FromLevel(ConfidenceLevel.Low));
        var set = b.Build();
        var findings = Only(set.Compile().ThrowIfFailed().AnalyzeHealth(AsOf), DiagnosticCodes.LowConfidenceWithoutNote);
        Assert.Equal(["level", "low"], findings.Select(f => f.Ids[0]));
        Assert.Equal("0.2", findings[0].Data["confidence"]);
        var position = set.KeyResults.Select((k, i) => (k, i)).Single(p => p.k.Id == "low").i;
        Assert.Equal($"$.keyResults[{position}].checkIns[1]", findings[1].Path);
    }

    [Fact]
    public void ConfidenceFalling_ThreeFallsInARow_Fires_AFlatStepDoesNot()
    {
        var b = Builder();
        b.AddKeyResult("falling", "Falling", "eng-o", Measure.Metric(0, 100), "eng");
        b.AddKeyResult("flat", "Flat once", "eng-o", Measure.Metric(0, 100), "eng");
        double[] falling = [0.8, 0.7, 0.6], flat = [0.8, 0.7, 0.7];
        for (var i = 0; i < 3; i++)
        {
            b.AddCheckIn("falling", Recent.AddDays(-14 + 7 * i), 10 + i, Confidence.FromScore(falling[i]), "n");
            b.AddCheckIn("flat", Recent.AddDays(-14 + 7 * i), 10 + i, Confidence.FromScore(flat[i]), "n");
        }
        var graph = Compile(b);
        var finding = Assert.Single(Only(graph.AnalyzeHealth(AsOf), DiagnosticCodes.ConfidenceFalling));
        Assert.Equal(["falling"], finding.Ids);
        Assert.Contains("0.8 -> 0.7 -> 0.6", finding.Message);
        Assert.Empty(Only(graph.AnalyzeHealth(AsOf, HealthOptions.Default with { FallingConfidenceCheckIns = 4 }), DiagnosticCodes.ConfidenceFalling));
    }

    // OKR0524: silence is never green

    [Fact]
    public void SilentGreen_OnTrackButSilentForTheCadence_IsOutdated_ADayLessIsNot()
    {
        // 0 -> 100, 80 checked in: 80% against about 50% of the quarter gone, on track by its numbers.
        var b = Builder();
        b.AddKeyResult("quiet", "Quiet but green", "eng-o", Measure.Metric(0, 100), "eng");
        b.AddCheckIn("quiet", AsOf.AddDays(-14), 80);
        b.AddKeyResult("recent", "Recent and green", "eng-o", Measure.Metric(0, 100), "eng");
        b.AddCheckIn("recent", AsOf.AddDays(-13), 80);
        b.AddKeyResult("behind", "Quiet and behind", "sales-o", Measure.Metric(0, 100), "sales");
        b.AddCheckIn("behind", AsOf.AddDays(-14), 10);
        var report = Analyze(b);
        var finding = Assert.Single(Only(report, DiagnosticCodes.SilentGreen));
        Assert.Equal(["quiet", "2026-Q1"], finding.Ids);
        Assert.Equal("outdated", finding.Data["status"]);
        Assert.Equal("14", finding.Data["days"]);
        Assert.Equal(["behind", "quiet"], FirstIds(report, DiagnosticCodes.Stale)); // hygiene, whatever the status
    }

    [Fact]
    public void SilentGreen_AnUndatedValue_IsPending()
    {
        var b = Builder();
        b.AddKeyResult("undated", "Green from nowhere", "eng-o", Measure.Metric(0, 100, current: 80), "eng");
        b.AddKeyResult("undated-behind", "Behind from nowhere", "eng-o", Measure.Metric(0, 100, current: 10), "eng");
        var finding = Assert.Single(Only(Analyze(b), DiagnosticCodes.SilentGreen));
        Assert.Equal("undated", finding.Ids[0]);
        Assert.Equal("pending", finding.Data["status"]);
    }

    // OKR0525: trending off track

    [Fact]
    public void TrendingOffTrack_OnTrackButTheLineMissesTheTarget_Fires_ASteeperLineDoesNot()
    {
        // Both at 52-60% on 2026-02-14 against about 50% expected. Slow: 50 on 01-10, 52 on 02-14, 2 points in 35
        // days, which projects to about 54.6 on 03-31. Fast: 20 -> 60, projects past 100.
        var b = Builder();
        b.AddKeyResult("slow", "Slow", "eng-o", Measure.Metric(0, 100), "eng");
        b.AddCheckIn("slow", new DateOnly(2026, 1, 10), 50);
        b.AddCheckIn("slow", new DateOnly(2026, 2, 14), 52);
        b.AddKeyResult("fast", "Fast", "eng-o", Measure.Metric(0, 100), "eng");
        b.AddCheckIn("fast", new DateOnly(2026, 1, 10), 20);
        b.AddCheckIn("fast", new DateOnly(2026, 2, 14), 60);
        var finding = Assert.Single(Only(Analyze(b), DiagnosticCodes.TrendingOffTrack));
        Assert.Equal("slow", finding.Ids[0]);
        Assert.Equal(52 + 45 * 2.0 / 35, double.Parse(finding.Data["projectedValue"], CultureInfo.InvariantCulture), 1e-9);
    }

    // OKR0526: level skip

    [Fact]
    public void LevelSkip_TeamAlignedToTheCompany_SkipsItsDepartment_ButNotWhenTheDepartmentHasNoObjective()
    {
        var b = Builder()
            .AddOwner("ops", "Operations", OwnerKind.Department, "acme")
            .AddOwner("ops-team", "Ops team", OwnerKind.Team, "ops");
        Objective(b, "skip", "Make deploys boring", "platform");
        b.ContributeTo("skip", "grow");
        Objective(b, "via-dept", "Make builds fast", "platform");
        b.ContributeTo("via-dept", "eng-o");
        Objective(b, "no-dept-objective", "Make the office run itself", "ops-team");
        b.ContributeTo("no-dept-objective", "grow");
        var finding = Assert.Single(Only(Analyze(b), DiagnosticCodes.LevelSkip));
        Assert.Equal(["skip", "grow", "eng"], finding.Ids);
        Assert.Equal("eng", finding.Data["department"]);
    }

    // Depth, scores and the report

    [Fact]
    public void IsHealthy_InformationalFindingsOnly_IsTrue_AWarningMakesItFalse()
    {
        OkrSetBuilder Org(bool orphan)
        {
            var b = Builder();
            Objective(b, "p1", "Make the platform reliable", "platform", keyResults: 2);
            b.ContributeTo("p1", "eng-o");
            if (orphan) Objective(b, "orphan", "Make the platform loved", "platform");
            return b;
        }
        var report = Analyze(Org(false));
        Assert.Equal([DiagnosticCodes.TooFewKeyResults], report.Findings.Select(f => f.Code));
        Assert.True(report.IsHealthy);
        Assert.False(Analyze(Org(true)).IsHealthy);
    }

    [Fact]
    public void Findings_CarryTheirValuesAsData()
    {
        var b = Builder();
        for (var i = 1; i <= 6; i++)
        {
            Objective(b, "p" + i, "Make platform goal " + (char)('a' + i), "platform");
            b.ContributeTo("p" + i, "eng-o");
        }
        var finding = Assert.Single(Only(Analyze(b), DiagnosticCodes.OwnerOverloaded));
        Assert.Equal(new Dictionary<string, string> { ["owner"] = "platform", ["period"] = "2026-Q1", ["count"] = "6", ["limit"] = "5" }, finding.Data);
        Assert.Equal("$.owners[4]", finding.Path);
        Assert.Equal("$.owners[4]", finding.ToDiagnostic().Path);
    }

    [Fact]
    public void AlignmentScore_HealthyOrg_Is100_EachGapCostsItsWeight()
    {
        Assert.Equal(100, Analyze(Builder()).AlignmentScore!.Score, 1e-9);
        Assert.Empty(Analyze(Builder()).AlignmentScore!.Gaps);

        // An orphan (5), an objective without key results (3) and a level skip (3): 100 - 11 = 89.
        var b = Builder();
        Objective(b, "orphan", "Make the platform loved", "platform");
        Objective(b, "empty", "Make the platform cheaper", "platform", keyResults: 0);
        b.ContributeTo("empty", "eng-o");
        Objective(b, "skip", "Make deploys boring", "platform");
        b.ContributeTo("skip", "grow");
        var graph = Compile(b);
        var score = graph.AnalyzeHealth(AsOf).AlignmentScore!;
        Assert.Equal(89, score.Score, 1e-9);
        Assert.Equal([AlignmentGapKind.Orphans, AlignmentGapKind.ObjectivesWithoutKeyResults, AlignmentGapKind.LevelSkips], score.Gaps.Select(g => g.Kind));
        Assert.Equal([5.0, 3.0, 3.0], score.Gaps.Select(g => g.Points));
        Assert.Equal(["orphan"], score.Gaps[0].Ids);
        Assert.Equal(["empty"], score.Gaps[1].Ids);
        Assert.Equal(["skip"], score.Gaps[2].Ids);

        // Weights are options; the score does not depend on which rules are on.
        var heavier = graph.AnalyzeHealth(AsOf, HealthOptions.Default with { OrphanWeight = new AlignmentScoreWeight(12, 10), DisabledRules = [DiagnosticCodes.Orphan, DiagnosticCodes.LevelSkip] });
        Assert.Equal(84, heavier.AlignmentScore!.Score, 1e-9);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AlignmentScoreWeight(-1, 10));
    }

    [Fact]
    public void AlignmentScore_NoCompanyAnchorAndAnIsolatedDepartment()
    {
        // Sales runs OKRs alone: no top-level objective (25), its objective is an orphan (5), and sales meets no other
        // department (5): 65.
        var b = new OkrSetBuilder()
            .AddOwner("acme", "Acme", OwnerKind.Company)
            .AddOwner("sales", "Sales", OwnerKind.Department, "acme")
            .AddPeriod(Year)
            .AddPeriod(Quarter);
        Objective(b, "sales-o", "Win more deals", "sales");
        var score = Analyze(b).AlignmentScore!;
        Assert.Equal(65, score.Score, 1e-9);
        Assert.Equal([AlignmentGapKind.NoCompanyAnchor, AlignmentGapKind.Orphans, AlignmentGapKind.IsolatedDepartments], score.Gaps.Select(g => g.Kind));
        Assert.Equal(["sales"], score.Gaps[2].Ids);
        Assert.Null(Analyze(new OkrSetBuilder().AddOwner("acme", "Acme", OwnerKind.Company)).AlignmentScore);
    }

    [Fact]
    public void AlignmentScore_TechSolutions_FourDepartmentsMeetAtTheCompanyObjective_Is100()
        => Assert.Equal(100, Sample("techsolutions.json").AlignmentScore!.Score, 1e-9);
}
