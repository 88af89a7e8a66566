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

    /// <summary>
    /// Words that, as the first word of an objective's title, name work rather than an outcome
    /// (<see cref="DiagnosticCodes.OutputObjective"/>). Compared in lower case; a word also matches with an <c>s</c>
    /// added. English by default: launch, build, ship, implement, deliver, release, create, develop, complete, finish,
    /// deploy, migrate, roll, introduce. Replace the list to localise it.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public IReadOnlyList<string> OutputVerbs
    {
        get;
        init => field = Words(value, nameof(OutputVerbs));
    } = Words(["launch", "build", "ship", "implement", "deliver", "release", "create", "develop", "complete", "finish", "deploy", "migrate", "roll", "introduce"], nameof(OutputVerbs));

    /// <summary>The fewest words an objective's title should have (<see cref="DiagnosticCodes.ObjectiveLength"/>). Default 2.</summary>
    public int MinObjectiveWords { get; init => field = Require.AtLeast(value, 0); } = 2;

    /// <summary>The most words an objective's title should have to be remembered (<see cref="DiagnosticCodes.ObjectiveLength"/>). Default 15.</summary>
    public int MaxObjectiveWords { get; init => field = Require.AtLeast(value, 1); } = 15;

    /// <summary>
    /// Words (or phrases) naming activities counted as work: a metric key result whose unit (or, when it has no unit,
    /// title) names one and that names no <see cref="OutcomeWords">outcome</see> is an activity count (<see cref="DiagnosticCodes.ActivityCount"/>).
    /// Singular, lower case; the plural with <c>s</c> matches too. English by default.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public IReadOnlyList<string> ActivityWords
    {
        get;
        init => field = Words(value, nameof(ActivityWords));
    } = Words(["call", "meeting", "post", "event", "demo", "webinar", "visit", "interview", "article", "workshop", "presentation", "newsletter"], nameof(ActivityWords));

    /// <summary>
    /// Words (or phrases) naming an outcome; a key result that names one is not an activity count
    /// (<see cref="DiagnosticCodes.ActivityCount"/>). Singular, lower case; the plural with <c>s</c> matches too. English by default.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public IReadOnlyList<string> OutcomeWords
    {
        get;
        init => field = Words(value, nameof(OutcomeWords));
    } = Words(["conversion", "convert", "converting", "revenue", "retention", "satisfaction", "nps", "churn", "signup", "lead", "deal", "sale", "profit", "margin", "adoption", "renewal", "pipeline", "booking", "win"], nameof(OutcomeWords));

    /// <summary>
    /// Units (words or phrases) that count pieces of work: a metric key result starting at 0 with such a unit (or an
    /// <see cref="ActivityWords">activity</see> unit) has no baseline (<see cref="DiagnosticCodes.NoBaseline"/>).
    /// Singular, lower case; the plural with <c>s</c> matches too. English by default.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public IReadOnlyList<string> WorkUnits
    {
        get;
        init => field = Words(value, nameof(WorkUnits));
    } = Words(["task", "ticket", "feature", "item", "deliverable", "release", "project", "document", "page", "story", "story point", "lead magnet", "asset"], nameof(WorkUnits));

    /// <summary>The average confidence (0 to 1) above which a set's targets are too safe (<see cref="DiagnosticCodes.ConfidenceBand"/>). Default 0.9.</summary>
    public double MaxAverageConfidence { get; init => field = Require.Fraction(value); } = 0.9;

    /// <summary>The average confidence (0 to 1) below which a set's targets are fantasy (<see cref="DiagnosticCodes.ConfidenceBand"/>). Default 0.25.</summary>
    public double MinAverageConfidence { get; init => field = Require.Fraction(value); } = 0.25;

    /// <summary>How many key results must state a confidence before their average is judged (<see cref="DiagnosticCodes.ConfidenceBand"/>). Default 3.</summary>
    public int MinConfidenceSample { get; init => field = Require.AtLeast(value, 1); } = 3;

    /// <summary>The confidence below which a check-in should say why in its note (<see cref="DiagnosticCodes.LowConfidenceWithoutNote"/>). Default 0.4.</summary>
    public double LowConfidence { get; init => field = Require.Fraction(value); } = 0.4;

    /// <summary>How many check-ins in a row, each stating a lower confidence than the one before, raise <see cref="DiagnosticCodes.ConfidenceFalling"/>. Default 3.</summary>
    public int FallingConfidenceCheckIns { get; init => field = Require.AtLeast(value, 2); } = 3;

    /// <summary>The score (0 to 1) a confidence given as <see cref="ConfidenceLevel.Low"/> counts as in the confidence rules. Default 0.2.</summary>
    public double LowLevelScore { get; init => field = Require.Fraction(value); } = 0.2;

    /// <summary>The score (0 to 1) a confidence given as <see cref="ConfidenceLevel.Medium"/> counts as in the confidence rules. Default 0.5.</summary>
    public double MediumLevelScore { get; init => field = Require.Fraction(value); } = 0.5;

    /// <summary>The score (0 to 1) a confidence given as <see cref="ConfidenceLevel.High"/> counts as in the confidence rules. Default 0.8.</summary>
    public double HighLevelScore { get; init => field = Require.Fraction(value); } = 0.8;

    /// <summary>What having no top-level objective at all costs the alignment score (<see cref="AlignmentGapKind.NoCompanyAnchor"/>). Default 25 (at most 25).</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public AlignmentScoreWeight NoCompanyAnchorWeight { get; init => field = Require.NotNull(value, nameof(NoCompanyAnchorWeight)); } = new(25, 25);

    /// <summary>What each orphan objective costs the alignment score (<see cref="AlignmentGapKind.Orphans"/>). Default 5 each, at most 25.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public AlignmentScoreWeight OrphanWeight { get; init => field = Require.NotNull(value, nameof(OrphanWeight)); } = new(5, 25);

    /// <summary>What each objective without key results costs the alignment score (<see cref="AlignmentGapKind.ObjectivesWithoutKeyResults"/>). Default 3 each, at most 15.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public AlignmentScoreWeight NoKeyResultsWeight { get; init => field = Require.NotNull(value, nameof(NoKeyResultsWeight)); } = new(3, 15);

    /// <summary>What each level skip costs the alignment score (<see cref="AlignmentGapKind.LevelSkips"/>). Default 3 each, at most 15.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public AlignmentScoreWeight LevelSkipWeight { get; init => field = Require.NotNull(value, nameof(LevelSkipWeight)); } = new(3, 15);

    /// <summary>What each department with no cross-department link costs the alignment score (<see cref="AlignmentGapKind.IsolatedDepartments"/>). Default 5 each, at most 20.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public AlignmentScoreWeight IsolatedDepartmentWeight { get; init => field = Require.NotNull(value, nameof(IsolatedDepartmentWeight)); } = new(5, 20);

    /// <summary>
    /// Rules to run beside the built-in ones (<see cref="HealthAnalyzer.Rules"/>), such as a vendor's own. Each needs a
    /// code of its own that does not start with <c>OKR</c> (the library's range); a clash is reported when the analysis runs.
    /// </summary>
    public IReadOnlyList<IHealthRule> ExtraRules { get; init => field = ValueList<IHealthRule>.From(value); } = ValueList<IHealthRule>.Empty;

    /// <summary>The codes (<see cref="DiagnosticCodes"/> (OKR05xx), or of <see cref="ExtraRules"/>) of the rules to skip. Metrics are computed all the same.</summary>
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

    private static ValueList<string> Words(IReadOnlyList<string> value, string name)
    {
        Require.NotNull(value, name);
        var words = new List<string>(value.Count);
        foreach (var word in value)
        {
            var normalized = HealthAnalyzer.NormalizeTitle(word ?? "");
            if (normalized.Length == 0) throw new ArgumentException($"{name} holds an empty word; every entry needs a letter or digit.", name);
            words.Add(normalized);
        }
        return ValueList<string>.From(words);
    }
}
