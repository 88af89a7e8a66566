namespace Okr.Core.Tests.Support;

/// <summary>Small key results and generators for the scoring tests (the scoring area's own helpers).</summary>
public static class ScoringFixtures
{
    public const double Tolerance = 1e-9;

    /// <summary>Q1 2026: 1 January to 31 March (90 days apart).</summary>
    public static readonly Period Q1 = Period.Quarter(2026, 1);

    public static KeyResult Kr(Measure measure, params CheckIn[] checkIns) => new()
    {
        Id = "kr",
        Title = "Key result",
        ObjectiveId = "o",
        Measure = measure,
        CheckIns = checkIns,
    };

    public static CheckIn At(int month, int day, double value, Confidence? confidence = null)
        => new() { Date = new DateOnly(2026, month, day), Value = value, Confidence = confidence };

    public static Checkpoint By(int month, int day, double value) => new() { Date = new DateOnly(2026, month, day), Value = value };

    /// <summary>One objective in <see cref="Q1"/> holding the given key result, ready to compile.</summary>
    public static OkrSet SetWith(KeyResult keyResult) => new()
    {
        Owners = [new Owner { Id = "team" }],
        Periods = [Q1],
        Objectives = [new Objective { Id = "o", Title = "Objective", OwnerIds = ["team"], PeriodId = Q1.Id }],
        KeyResults = [keyResult with { ObjectiveId = "o" }],
    };
}
