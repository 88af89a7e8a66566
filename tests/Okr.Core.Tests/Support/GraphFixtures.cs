using System.Globalization;

namespace Okr.Core.Tests.Support;

/// <summary>The graph area's own fixtures: a small valid set to break one way at a time, and a naive reachability closure to check the graph against.</summary>
public static class GraphFixtures
{
    /// <summary>
    /// A valid set with nothing to report: the company objective "top" (key result k1, a metric) and the team
    /// objective "child" cascaded from k1 (key result k2), in Q1 2026 inside the year 2026.
    /// </summary>
    public static OkrSet Valid() => new()
    {
        Owners = [new Owner { Id = "company", Kind = OwnerKind.Company }, new Owner { Id = "team", ParentId = "company" }],
        Periods = [Period.Year(2026), Period.Quarter(2026, 1, parentId: "2026")],
        Objectives =
        [
            new Objective { Id = "top", Title = "Grow", OwnerIds = ["company"], PeriodId = "2026-Q1" },
            new Objective { Id = "child", Title = "More leads", OwnerIds = ["team"], PeriodId = "2026-Q1" },
        ],
        KeyResults =
        [
            new KeyResult { Id = "k1", Title = "Leads 40 -> 100", ObjectiveId = "top", Measure = Measure.Metric(40, 100) },
            new KeyResult { Id = "k2", Title = "Lead magnets 0 -> 10", ObjectiveId = "child", Measure = Measure.Metric(0, 10) },
        ],
        Alignments = [new Alignment { ChildId = "child", ParentId = "k1", Kind = AlignmentKind.Cascaded }],
    };

    /// <summary>Every id reachable upward (what it feeds) from each id, by naive search over the model's references.</summary>
    public static Dictionary<string, HashSet<string>> NaiveFeeds(OkrSet set)
    {
        var parents = new Dictionary<string, List<string>>();
        void Edge(string child, string parent)
        {
            if (!parents.TryGetValue(child, out var list)) parents[child] = list = [];
            list.Add(parent);
        }
        foreach (var kr in set.KeyResults) Edge(kr.Id, kr.ObjectiveId);
        foreach (var obj in set.Objectives) foreach (var link in obj.LinkedKeyResultIds) Edge(link, obj.Id);
        foreach (var al in set.Alignments) Edge(al.ChildId, al.ParentId);
        var result = new Dictionary<string, HashSet<string>>();
        foreach (var id in set.Objectives.Select(x => x.Id).Concat(set.KeyResults.Select(x => x.Id)))
        {
            var seen = new HashSet<string>();
            var stack = new Stack<string>([id]);
            while (stack.Count > 0)
            {
                if (!parents.TryGetValue(stack.Pop(), out var ps)) continue;
                foreach (var p in ps) if (seen.Add(p)) stack.Push(p);
            }
            result[id] = seen;
        }
        return result;
    }
}
