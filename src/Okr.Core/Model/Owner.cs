using Okr.Core.Internal;

namespace Okr.Core;

/// <summary>What kind of unit an <see cref="Owner"/> is in the organisation chart.</summary>
public enum OwnerKind
{
    /// <summary>The whole company or organisation.</summary>
    Company,

    /// <summary>A department or function (sales, HR, engineering).</summary>
    Department,

    /// <summary>A team inside a department.</summary>
    Team,

    /// <summary>One person.</summary>
    Individual,
}

/// <summary>
/// A person or unit that owns objectives and key results. Owners form the organisation chart
/// through <see cref="ParentId"/> (a team's department, a department's company).
/// </summary>
public sealed record Owner
{
    /// <summary>The user's identifier of this owner, unique among owners.</summary>
    public required string Id { get; init; }

    /// <summary>The display name; defaults to the id when not given.</summary>
    public string? Name { get; init; }

    /// <summary>What kind of unit this owner is.</summary>
    public OwnerKind Kind { get; init; } = OwnerKind.Team;

    /// <summary>The id of the unit this owner belongs to in the org chart, or <see langword="null"/> at the top.</summary>
    public string? ParentId { get; init; }

    /// <summary>Properties a vendor attached that Okr.Core does not interpret, as raw JSON text by name. Kept on round trip.</summary>
    public IReadOnlyDictionary<string, string> Extensions { get; init => field = ValueMap.From(value); } = ValueMap.Empty;
}
