using System.Globalization;
using System.Text;

namespace Okr.Core.Tests.Arbitraries;

/// <summary>
/// A generated org (see <see cref="OrgArbitraries"/>): a valid <see cref="OkrSet"/> in one quarter whose objectives
/// o0, o1, ... align only to lower-numbered objectives or their key results, so it is a DAG with shared children.
/// <see cref="ToString"/> prints it one line per objective, key result and alignment, which is what FsCheck shows
/// for a (shrunk) counterexample.
/// </summary>
public sealed class Org(OkrSet set)
{
    /// <summary>The quarter every generated objective lives in.</summary>
    public static readonly Period Quarter = Period.Quarter(2026, 1);

    /// <summary>The day properties roll up and analyse as of: mid-quarter, some check-ins before and some after.</summary>
    public static readonly DateOnly AsOf = new(2026, 2, 15);

    public OkrSet Set { get; } = set;

    public IReadOnlyList<Objective> Objectives => Set.Objectives;

    public IReadOnlyList<KeyResult> KeyResults => Set.KeyResults;

    public IReadOnlyList<Alignment> Alignments => Set.Alignments;

    /// <summary>The compiled graph (generated and shrunk orgs always compile).</summary>
    public OkrGraph Compile() => Set.Compile().ThrowIfFailed();

    /// <summary>The same org with every objective on one rollup strategy (and, unless asked, no manual progress).</summary>
    public Org WithStrategy(string strategy, bool keepManual = false) => new(Set with
    {
        Objectives = [.. Set.Objectives.Select(o => o with { Strategy = strategy, ManualProgress = keepManual ? o.ManualProgress : null })],
    });

    public override string ToString() => Describe(Set);

    /// <summary>One line per objective (with its key results under it), then one per alignment.</summary>
    public static string Describe(OkrSet set)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Org: {set.Objectives.Count} objectives, {set.KeyResults.Count} key results, {set.Alignments.Count} alignments (as of {AsOf:yyyy-MM-dd})");
        var keyResultsOf = set.KeyResults.ToLookup(k => k.ObjectiveId);
        foreach (var o in set.Objectives)
        {
            text.AppendLine().Append("  ").Append(o.Id);
            text.Append(" owner=").Append(o.OwnerIds.Count == 0 ? "-" : string.Join('+', o.OwnerIds));
            text.Append(" source=").Append(o.ProgressSource);
            if (o.Strategy is not null) text.Append(" strategy=").Append(o.Strategy);
            if (o.WeightByTarget) text.Append(" byTarget");
            if (o.ManualProgress is { } m) text.Append(" manual=").Append(N(m));
            if (o.LinkedKeyResultIds.Count > 0) text.Append(" links=").Append(string.Join(',', o.LinkedKeyResultIds));
            if (o.Title != "Objective " + o.Id) text.Append(" title=\"").Append(o.Title).Append('"');
            foreach (var k in keyResultsOf[o.Id])
            {
                text.AppendLine().Append("    ").Append(k.Id).Append(" w=").Append(N(k.Weight));
                if (k.Derived) text.Append(" derived");
                text.Append(' ').Append(Measure(k.Measure));
                if (k.CheckIns.Count > 0)
                    text.Append(" check-ins ").Append(string.Join(' ', k.CheckIns.Select(c => c.Date.ToString("MM-dd", CultureInfo.InvariantCulture) + ":" + N(c.Value))));
            }
        }
        foreach (var a in set.Alignments)
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  {a.ChildId} -> {a.ParentId} {a.Kind} w={N(a.Weight)}");
        return text.ToString();
    }

    private static string Measure(Measure measure) => measure switch
    {
        MetricMeasure m => $"metric {N(m.Start)}->{N(m.Target)}",
        ThresholdMeasure t => $"{(t.Direction == ThresholdDirection.AtLeast ? "atLeast" : "atMost")} {N(t.Limit)}",
        MilestoneMeasure s => "milestones [" + string.Join(' ', s.Steps.Select(x => (x.Done ? "x" : "_") + N(x.Weight))) + "]",
        BaselineMeasure => "baseline",
        _ => measure.GetType().Name,
    };

    private static string N(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}

/// <summary>A large generated org (hundreds to thousands of objectives) for the graph properties that scale.</summary>
public sealed record LargeOrg(Org Org)
{
    public OkrSet Set => Org.Set;

    public override string ToString() => Org.ToString();
}

/// <summary>A generated org with owners, titles and defects worth a health report (tens of objectives).</summary>
public sealed record OrgWithDefects(Org Org)
{
    public OkrSet Set => Org.Set;

    public override string ToString() => Org.ToString();
}
