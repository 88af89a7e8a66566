namespace Okr.Core.Tests.Model;

/// <summary>The model's own behaviour: periods, confidence, milestones, alignments, measures, the builder.</summary>
public sealed class ModelTests
{
    [Fact]
    public void Quarter_RunsFromItsFirstToItsLastDay_WithTheConventionalId()
    {
        var q2 = Period.Quarter(2026, 2, parentId: "2026");
        Assert.Equal(("2026-Q2", new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30), "2026"), (q2.Id, q2.Start, q2.End, q2.ParentId));
        var year = Period.Year(2026);
        Assert.Equal(("2026", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), (year.Id, year.Start, year.End));
        Assert.True(year.Contains(q2));
        Assert.False(q2.Contains(year));
        Assert.True(q2.Contains(new DateOnly(2026, 6, 30)));
        Assert.False(q2.Contains(new DateOnly(2026, 7, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.Quarter(2026, 5));
    }

    [Fact]
    public void Confidence_KeepsExactlyWhatWasGiven()
    {
        var score = Confidence.FromScore(0.7);
        Assert.Equal((0.7, (ConfidenceLevel?)null, "0.7"), (score.Score, score.Level, score.ToString()));
        var level = Confidence.FromLevel(ConfidenceLevel.High);
        Assert.Equal(((double?)null, ConfidenceLevel.High, "High"), (level.Score, level.Level, level.ToString()));
        Assert.Equal(1.5, Confidence.FromScore(1.5).Score); // out of range: kept, and reported by Compile (OKR0202)
    }

    [Fact]
    public void Milestone_IsDoneAsOfItsDoneDay_NotBefore()
    {
        var step = new Milestone { Title = "Ship", Done = true, DoneOn = new DateOnly(2026, 3, 1) };
        Assert.False(step.IsDoneAsOf(new DateOnly(2026, 2, 28)));
        Assert.True(step.IsDoneAsOf(new DateOnly(2026, 3, 1)));
        Assert.True((step with { DoneOn = null }).IsDoneAsOf(DateOnly.MinValue));
        Assert.False((step with { Done = false }).IsDoneAsOf(DateOnly.MaxValue));
    }

    [Fact]
    public void Alignment_OfWeightZero_IsInformational()
    {
        var alignment = new Alignment { ChildId = "team", ParentId = "company", Kind = AlignmentKind.BottomUp };
        Assert.Equal(1, alignment.Weight);
        Assert.True(alignment.Contributes);
        Assert.False((alignment with { Weight = 0 }).Contributes);
    }

    [Fact]
    public void Metric_WithTargetBelowStart_IsDecreasing()
    {
        Assert.True(((MetricMeasure)Measure.Metric(100, 70)).IsDecreasing);
        Assert.False(((MetricMeasure)Measure.Metric(15, 35)).IsDecreasing);
        var binary = Measure.Binary("Launch");
        Assert.True(binary.IsBinary);
        Assert.False(Measure.Milestones(new Milestone { Title = "a" }, new Milestone { Title = "b" }).IsBinary);
    }

    [Fact]
    public void Builder_RefusesUseAfterBuild()
    {
        var builder = new OkrSetBuilder().AddOwner("co", "Company", OwnerKind.Company);
        var set = builder.Build();
        Assert.Single(set.Owners);
        var e = Assert.Throws<InvalidOperationException>(() => builder.AddOwner("other"));
        Assert.Contains("already built", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }
}
