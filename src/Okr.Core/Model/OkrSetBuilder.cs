
namespace Okr.Core;

/// <summary>
/// Builds an <see cref="OkrSet"/> step by step with a fluent API. The builder only collects what it is given;
/// <c>set.Compile()</c> validates it all at once. After <see cref="Build"/> the builder refuses further use.
/// </summary>
/// <example>
/// <code>
/// var set = new OkrSetBuilder()
///     .AddOwner("techsolutions", "TechSolutions", OwnerKind.Company)
///     .AddPeriod(Period.Quarter(2026, 1))
///     .AddObjective("quality", "Improve product quality", "techsolutions", "2026-Q1")
///     .AddKeyResult("bugs", "Reduce reported bugs by 30%", "quality", Measure.Metric(100, 70, current: 85))
///     .Build();
/// </code>
/// </example>
public sealed class OkrSetBuilder
{
    private readonly List<Owner> _owners = [];
    private readonly List<Period> _periods = [];
    private readonly List<Objective> _objectives = [];
    private readonly List<KeyResult> _keyResults = [];
    private readonly List<Alignment> _alignments = [];
    private string? _name;
    private bool _built;

    /// <summary>Sets the document's display name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>This builder.</returns>
    public OkrSetBuilder WithName(string name)
    {
        CheckNotBuilt();
        _name = name;
        return this;
    }

    /// <summary>Adds an owner.</summary>
    /// <param name="owner">The owner.</param>
    /// <returns>This builder.</returns>
    public OkrSetBuilder AddOwner(Owner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        CheckNotBuilt();
        _owners.Add(owner);
        return this;
    }

    /// <summary>Adds an owner.</summary>
    /// <param name="id">The owner's id.</param>
    /// <param name="name">The display name, or <see langword="null"/> to show the id.</param>
    /// <param name="kind">What kind of unit it is.</param>
    /// <param name="parentId">The id of the unit it belongs to, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public OkrSetBuilder AddOwner(string id, string? name = null, OwnerKind kind = OwnerKind.Team, string? parentId = null)
        => AddOwner(new Owner { Id = id, Name = name, Kind = kind, ParentId = parentId });

    /// <summary>Adds a period.</summary>
    /// <param name="period">The period.</param>
    /// <returns>This builder.</returns>
    public OkrSetBuilder AddPeriod(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        CheckNotBuilt();
        _periods.Add(period);
        return this;
    }

    /// <summary>Adds a period.</summary>
    /// <param name="id">The period's id.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day (inclusive).</param>
    /// <param name="parentId">The id of the enclosing period, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    public OkrSetBuilder AddPeriod(string id, DateOnly start, DateOnly end, string? parentId = null)
        => AddPeriod(new Period { Id = id, Start = start, End = end, ParentId = parentId });

    /// <summary>Adds an objective.</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>This builder.</returns>
    public OkrSetBuilder AddObjective(Objective objective)
    {
        ArgumentNullException.ThrowIfNull(objective);
        CheckNotBuilt();
        _objectives.Add(objective);
        return this;
    }

    /// <summary>Adds an objective with one owner (or none) and the default settings.</summary>
    /// <param name="id">The objective's id.</param>
    /// <param name="title">What it wants to achieve.</param>
    /// <param name="ownerId">The owner's id, or <see langword="null"/>.</param>
    /// <param name="periodId">The period's id, or <see langword="null"/>.</param>
    /// <param name="commitment">Committed or aspirational.</param>
    /// <returns>This builder.</returns>
    public OkrSetBuilder AddObjective(string id, string title, string? ownerId = null, string? periodId = null, Commitment commitment = Commitment.Committed)
        => AddObjective(new Objective
        {
            Id = id,
            Title = title,
            OwnerIds = ownerId is null ? [] : [ownerId],
            PeriodId = periodId,
            Commitment = commitment,
        });

    /// <summary>Adds a key result.</summary>
    /// <param name="keyResult">The key result.</param>
    /// <returns>This builder.</returns>
    public OkrSetBuilder AddKeyResult(KeyResult keyResult)
    {
        ArgumentNullException.ThrowIfNull(keyResult);
        CheckNotBuilt();
        _keyResults.Add(keyResult);
        return this;
    }

    /// <summary>Adds a key result under an objective.</summary>
    /// <param name="id">The key result's id.</param>
    /// <param name="title">What it measures.</param>
    /// <param name="objectiveId">The id of the objective it is defined under.</param>
    /// <param name="measure">How it is measured.</param>
    /// <param name="ownerId">The owner's id, or <see langword="null"/>.</param>
    /// <param name="weight">Its weight among the objective's inputs, default 1.</param>
    /// <returns>This builder.</returns>
    public OkrSetBuilder AddKeyResult(string id, string title, string objectiveId, Measure measure, string? ownerId = null, double weight = 1)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return AddKeyResult(new KeyResult { Id = id, Title = title, ObjectiveId = objectiveId, Measure = measure, OwnerId = ownerId, Weight = weight });
    }

    /// <summary>Adds a check-in to a key result added earlier.</summary>
    /// <param name="keyResultId">The id of the key result.</param>
    /// <param name="date">The day of the measurement.</param>
    /// <param name="value">The measured value.</param>
    /// <param name="confidence">The stated confidence, or <see langword="null"/>.</param>
    /// <param name="note">A note, or <see langword="null"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="KeyNotFoundException">No key result with that id was added.</exception>
    public OkrSetBuilder AddCheckIn(string keyResultId, DateOnly date, double value, Confidence? confidence = null, string? note = null)
    {
        CheckNotBuilt();
        ArgumentNullException.ThrowIfNull(keyResultId);
        var i = _keyResults.FindLastIndex(k => k.Id == keyResultId);
        if (i < 0) throw new KeyNotFoundException($"No key result with id '{keyResultId}' has been added; add it before its check-ins.");
        var kr = _keyResults[i];
        _keyResults[i] = kr with { CheckIns = [.. kr.CheckIns, new CheckIn { Date = date, Value = value, Confidence = confidence, Note = note }] };
        return this;
    }

    /// <summary>Aligns a child objective to a parent objective or key result.</summary>
    /// <param name="childId">The id of the supporting objective.</param>
    /// <param name="parentId">The id of the supported objective or key result.</param>
    /// <param name="kind">The alignment kind.</param>
    /// <param name="weight">The child's weight at the parent; 0 = informational.</param>
    /// <returns>This builder.</returns>
    public OkrSetBuilder Align(string childId, string parentId, AlignmentKind kind, double weight = 1)
    {
        CheckNotBuilt();
        _alignments.Add(new Alignment { ChildId = childId, ParentId = parentId, Kind = kind, Weight = weight });
        return this;
    }

    /// <summary>Cascades: the objective <paramref name="childId"/> was made from the key result <paramref name="keyResultId"/>.</summary>
    /// <param name="childId">The id of the cascaded objective.</param>
    /// <param name="keyResultId">The id of the upper key result.</param>
    /// <param name="weight">The child's weight at the key result.</param>
    /// <returns>This builder.</returns>
    public OkrSetBuilder Cascade(string childId, string keyResultId, double weight = 1) => Align(childId, keyResultId, AlignmentKind.Cascaded, weight);

    /// <summary>Localizes: the objective <paramref name="childId"/> restates the upper objective <paramref name="objectiveId"/>.</summary>
    /// <param name="childId">The id of the localized objective.</param>
    /// <param name="objectiveId">The id of the upper objective.</param>
    /// <param name="weight">The child's weight at the parent.</param>
    /// <returns>This builder.</returns>
    public OkrSetBuilder Localize(string childId, string objectiveId, double weight = 1) => Align(childId, objectiveId, AlignmentKind.Localized, weight);

    /// <summary>Bottom-up: the team objective <paramref name="childId"/> declares that it contributes to <paramref name="objectiveId"/>.</summary>
    /// <param name="childId">The id of the team's objective.</param>
    /// <param name="objectiveId">The id of the objective it contributes to.</param>
    /// <param name="weight">The child's weight at the parent; 0 = informational only.</param>
    /// <returns>This builder.</returns>
    public OkrSetBuilder ContributeTo(string childId, string objectiveId, double weight = 1) => Align(childId, objectiveId, AlignmentKind.BottomUp, weight);

    /// <summary>Shares: the objective <paramref name="childId"/> serves <paramref name="parentId"/> as one of several parents.</summary>
    /// <param name="childId">The id of the shared objective.</param>
    /// <param name="parentId">The id of one parent objective or key result.</param>
    /// <param name="weight">The child's weight at that parent.</param>
    /// <returns>This builder.</returns>
    public OkrSetBuilder Share(string childId, string parentId, double weight = 1) => Align(childId, parentId, AlignmentKind.Shared, weight);

    /// <summary>Freezes what was added into an immutable <see cref="OkrSet"/>. The builder cannot be used afterwards.</summary>
    /// <returns>The set, in the order things were added.</returns>
    /// <exception cref="InvalidOperationException">The builder was already built.</exception>
    public OkrSet Build()
    {
        CheckNotBuilt();
        _built = true;
        return new OkrSet
        {
            Name = _name,
            Owners = _owners,
            Periods = _periods,
            Objectives = _objectives,
            KeyResults = _keyResults,
            Alignments = _alignments,
        };
    }

    private void CheckNotBuilt()
    {
        if (_built) throw new InvalidOperationException("This OkrSetBuilder has already built its set; start a new builder.");
    }
}
