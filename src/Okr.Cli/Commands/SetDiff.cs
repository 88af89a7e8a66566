using System.Globalization;
using Okr.Cli.Rendering;
using Okr.Core;
using Okr.Core.Rollup;

namespace Okr.Cli.Commands;

/// <summary>One changed field of an edited objective or key result.</summary>
internal readonly record struct FieldChange(string Field, string Before, string After);

/// <summary>An objective or key result added, removed or edited between two sets.</summary>
internal sealed record ItemChange(string Kind, string Id, string Change, string Title, IReadOnlyList<FieldChange> Fields);

/// <summary>An alignment added, removed or changed (kind or weight).</summary>
internal sealed record AlignmentChange(string ChildId, string ParentId, string Change, string? Before, string? After);

/// <summary>What changed between two sets, or between two days of one set.</summary>
internal static class SetDiff
{
    public static List<ItemChange> Items(OkrSet before, OkrSet after)
    {
        var changes = new List<ItemChange>();
        Compare(changes, "objective", before.Objectives, after.Objectives, static o => o.Id, static o => o.Title, ObjectiveFields);
        Compare(changes, "keyResult", before.KeyResults, after.KeyResults, static k => k.Id, static k => k.Title, KeyResultFields);
        return changes;
    }

    public static List<AlignmentChange> Alignments(OkrSet before, OkrSet after)
    {
        static Dictionary<(string, string), Alignment> Index(OkrSet set)
        {
            var map = new Dictionary<(string, string), Alignment>();
            foreach (var a in set.Alignments) map[(a.ChildId, a.ParentId)] = a;
            return map;
        }
        static string Describe(Alignment a) => string.Create(CultureInfo.InvariantCulture, $"{a.Kind}, weight {a.Weight:0.###}");
        var old = Index(before);
        var now = Index(after);
        var changes = new List<AlignmentChange>();
        foreach (var (key, a) in old.OrderBy(p => p.Key))
        {
            if (!now.TryGetValue(key, out var b)) changes.Add(new AlignmentChange(key.Item1, key.Item2, "removed", Describe(a), null));
            else if (a.Kind != b.Kind || a.Weight != b.Weight) changes.Add(new AlignmentChange(key.Item1, key.Item2, "changed", Describe(a), Describe(b)));
        }
        foreach (var (key, b) in now.OrderBy(p => p.Key))
        {
            if (!old.ContainsKey(key)) changes.Add(new AlignmentChange(key.Item1, key.Item2, "added", null, Describe(b)));
        }
        return changes;
    }

    public static List<ProgressMove> Moves(RollupResult before, RollupResult after)
    {
        var moves = new List<ProgressMove>();
        foreach (var now in after.Nodes)
        {
            if (!before.Graph.TryGetNode(now.Node.Id, out var node)) continue;
            var then = before[node];
            if (Nullable.Equals(then.Progress, now.Progress) && then.Status == now.Status) continue;
            moves.Add(new ProgressMove(now.Node.Id, now.Node.Title, then.Progress, now.Progress, then.Status, now.Status));
        }
        return [.. moves.OrderByDescending(m => m.Size).ThenBy(m => m.Id, StringComparer.Ordinal)];
    }

    private static void Compare<T>(List<ItemChange> changes, string kind, IReadOnlyList<T> before, IReadOnlyList<T> after,
        Func<T, string> id, Func<T, string> title, Func<T, T, IEnumerable<FieldChange>> fields)
        where T : class
    {
        var old = before.Where(x => id(x) is not null).GroupBy(id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var now = after.Where(x => id(x) is not null).GroupBy(id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (key, a) in old.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!now.TryGetValue(key, out var b)) changes.Add(new ItemChange(kind, key, "removed", title(a), []));
            else if (!a.Equals(b)) changes.Add(new ItemChange(kind, key, "edited", title(b), [.. fields(a, b)]));
        }
        foreach (var (key, b) in now.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!old.ContainsKey(key)) changes.Add(new ItemChange(kind, key, "added", title(b), []));
        }
    }

    private static IEnumerable<FieldChange> ObjectiveFields(Objective a, Objective b)
    {
        if (a.Title != b.Title) yield return new("title", a.Title, b.Title);
        if (a.Description != b.Description) yield return new("description", a.Description ?? "", b.Description ?? "");
        if (!a.OwnerIds.SequenceEqual(b.OwnerIds)) yield return new("owners", string.Join(",", a.OwnerIds), string.Join(",", b.OwnerIds));
        if (a.PeriodId != b.PeriodId) yield return new("period", a.PeriodId ?? "", b.PeriodId ?? "");
        if (a.Commitment != b.Commitment) yield return new("commitment", a.Commitment.ToString(), b.Commitment.ToString());
        if (a.ProgressSource != b.ProgressSource) yield return new("progressSource", a.ProgressSource.ToString(), b.ProgressSource.ToString());
        if (a.ManualProgress != b.ManualProgress) yield return new("manualProgress", Number(a.ManualProgress), Number(b.ManualProgress));
        if (a.Strategy != b.Strategy) yield return new("strategy", a.Strategy ?? "", b.Strategy ?? "");
        if (a.WeightByTarget != b.WeightByTarget) yield return new("weightByTarget", a.WeightByTarget.ToString(), b.WeightByTarget.ToString());
        if (!a.LinkedKeyResultIds.SequenceEqual(b.LinkedKeyResultIds)) yield return new("linkedKeyResults", string.Join(",", a.LinkedKeyResultIds), string.Join(",", b.LinkedKeyResultIds));
        if (!a.Extensions.Equals(b.Extensions)) yield return new("extensions", $"{a.Extensions.Count} properties", $"{b.Extensions.Count} properties");
    }

    private static IEnumerable<FieldChange> KeyResultFields(KeyResult a, KeyResult b)
    {
        if (a.Title != b.Title) yield return new("title", a.Title, b.Title);
        if (a.ObjectiveId != b.ObjectiveId) yield return new("objective", a.ObjectiveId, b.ObjectiveId);
        if (a.OwnerId != b.OwnerId) yield return new("owner", a.OwnerId ?? "", b.OwnerId ?? "");
        if (a.Weight != b.Weight) yield return new("weight", Number(a.Weight), Number(b.Weight));
        if (a.Derived != b.Derived) yield return new("derived", a.Derived.ToString(), b.Derived.ToString());
        if (!Equals(a.Measure, b.Measure)) yield return new("measure", Describe(a.Measure), Describe(b.Measure));
        if (!a.CheckIns.SequenceEqual(b.CheckIns)) yield return new("checkIns", CheckIns(a), CheckIns(b));
        if (!a.Checkpoints.SequenceEqual(b.Checkpoints)) yield return new("checkpoints", $"{a.Checkpoints.Count}", $"{b.Checkpoints.Count}");
        if (a.Description != b.Description) yield return new("description", a.Description ?? "", b.Description ?? "");
        if (!a.Extensions.Equals(b.Extensions)) yield return new("extensions", $"{a.Extensions.Count} properties", $"{b.Extensions.Count} properties");
    }

    private static string CheckIns(KeyResult k)
        => k.CheckIns.Count == 0 ? "none" : string.Create(CultureInfo.InvariantCulture, $"{k.CheckIns.Count}, last {k.CheckIns.MaxBy(c => c.Date)!.Date:yyyy-MM-dd}");

    private static string Describe(Measure measure) => measure switch
    {
        MetricMeasure m => string.Create(CultureInfo.InvariantCulture, $"metric {m.Start:0.###} -> {m.Target:0.###}{(m.Current is { } c ? $", current {c:0.###}" : "")}"),
        ThresholdMeasure t => string.Create(CultureInfo.InvariantCulture, $"{t.Direction} {t.Limit:0.###}{(t.Current is { } c ? $", current {c:0.###}" : "")}"),
        MilestoneMeasure s => $"{s.Steps.Count(x => x.Done)}/{s.Steps.Count} steps done",
        _ => "baseline",
    };

    private static string Number(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture) ?? "";
}
