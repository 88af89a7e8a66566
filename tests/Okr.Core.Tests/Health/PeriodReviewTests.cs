namespace Okr.Core.Tests.Health;

/// <summary>The period-close review: the average score gives the portfolio verdict, each key result's score its note.</summary>
public sealed class PeriodReviewTests
{
    private static readonly DateOnly QuarterEnd = new(2026, 3, 31);
    private static readonly DateOnly YearEnd = new(2026, 12, 31);

    // Q1: key results at 1.0, 0.75 and 0.125, and one never checked in; Q2 (inside the year): one at 0.5.
    private static OkrGraph Org()
    {
        var b = new OkrSetBuilder()
            .AddOwner("acme", "Acme", OwnerKind.Company)
            .AddPeriod(Period.Year(2026))
            .AddPeriod(Period.Quarter(2026, 1, parentId: "2026"))
            .AddPeriod(Period.Quarter(2026, 2, parentId: "2026"));
        b.AddObjective(new Objective { Id = "grow", Title = "Grow revenue", OwnerIds = ["acme"], PeriodId = "2026-Q1" });
        b.AddKeyResult("full", "Revenue to 100", "grow", Measure.Metric(0, 100));
        b.AddCheckIn("full", new DateOnly(2026, 3, 20), 100);
        b.AddKeyResult("stretch", "Renewals to 100", "grow", Measure.Metric(0, 100));
        b.AddCheckIn("stretch", new DateOnly(2026, 3, 20), 75);
        b.AddKeyResult("far", "Partners to 100", "grow", Measure.Metric(0, 100));
        b.AddCheckIn("far", new DateOnly(2026, 3, 20), 12.5);
        b.AddKeyResult("silent", "Referrals to 100", "grow", Measure.Metric(0, 100));
        b.AddObjective(new Objective { Id = "keep", Title = "Keep customers", OwnerIds = ["acme"], PeriodId = "2026-Q2" });
        b.AddKeyResult("churn", "Retention to 100", "keep", Measure.Metric(0, 100));
        b.AddCheckIn("churn", new DateOnly(2026, 6, 20), 50);
        return HealthOrg.Compile(b);
    }

    [Fact]
    public void Quarter_average_of_measured_key_results_gives_the_verdict_and_each_score_its_note()
    {
        var review = Org().Rollup(QuarterEnd).ReviewPeriod("2026-Q1");

        // (1.0 + 0.75 + 0.125) / 3: the key result never checked in is listed but not averaged as 0.
        Assert.Equal(0.625, review.AverageScore!.Value, 1e-12);
        Assert.Equal(PortfolioVerdict.Healthy, review.Verdict);
        Assert.Equal(
            [
                new KeyResultReview("full", 1.0, KeyResultScoreNote.TooSafe),
                new KeyResultReview("stretch", 0.75, KeyResultScoreNote.IntendedLevel),
                new KeyResultReview("far", 0.125, KeyResultScoreNote.DisconnectedFromCapacity),
                new KeyResultReview("silent", null, KeyResultScoreNote.NotMeasured),
            ],
            review.KeyResults.OrderBy(k => k.Id == "silent").ThenByDescending(k => k.Score));
    }

    [Fact]
    public void A_year_includes_the_key_results_of_its_quarters()
    {
        var review = Org().Rollup(YearEnd).ReviewPeriod("2026");

        // (1.0 + 0.75 + 0.125 + 0.5) / 4 = 0.59375: just under the healthy 0.6.
        Assert.Equal(0.59375, review.AverageScore!.Value, 1e-12);
        Assert.Equal(PortfolioVerdict.Partial, review.Verdict);
        Assert.Equal(KeyResultScoreNote.Partial, review.KeyResults.Single(k => k.Id == "churn").Note);
        Assert.Equal(5, review.KeyResults.Count);
    }

    [Fact]
    public void Thresholds_are_options()
    {
        var rollup = Org().Rollup(QuarterEnd);

        Assert.Equal(PortfolioVerdict.Partial, rollup.ReviewPeriod("2026-Q1", PeriodReviewOptions.Default with { HealthyAverage = 0.7 }).Verdict);
        Assert.Equal(PortfolioVerdict.TargetsTooSafe, rollup.ReviewPeriod("2026-Q1", PeriodReviewOptions.Default with { TooSafeAverage = 0.6 }).Verdict);
        Assert.Equal(PortfolioVerdict.OutranCapacity, rollup.ReviewPeriod("2026-Q1", PeriodReviewOptions.Default with { PartialAverage = 0.65, HealthyAverage = 0.7 }).Verdict);
        Assert.Equal(KeyResultScoreNote.IntendedLevel,
            rollup.ReviewPeriod("2026-Q1", PeriodReviewOptions.Default with { DisconnectedScore = 0.1, IntendedScore = 0.1 }).KeyResults.Single(k => k.Id == "far").Note);
    }

    [Fact]
    public void A_period_with_nothing_measured_has_no_average_and_no_verdict_and_an_unknown_period_is_refused()
    {
        var rollup = Org().Rollup(QuarterEnd);

        // As of the end of Q1, Q2's only key result has no check-in yet.
        var q2 = rollup.ReviewPeriod("2026-Q2");
        Assert.Null(q2.AverageScore);
        Assert.Equal(PortfolioVerdict.NotMeasured, q2.Verdict);
        var error = Assert.Throws<ArgumentException>(() => rollup.ReviewPeriod("2026-Q3"));
        Assert.Equal("periodId", error.ParamName);
        Assert.Contains("2026-Q3", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodReviewOptions.Default with { HealthyAverage = 1.5 });
    }
}
