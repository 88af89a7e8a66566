using Okr.Core.Scoring;

namespace Okr.Cli.Rendering;

/// <summary>A node whose progress or status moved between the two rollups.</summary>
internal sealed record ProgressMove(string Id, string Title, double? Before, double? After, ProgressStatus StatusBefore, ProgressStatus StatusAfter)
{
    /// <summary>The size of the move, for sorting: a node that became (or stopped being) measured counts as a whole move.</summary>
    public double Size => Before is { } b && After is { } a ? Math.Abs(a - b) : 1;
}
