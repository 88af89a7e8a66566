using Okr.Core.Internal;

namespace Okr.Core;

/// <summary>
/// A span of calendar days in which OKRs live, for example a year or a quarter inside it.
/// Both <see cref="Start"/> and <see cref="End"/> are inclusive.
/// </summary>
public sealed record Period
{
    /// <summary>The user's identifier of this period, unique among periods (for example <c>2026-Q1</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The display name; defaults to the id when not given.</summary>
    public string? Name { get; init; }

    /// <summary>The first day of the period.</summary>
    public required DateOnly Start { get; init; }

    /// <summary>The last day of the period (inclusive).</summary>
    public required DateOnly End { get; init; }

    /// <summary>The id of the period this one lies inside (a quarter's year), or <see langword="null"/>.</summary>
    public string? ParentId { get; init; }

    /// <summary>Properties a vendor attached that Okr.Core does not interpret, as raw JSON text by name. Kept on round trip.</summary>
    public IReadOnlyDictionary<string, string> Extensions { get; init => field = ValueMap.From(value); } = ValueMap.Empty;

    /// <summary>Whether <paramref name="date"/> lies within the period, ends included.</summary>
    /// <param name="date">The day to test.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> &lt;= <paramref name="date"/> &lt;= <see cref="End"/>.</returns>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Whether <paramref name="other"/> lies entirely within this period.</summary>
    /// <param name="other">The period that should be inside this one.</param>
    /// <returns><see langword="true"/> when both ends of <paramref name="other"/> lie within this period.</returns>
    public bool Contains(Period other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Start >= Start && other.End <= End;
    }

    /// <summary>Makes a calendar quarter of a year, with the id <c>{year}-Q{quarter}</c> unless one is given.</summary>
    /// <param name="year">The calendar year.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <param name="id">The id to use; defaults to <c>{year}-Q{quarter}</c>.</param>
    /// <param name="parentId">The id of the enclosing period, if any (usually the year).</param>
    /// <returns>The quarter from its first to its last day.</returns>
    public static Period Quarter(int year, int quarter, string? id = null, string? parentId = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        return new Period
        {
            Id = id ?? $"{year}-Q{quarter}",
            Start = start,
            End = start.AddMonths(3).AddDays(-1),
            ParentId = parentId,
        };
    }

    /// <summary>Makes a calendar year, with the id <c>{year}</c> unless one is given.</summary>
    /// <param name="year">The calendar year.</param>
    /// <param name="id">The id to use; defaults to the year's digits.</param>
    /// <returns>The year from 1 January to 31 December.</returns>
    public static Period Year(int year, string? id = null) => new()
    {
        Id = id ?? year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Start = new DateOnly(year, 1, 1),
        End = new DateOnly(year, 12, 31),
    };
}
