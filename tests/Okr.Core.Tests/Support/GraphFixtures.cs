using System.Globalization;

namespace Okr.Core.Tests.Support;

/// <summary>The graph area's own fixtures: a small valid set to break one way at a time, and random DAG generators.</summary>
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

    /// <summary>
    /// A random DAG of objectives: objective i may align to any objective or key result of a lower-numbered objective
    /// (so no cycle), with every alignment kind fitting its target and random weights (some 0). One key result per
    /// objective; some objectives also link the key result of a higher-numbered one. The lists are shuffled so that ids do not come in order.
    /// </summary>
    public static OkrSet RandomDag(int objectives, int seed)
    {
        var random = new Random(seed);
        var o = new List<Objective>();
        var k = new List<KeyResult>();
        var a = new List<Alignment>();
        for (var i = 0; i < objectives; i++)
        {
            var id = "o" + i.ToString(CultureInfo.InvariantCulture);
            o.Add(new Objective { Id = id, Title = id, OwnerIds = ["team"] });
            k.Add(new KeyResult { Id = "k" + i.ToString(CultureInfo.InvariantCulture), Title = "k", ObjectiveId = id, Measure = Measure.Metric(0, 1), Weight = random.Next(3) });
            var parents = i == 0 ? 0 : random.Next(4);
            var used = new HashSet<string>();
            for (var p = 0; p < parents; p++)
            {
                var target = random.Next(i);
                var toKeyResult = random.NextDouble() < 0.4;
                var parentId = (toKeyResult ? "k" : "o") + target.ToString(CultureInfo.InvariantCulture);
                if (!used.Add(parentId)) continue;
                var kind = toKeyResult
                    ? (random.NextDouble() < 0.7 ? AlignmentKind.Cascaded : AlignmentKind.Shared)
                    : (AlignmentKind)(1 + random.Next(3));
                a.Add(new Alignment { ChildId = id, ParentId = parentId, Kind = kind, Weight = random.NextDouble() < 0.1 ? 0 : 1 + random.Next(3) });
            }
        }
        // Links point down the numbering like everything else: objective i counts the key result of a higher objective.
        for (var i = 0; i + 1 < objectives; i++)
        {
            if (random.NextDouble() < 0.1)
                o[i] = o[i] with { LinkedKeyResultIds = ["k" + (i + 1 + random.Next(objectives - i - 1)).ToString(CultureInfo.InvariantCulture)] };
        }
        return new OkrSet
        {
            Owners = [new Owner { Id = "team" }],
            Objectives = Shuffle(o, random),
            KeyResults = Shuffle(k, random),
            Alignments = Shuffle(a, random),
        };
    }

    /// <summary>The same items in a random order.</summary>
    public static List<T> Shuffle<T>(IEnumerable<T> items, Random random)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

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
