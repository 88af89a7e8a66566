using Okr.Core.Internal;

namespace Okr.Core;

/// <summary>How a lower objective relates to what it supports.</summary>
public enum AlignmentKind
{
    /// <summary>Top-down: the child objective is a key result of the level above, made the child's objective. Points at a key result.</summary>
    Cascaded,

    /// <summary>The child restates an upper objective's intent at its own level, with its own key results. Points at an objective.</summary>
    Localized,

    /// <summary>The child team wrote its own objective and declares what it contributes to. Points at an objective.</summary>
    BottomUp,

    /// <summary>The child serves several parents (cross-functional work). Points at an objective or a key result.</summary>
    Shared,
}

/// <summary>
/// An edge of the alignment graph: a child objective supports a parent objective or a parent key result.
/// A weight of 0 makes the alignment informational: shown, never counted.
/// </summary>
public sealed record Alignment
{
    /// <summary>The id of the supporting (lower) objective.</summary>
    public required string ChildId { get; init; }

    /// <summary>The id of the supported objective or key result.</summary>
    public required string ParentId { get; init; }

    /// <summary>The kind of alignment; it decides what the parent may be.</summary>
    public required AlignmentKind Kind { get; init; }

    /// <summary>The child's weight among the parent's inputs, &gt;= 0; default 1; 0 = informational only.</summary>
    public double Weight { get; init; } = 1;

    /// <summary>Whether the alignment feeds the parent's progress (its weight is above 0).</summary>
    public bool Contributes => Weight > 0;

    /// <summary>Properties a vendor attached that Okr.Core does not interpret, as raw JSON text by name. Kept on round trip.</summary>
    public IReadOnlyDictionary<string, string> Extensions { get; init => field = ValueMap.From(value); } = ValueMap.Empty;
}
