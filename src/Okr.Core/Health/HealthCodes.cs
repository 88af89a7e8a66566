namespace Okr.Core;

/// <summary>
/// The stable codes of the alignment health rules, OKR05xx (documented in <c>docs/health.md</c>). A code never
/// changes meaning between versions; pass codes to <see cref="HealthOptions.DisabledRules"/> to turn rules off.
/// </summary>
public static class HealthCodes
{
    /// <summary>An owner has more objectives in one period than <see cref="HealthOptions.MaxObjectivesPerOwner"/> (default 5). Warning.</summary>
    public const string OwnerOverloaded = "OKR0501";

    /// <summary>An objective has fewer key results than <see cref="HealthOptions.MinKeyResultsPerObjective"/> (default 3). Info.</summary>
    public const string TooFewKeyResults = "OKR0502";

    /// <summary>An objective has more key results than <see cref="HealthOptions.MaxKeyResultsPerObjective"/> (default 5). Warning.</summary>
    public const string TooManyKeyResults = "OKR0503";

    /// <summary>
    /// The key results each owner carries grow by <see cref="HealthOptions.BallooningGrowthFactor"/> (default 3) or more from
    /// level to level for <see cref="HealthOptions.BallooningSustainedLevels"/> (default 2) levels in a row: the 3, 9, 27, 81
    /// pattern of strict cascading. Warning.
    /// </summary>
    public const string Ballooning = "OKR0504";

    /// <summary>A top-level objective is supported by one department only (the owners of the objectives and key results below it): no cross-functional alignment. Warning.</summary>
    public const string Silo = "OKR0505";

    /// <summary>More than <see cref="HealthOptions.MaxOutputShare"/> (default 0.5) of an owner's key results are milestones or binary. Warning.</summary>
    public const string OutputHeavy = "OKR0506";

    /// <summary>A cascaded objective's title is its parent key result's title, word for word. Info.</summary>
    public const string VerbatimCascade = "OKR0507";

    /// <summary>An objective below the top level supports nothing: it has no parent and no owner of a kind in <see cref="HealthOptions.TopLevelOwnerKinds"/> (the company, by default). Warning.</summary>
    public const string Orphan = "OKR0508";

    /// <summary>An objective or key result has no owner. Warning.</summary>
    public const string NoOwner = "OKR0509";

    /// <summary>A measured key result in a running period has had no check-in for <see cref="HealthOptions.StaleAfterDays"/> (default 14) days. Warning.</summary>
    public const string Stale = "OKR0510";

    /// <summary>A measured key result has no check-in <see cref="HealthOptions.NotStartedAfterDays"/> (default 7) days after its period began. Warning.</summary>
    public const string NotStarted = "OKR0511";

    /// <summary>An objective is aligned to a parent whose period does not contain its own. Warning.</summary>
    public const string PeriodMismatch = "OKR0512";

    /// <summary>An alignment chain is deeper than <see cref="HealthOptions.MaxDepth"/> (default 5) levels below the top. Warning.</summary>
    public const string TooDeep = "OKR0513";

    /// <summary>Every health code, in order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        OwnerOverloaded, TooFewKeyResults, TooManyKeyResults, Ballooning, Silo, OutputHeavy, VerbatimCascade,
        Orphan, NoOwner, Stale, NotStarted, PeriodMismatch, TooDeep,
    ];
}
