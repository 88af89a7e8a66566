using Okr.Core.Internal;
using Okr.Core.Diagnostics;

namespace Okr.Core.Health;

/// <summary>
/// The thresholds of the alignment health rules, and which rules are off. Immutable; change it with
/// <see langword="with"/> expressions. The defaults (<see cref="Default"/>) follow common OKR practice: 3 to 5
/// objectives per owner and 3 to 5 key results per objective, weekly to fortnightly check-ins.
/// </summary>
/// <example>
/// <code>
/// var options = HealthOptions.Default with { StaleAfterDays = 21, DisabledRules = [DiagnosticCodes.TooFewKeyResults] };
/// </code>
/// </example>
public sealed record HealthOptions
{
    /// <summary>The defaults.</summary>
    public static HealthOptions Default { get; } = new();

    /// <summary>The most objectives one owner should hold in one period; more raises <see cref="DiagnosticCodes.OwnerOverloaded"/>. Default 5.</summary>
    public int MaxObjectivesPerOwner { get; init => field = Require.AtLeast(value, 0); } = 5;

    /// <summary>The fewest key results an objective should have; fewer raises <see cref="DiagnosticCodes.TooFewKeyResults"/>. Default 3.</summary>
    public int MinKeyResultsPerObjective { get; init => field = Require.AtLeast(value, 0); } = 3;

    /// <summary>The most key results an objective should have; more raises <see cref="DiagnosticCodes.TooManyKeyResults"/>. Default 5.</summary>
    public int MaxKeyResultsPerObjective { get; init => field = Require.AtLeast(value, 0); } = 5;

    /// <summary>
    /// The level-to-level growth of the key results carried per owner that counts as ballooning (<see cref="DiagnosticCodes.Ballooning"/>).
    /// Default 3, the growth when every key result of 3 is cascaded as an objective with 3 key results of its own.
    /// </summary>
    public double BallooningGrowthFactor { get; init => field = Require.FiniteAbove(value, 1); } = 3;

    /// <summary>How many level-to-level steps in a row must grow by <see cref="BallooningGrowthFactor"/> or more to be flagged. Default 2 (3 -&gt; 9 -&gt; 27).</summary>
    public int BallooningSustainedLevels { get; init => field = Require.AtLeast(value, 1); } = 2;

    /// <summary>The largest share (0 to 1) of an owner's key results that may be milestones or binary; more raises <see cref="DiagnosticCodes.OutputHeavy"/>. Default 0.5.</summary>
    public double MaxOutputShare { get; init => field = Require.Fraction(value); } = 0.5;

    /// <summary>Days without a check-in after which a measured key result in a running period is stale (<see cref="DiagnosticCodes.Stale"/>). Default 14.</summary>
    public int StaleAfterDays { get; init => field = Require.AtLeast(value, 1); } = 14;

    /// <summary>Days after its period began by which a measured key result should have its first check-in (<see cref="DiagnosticCodes.NotStarted"/>). Default 7.</summary>
    public int NotStartedAfterDays { get; init => field = Require.AtLeast(value, 0); } = 7;

    /// <summary>The most alignment levels below a root objective; deeper chains raise <see cref="DiagnosticCodes.TooDeep"/>. Default 5.</summary>
    public int MaxLevels { get; init => field = Require.AtLeast(value, 0); } = 5;

    /// <summary>
    /// Whether a key result with no owner of its own is owned by its objective's owners (default <see langword="true"/>).
    /// When <see langword="false"/>, every key result without its own owner raises <see cref="DiagnosticCodes.NoOwner"/>.
    /// </summary>
    public bool KeyResultsInheritOwner { get; init; } = true;

    /// <summary>
    /// The owner kinds whose objectives, when they support nothing, are the top level (default
    /// <see cref="OwnerKind.Company"/> only). Top-level objectives are not orphans (<see cref="DiagnosticCodes.Orphan"/>),
    /// are what the silo rule (<see cref="DiagnosticCodes.Silo"/>) judges and what alignment coverage counts toward.
    /// Add <see cref="OwnerKind.Department"/> when a department runs OKRs without a company level above it.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public IReadOnlyList<OwnerKind> TopLevelOwnerKinds
    {
        get;
        init => field = ValueList<OwnerKind>.From(Require.NotNull(value, nameof(TopLevelOwnerKinds)));
    } = ValueList<OwnerKind>.From([OwnerKind.Company]);

    /// <summary>Whether objectives of an owner of <paramref name="kind"/> are the top level when they support nothing.</summary>
    /// <param name="kind">An owner kind.</param>
    /// <returns><see langword="true"/> when <see cref="TopLevelOwnerKinds"/> lists it.</returns>
    public bool IsTopLevelKind(OwnerKind kind)
    {
        var kinds = TopLevelOwnerKinds;
        for (var i = 0; i < kinds.Count; i++)
        {
            if (kinds[i] == kind) return true;
        }
        return false;
    }

    /// <summary>The codes (<see cref="DiagnosticCodes"/> (OKR05xx)) of the rules to skip. Metrics are computed all the same.</summary>
    public IReadOnlyList<string> DisabledRules { get; init => field = ValueList<string>.From(value); } = ValueList<string>.Empty;

    /// <summary>Whether the rule with the code <paramref name="code"/> runs.</summary>
    /// <param name="code">A code from <see cref="DiagnosticCodes"/> (OKR05xx).</param>
    /// <returns><see langword="false"/> when the code is listed in <see cref="DisabledRules"/>.</returns>
    public bool IsEnabled(string code)
    {
        var disabled = DisabledRules;
        for (var i = 0; i < disabled.Count; i++)
        {
            if (string.Equals(disabled[i], code, StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }
}
