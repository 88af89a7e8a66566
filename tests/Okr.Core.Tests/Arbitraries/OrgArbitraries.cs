using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Okr.Core.Tests.Arbitraries;

/// <summary>
/// FsCheck arbitraries for org graphs, composed from <see cref="Gen"/> (no seeded <see cref="Random"/>), with a
/// shrinker that keeps the org a valid DAG. Register with <c>[OkrProperty(Arbitrary = [typeof(OrgArbitraries)])]</c>.
/// <list type="bullet">
/// <item><see cref="Org"/>: 1 to 12 objectives (growing with FsCheck's size), 0 to 4 key results each of every measure
/// kind (some never checked in), every progress source, strategies, weight-by-target, manual progress, alignments of
/// the four kinds to 0 to 2 lower-numbered objectives or their key results with weights including 0 (so children are
/// shared by several parents), links to key results of higher-numbered objectives, and derived key results.</item>
/// <item><see cref="LargeOrg"/>: the same shapes, 4 objectives per unit of size (400 at FsCheck's default end size).</item>
/// <item><see cref="OrgWithDefects"/>: 2 objectives per unit of size, for the health rules: owners missing, titles
/// copied from the parent key result, too few or too many key results, stale check-ins.</item>
/// </list>
/// Shrinking drops the later half of the objectives, then single objectives, alignments and key results, then
/// simplifies what is left (no manual progress, no strategy, weight 1, fewer check-ins, whole numbers), keeping only
/// candidates that still compile.
/// </summary>
public static class OrgArbitraries
{
    private static readonly string[] StrategyNames = ["weightedMean", "mean", "minimum", "sum"];

    /// <summary>Owners every generated org has: a company, two departments and a team under each.</summary>
    private static readonly Owner[] Owners =
    [
        new() { Id = "acme", Kind = OwnerKind.Company },
        new() { Id = "sales", Kind = OwnerKind.Department, ParentId = "acme" },
        new() { Id = "eng", Kind = OwnerKind.Department, ParentId = "acme" },
        new() { Id = "sales-team", Kind = OwnerKind.Team, ParentId = "sales" },
        new() { Id = "eng-team", Kind = OwnerKind.Team, ParentId = "eng" },
    ];

    public static Arbitrary<Org> Org() => Arb.From(OrgGen(size => Math.Clamp(1 + size / 4, 1, 12)), Shrink);

    public static Arbitrary<LargeOrg> LargeOrg() =>
        Arb.From(OrgGen(size => Math.Max(1, 4 * size)).Select(o => new LargeOrg(o)), large => Shrink(large.Org).Select(o => new LargeOrg(o)));

    public static Arbitrary<OrgWithDefects> OrgWithDefects() =>
        Arb.From(OrgGen(size => Math.Max(3, 2 * size)).Select(o => new OrgWithDefects(o)), org => Shrink(org.Org).Select(o => new OrgWithDefects(o)));

    // ---- Generation: draw plain choices per objective, then assemble them into a set (parents are resolved modulo
    // the objectives before, so every choice is valid).

    private sealed record ParentDraw(int Pick, bool Near, bool ToKeyResult, int KeyResultPick, int KindPick, double Weight);

    private sealed record ObjectiveDraw(
        ProgressSource Source, string? Strategy, bool ByTarget, double? Manual, List<KeyResult> KeyResults,
        List<ParentDraw> Parents, int? LinkPick, int OwnerPick, bool CopyTitle, List<bool> Derive);

    /// <summary>Orgs whose objective count is drawn from 1 to <paramref name="maxObjectives"/>(FsCheck size).</summary>
    public static Gen<Org> OrgGen(Func<int, int> maxObjectives) =>
        Gen.Sized(size =>
            from n in Gen.Choose(1, Math.Max(1, maxObjectives(size)))
            from draws in Gen.CollectToList(Enumerable.Range(0, n), ObjectiveGen)
            select Assemble(draws));

    private static Gen<ObjectiveDraw> ObjectiveGen(int index)
    {
        var id = ObjectiveId(index);
        return
            from source in Gen.Elements(ProgressSource.KeyResults, ProgressSource.Children, ProgressSource.Both)
            from strategy in Gen.Frequency((2, Gen.Constant<string?>(null)), (1, Gen.Elements(StrategyNames).Select(s => (string?)s)))
            from byTarget in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
            from manual in Gen.Frequency((9, Gen.Constant<double?>(null)), (1, Gen.Choose(0, 12).Select(x => (double?)(x / 10.0))))
            from krCount in Gen.Choose(0, 4)
            from keyResults in Gen.CollectToList(Enumerable.Range(0, krCount), k => KeyResultGen(id, k))
            from derive in Gen.Elements(false, true).ListOf(krCount)
            from parentCount in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Constant(1)), (2, Gen.Constant(2)), (1, Gen.Constant(3)))
            from parents in ParentGen.ListOf(parentCount)
            from link in Gen.Frequency((9, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 1_000_000).Select(x => (int?)x)))
            from owner in Gen.Choose(0, 9)
            from copyTitle in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
            select new ObjectiveDraw(source, strategy, byTarget, manual, keyResults.ToList(), parents.ToList(), link, owner, copyTitle, derive.ToList());
    }

    private static readonly Gen<ParentDraw> ParentGen =
        from pick in Gen.Choose(0, 1_000_000)
        from near in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from toKeyResult in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from krPick in Gen.Choose(0, 1_000)
        from kindPick in Gen.Choose(0, 5)
        from weight in Gen.Elements(0.0, 0.5, 2.0, 3.0, 1.0, 1.0)
        select new ParentDraw(pick, near, toKeyResult, krPick, kindPick, weight);

    private static Gen<KeyResult> KeyResultGen(string objectiveId, int k) =>
        from kind in Gen.Choose(0, 5)
        from measured in Gen.Frequency((1, Gen.Constant(false)), (4, Gen.Constant(true)))
        from mc in kind switch
        {
            0 => from atLeast in Gen.Elements(true, false)
                 from checkIns in CheckInsGen(Gen.Choose(0, 100).Select(v => (double)v))
                 select ((Measure)(atLeast ? Measure.AtLeast(50) : Measure.AtMost(50)), checkIns),
            1 => from count in Gen.Choose(1, 3)
                 from steps in MilestoneGen.ArrayOf(count)
                 select ((Measure)Measure.Milestones(steps), new List<CheckIn>()),
            2 => Gen.Constant(((Measure)Measure.Baseline(), new List<CheckIn>())),
            _ => from start in Gen.Choose(0, 99)
                 from up in Gen.Elements(true, false)
                 from span in Gen.Choose(1, up ? 200 : start + 1)
                 let target = up ? start + span : start - span
                 from checkIns in CheckInsGen(Gen.Choose(-20, 140).Select(p => Math.Round(start + (target - start) * p / 100.0, 2)))
                 select ((Measure)Measure.Metric(start, target), measured ? checkIns : []),
        }
        from weight in Gen.Elements(0.0, 2.0, 1.0, 1.0)
        let id = objectiveId + "-kr" + k.ToString(CultureInfo.InvariantCulture)
        select new KeyResult
        {
            Id = id,
            Title = "Key result " + id,
            ObjectiveId = objectiveId,
            Measure = mc.Item1,
            Weight = weight,
            CheckIns = mc.Item2,
        };

    private static readonly Gen<Milestone> MilestoneGen =
        from weight in Gen.Choose(1, 3)
        from done in Gen.Elements(false, true)
        select new Milestone { Title = "Step", Weight = weight, Done = done };

    /// <summary>0 to 3 check-ins on increasing days from the quarter's start, 1 to 30 days apart, inside the quarter.</summary>
    private static Gen<List<CheckIn>> CheckInsGen(Gen<double> value) =>
        from count in Gen.Choose(0, 3)
        from gaps in Gen.Choose(1, 30).ArrayOf(count)
        from values in value.ArrayOf(count)
        select CheckIns(gaps, values);

    private static List<CheckIn> CheckIns(int[] gaps, double[] values)
    {
        var list = new List<CheckIn>();
        var day = Quarter.Start;
        for (var c = 0; c < gaps.Length; c++)
        {
            day = day.AddDays(gaps[c]);
            if (!Quarter.Contains(day)) break;
            list.Add(new CheckIn { Date = day, Value = values[c] });
        }
        return list;
    }

    private static Period Quarter => Arbitraries.Org.Quarter;

    public static string ObjectiveId(int index) => "o" + index.ToString(CultureInfo.InvariantCulture);

    private static Org Assemble(List<ObjectiveDraw> draws)
    {
        var objectives = new List<Objective>();
        var keyResults = new List<KeyResult>();
        var alignments = new List<Alignment>();
        var n = draws.Count;
        for (var i = 0; i < n; i++)
        {
            var d = draws[i];
            var id = ObjectiveId(i);
            var title = "Objective " + id;
            if (i > 0)
            {
                var used = new HashSet<string>();
                foreach (var p in d.Parents)
                {
                    // Near parents (one of the three objectives just before) make deep chains; others any lower objective.
                    var parent = p.Near ? Math.Max(0, i - 1 - p.Pick % 3) : p.Pick % i;
                    var parentKeyResults = draws[parent].KeyResults;
                    string target;
                    AlignmentKind kind;
                    if (p.ToKeyResult && parentKeyResults.Count > 0)
                    {
                        var kr = parentKeyResults[p.KeyResultPick % parentKeyResults.Count];
                        target = kr.Id;
                        kind = p.KindPick % 2 == 0 ? AlignmentKind.Cascaded : AlignmentKind.Shared;
                        if (kind == AlignmentKind.Cascaded && d.CopyTitle) title = kr.Title.ToUpperInvariant() + "!";
                    }
                    else
                    {
                        target = ObjectiveId(parent);
                        kind = (AlignmentKind)(1 + p.KindPick % 3); // localized, bottom-up, shared
                    }
                    if (used.Add(target)) alignments.Add(new Alignment { ChildId = id, ParentId = target, Kind = kind, Weight = p.Weight });
                }
            }
            // Links point down the numbering like everything else: objective i counts a key result of a higher one.
            List<string> links = [];
            if (d.LinkPick is { } pick && i + 1 < n)
            {
                var other = draws[i + 1 + pick % (n - i - 1)].KeyResults;
                if (other.Count > 0) links.Add(other[pick % other.Count].Id);
            }
            objectives.Add(new Objective
            {
                Id = id,
                Title = title,
                OwnerIds = i == 0 ? ["acme"] : d.OwnerPick == 0 ? [] : [Owners[1 + d.OwnerPick % 4].Id],
                PeriodId = Quarter.Id,
                ProgressSource = d.Source,
                Strategy = d.Strategy,
                WeightByTarget = d.ByTarget,
                ManualProgress = d.Manual,
                LinkedKeyResultIds = links,
            });
        }
        var fed = alignments.Where(a => a.Kind == AlignmentKind.Cascaded).Select(a => a.ParentId).ToHashSet();
        for (var i = 0; i < n; i++)
        {
            var d = draws[i];
            for (var k = 0; k < d.KeyResults.Count; k++)
            {
                var kr = d.KeyResults[k];
                keyResults.Add(d.Derive[k] && fed.Contains(kr.Id) ? kr with { Derived = true } : kr);
            }
        }
        var set = new OkrSet
        {
            Name = "Generated org",
            Owners = Owners,
            Periods = [Quarter],
            Objectives = objectives,
            KeyResults = keyResults,
            Alignments = alignments,
        };
        return new Org(set);
    }

    // ---- Shrinking: smaller orgs first, then simpler values; every candidate is repaired and must compile.

    /// <summary>Smaller or simpler orgs that are still valid DAGs, biggest steps first.</summary>
    public static IEnumerable<Org> Shrink(Org org) => Candidates(org.Set).Select(Repair).Where(s => s.Compile().Succeeded).Select(s => new Org(s));

    private static IEnumerable<OkrSet> Candidates(OkrSet set)
    {
        var objectives = set.Objectives;
        var n = objectives.Count;
        if (n > 1)
        {
            // The later half (by list order: later objectives align only to earlier ones), then a quarter, then one at a time.
            yield return WithoutObjectives(set, objectives.Skip(n / 2).Select(o => o.Id).ToHashSet());
            if (n > 3) yield return WithoutObjectives(set, objectives.Skip(n - n / 4).Select(o => o.Id).ToHashSet());
            for (var i = n - 1; i >= 0; i--) yield return WithoutObjectives(set, [objectives[i].Id]);
        }
        if (set.Alignments.Count > 1) yield return set with { Alignments = [] };
        for (var i = set.Alignments.Count - 1; i >= 0; i--) yield return set with { Alignments = Without(set.Alignments, i) };
        if (set.KeyResults.Count > 1)
        {
            var keep = set.KeyResults.GroupBy(k => k.ObjectiveId).Select(g => g.First()).ToList();
            if (keep.Count < set.KeyResults.Count) yield return WithoutKeyResults(set, set.KeyResults.Except(keep).Select(k => k.Id).ToHashSet());
        }
        for (var i = set.KeyResults.Count - 1; i >= 0; i--) yield return WithoutKeyResults(set, [set.KeyResults[i].Id]);

        // Simpler values, one field at a time.
        for (var i = 0; i < n; i++)
        {
            var o = objectives[i];
            if (o.ManualProgress is not null) yield return Replace(set, i, o with { ManualProgress = null });
            if (o.Strategy is not null) yield return Replace(set, i, o with { Strategy = null });
            if (o.WeightByTarget) yield return Replace(set, i, o with { WeightByTarget = false });
            if (o.LinkedKeyResultIds.Count > 0) yield return Replace(set, i, o with { LinkedKeyResultIds = [] });
            if (o.ProgressSource != ProgressSource.Both) yield return Replace(set, i, o with { ProgressSource = ProgressSource.Both });
            if (o.Title != "Objective " + o.Id) yield return Replace(set, i, o with { Title = "Objective " + o.Id });
            if (o.ManualProgress is { } m && m != Math.Round(m)) yield return Replace(set, i, o with { ManualProgress = Math.Round(m) });
        }
        for (var i = 0; i < set.KeyResults.Count; i++)
        {
            var k = set.KeyResults[i];
            if (k.Derived) yield return Replace(set, i, k with { Derived = false });
            if (k.Weight != 1) yield return Replace(set, i, k with { Weight = 1 });
            if (k.CheckIns.Count > 1) yield return Replace(set, i, k with { CheckIns = [k.CheckIns[^1]] });
            for (var c = k.CheckIns.Count - 1; c >= 0; c--) yield return Replace(set, i, k with { CheckIns = Without(k.CheckIns, c) });
            for (var c = 0; c < k.CheckIns.Count; c++)
            {
                var value = k.CheckIns[c].Value;
                foreach (var simpler in SimplerNumbers(value))
                    yield return Replace(set, i, k with { CheckIns = [.. k.CheckIns.Select((x, j) => j == c ? x with { Value = simpler } : x)] });
            }
            switch (k.Measure)
            {
                case MilestoneMeasure { Steps.Count: > 1 } s:
                    for (var j = s.Steps.Count - 1; j >= 0; j--) yield return Replace(set, i, k with { Measure = Measure.Milestones(Without(s.Steps, j)) });
                    break;
                case MetricMeasure metric:
                    if (metric.Start != 0 && metric.Target != 0) yield return Replace(set, i, k with { Measure = Measure.Metric(0, metric.Target - metric.Start) });
                    foreach (var t in SimplerNumbers(metric.Target).Where(t => t != metric.Start))
                        yield return Replace(set, i, k with { Measure = Measure.Metric(metric.Start, t) });
                    break;
            }
        }
        for (var i = 0; i < set.Alignments.Count; i++)
        {
            var a = set.Alignments[i];
            if (a.Weight != 1) yield return Replace(set, i, a with { Weight = 1 });
        }
    }

    /// <summary>0, the whole number, then numbers halfway to 0 on a coarse grid: smaller and rounder.</summary>
    private static IEnumerable<double> SimplerNumbers(double value)
    {
        if (value == 0) yield break;
        yield return 0;
        var rounded = Math.Round(value);
        if (rounded != value) yield return rounded;
        var half = Math.Round(value / 2);
        if (half != 0 && half != value && half != rounded) yield return half;
    }

    private static OkrSet WithoutObjectives(OkrSet set, HashSet<string> ids)
    {
        var krIds = set.KeyResults.Where(k => ids.Contains(k.ObjectiveId)).Select(k => k.Id).ToHashSet();
        return WithoutKeyResults(set with { Objectives = [.. set.Objectives.Where(o => !ids.Contains(o.Id))] }, krIds);
    }

    private static OkrSet WithoutKeyResults(OkrSet set, HashSet<string> ids) => set with
    {
        KeyResults = [.. set.KeyResults.Where(k => !ids.Contains(k.Id))],
    };

    /// <summary>Drops what points at something no longer there, and un-derives key results nothing cascades to.</summary>
    private static OkrSet Repair(OkrSet set)
    {
        var objectiveIds = set.Objectives.Select(o => o.Id).ToHashSet();
        var keyResults = set.KeyResults.Where(k => objectiveIds.Contains(k.ObjectiveId)).ToList();
        var ids = objectiveIds.Concat(keyResults.Select(k => k.Id)).ToHashSet();
        var alignments = set.Alignments.Where(a => ids.Contains(a.ChildId) && ids.Contains(a.ParentId)).ToList();
        var fed = alignments.Where(a => a.Kind == AlignmentKind.Cascaded).Select(a => a.ParentId).ToHashSet();
        return set with
        {
            Objectives = [.. set.Objectives.Select(o => o.LinkedKeyResultIds.All(ids.Contains) ? o : o with { LinkedKeyResultIds = [.. o.LinkedKeyResultIds.Where(ids.Contains)] })],
            KeyResults = [.. keyResults.Select(k => k.Derived && !fed.Contains(k.Id) ? k with { Derived = false } : k)],
            Alignments = alignments,
        };
    }

    private static T[] Without<T>(IReadOnlyList<T> list, int index) => [.. list.Where((_, i) => i != index)];

    private static OkrSet Replace(OkrSet set, int index, Objective objective) => set with { Objectives = [.. set.Objectives.Select((o, i) => i == index ? objective : o)] };

    private static OkrSet Replace(OkrSet set, int index, KeyResult keyResult) => set with { KeyResults = [.. set.KeyResults.Select((k, i) => i == index ? keyResult : k)] };

    private static OkrSet Replace(OkrSet set, int index, Alignment alignment) => set with { Alignments = [.. set.Alignments.Select((a, i) => i == index ? alignment : a)] };
}
