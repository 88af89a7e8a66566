using Okr.Core.Internal;

namespace Okr.Core;

/// <summary>
/// The whole authored OKR document: owners, periods, objectives, key results and alignments, referring to
/// each other by the user's string ids. Immutable; change it with <see langword="with"/> expressions or build
/// it with <see cref="OkrSetBuilder"/>. <c>set.Compile()</c> (in <c>Okr.Core.Graph</c>) validates it and makes the
/// compiled graph every computation runs on.
/// </summary>
public sealed record OkrSet
{
    /// <summary>An empty set.</summary>
    public static OkrSet Empty { get; } = new();

    /// <summary>A display name for the document, or <see langword="null"/>.</summary>
    public string? Name { get; init; }

    /// <summary>The owners (people and units).</summary>
    public IReadOnlyList<Owner> Owners { get; init => field = ValueList<Owner>.From(value); } = ValueList<Owner>.Empty;

    /// <summary>The periods (years, quarters).</summary>
    public IReadOnlyList<Period> Periods { get; init => field = ValueList<Period>.From(value); } = ValueList<Period>.Empty;

    /// <summary>The objectives.</summary>
    public IReadOnlyList<Objective> Objectives { get; init => field = ValueList<Objective>.From(value); } = ValueList<Objective>.Empty;

    /// <summary>The key results.</summary>
    public IReadOnlyList<KeyResult> KeyResults { get; init => field = ValueList<KeyResult>.From(value); } = ValueList<KeyResult>.Empty;

    /// <summary>The alignments between objectives and what they support.</summary>
    public IReadOnlyList<Alignment> Alignments { get; init => field = ValueList<Alignment>.From(value); } = ValueList<Alignment>.Empty;

    /// <summary>Properties a vendor attached that Okr.Core does not interpret, as raw JSON text by name. Kept on round trip.</summary>
    public IReadOnlyDictionary<string, string> Extensions { get; init => field = ValueMap.From(value); } = ValueMap.Empty;
}
