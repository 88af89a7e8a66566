using Okr.Core;
using Okr.Core.Diagnostics;
using Okr.Core.Graph;
using Okr.Core.Scoring;
using Okr.Core.Rollup;
using Okr.Core.Serialization;
using Okr.Core.Results;
using Okr.Core.Internal;
namespace Okr.Core.Health;

/// <summary>
/// Everything the health rules share, computed once per analysis in linear time: owners numbered once, each node's
/// owners, period, alignment level and key-result count, each owner's department, and which objectives are top-level.
/// All arrays are indexed by node (or by owner number); no rule needs a dictionary look-up per node afterwards.
/// </summary>
internal sealed class HealthContext
{
    public const int NoDepartment = -1;
    public const int ManyDepartments = -2;

    public HealthContext(OkrGraph graph, DateOnly asOf, HealthOptions options)
    {
        Graph = graph;
        Set = graph.Set;
        AsOf = asOf;
        Options = options;
        var n = graph.NodeCount;

        // Owners: numbered once, with the department each belongs to.
        var owners = Set.Owners;
        OwnerIds = new string[owners.Count];
        OwnerKinds = new OwnerKind[owners.Count];
        var ownerIndex = new Dictionary<string, int>(owners.Count, StringComparer.Ordinal);
        for (var i = 0; i < owners.Count; i++)
        {
            OwnerIds[i] = owners[i].Id;
            OwnerKinds[i] = owners[i].Kind;
            ownerIndex.TryAdd(owners[i].Id, i);
        }
        var ownerParent = new int[owners.Count];
        for (var i = 0; i < owners.Count; i++)
        {
            ownerParent[i] = owners[i].ParentId is { } p && ownerIndex.TryGetValue(p, out var pi) ? pi : -1;
        }
        OwnerDepartment = ComputeDepartments(ownerParent);

        // Periods.
        var periods = Set.Periods;
        Periods = [.. periods];
        var periodIndex = new Dictionary<string, int>(periods.Count, StringComparer.Ordinal);
        for (var i = 0; i < periods.Count; i++) periodIndex.TryAdd(periods[i].Id, i);

        // Per node: owners (objectives: their owners; key results: their own owner), period, key results carried.
        NodeOwnerOffsets = new int[n + 1];
        var ownerList = new List<int>(n);
        NodePeriod = new int[n];
        KeyResultCount = new int[n];
        DefiningObjective = new int[n];
        var kinds = graph.EdgeKinds;
        for (var v = 0; v < n; v++)
        {
            NodeOwnerOffsets[v] = ownerList.Count;
            DefiningObjective[v] = -1;
            if (graph.ObjectiveAt(v) is { } objective)
            {
                var ids = objective.OwnerIds;
                for (var i = 0; i < ids.Count; i++)
                {
                    if (ownerIndex.TryGetValue(ids[i], out var o) && !Contains(ownerList, NodeOwnerOffsets[v], o)) ownerList.Add(o);
                }
                NodePeriod[v] = objective.PeriodId is { } pid && periodIndex.TryGetValue(pid, out var pi) ? pi : -1;
                var count = 0;
                for (var e = graph.InputOffsets[v]; e < graph.InputOffsets[v + 1]; e++)
                {
                    if ((EdgeKind)kinds[e] is EdgeKind.KeyResult or EdgeKind.LinkedKeyResult) count++;
                }
                KeyResultCount[v] = count;
            }
            else
            {
                var kr = graph.GetKeyResult(v);
                if (kr.OwnerId is { } ownerId && ownerIndex.TryGetValue(ownerId, out var o)) ownerList.Add(o);
                for (var p = graph.OutputOffsets[v]; p < graph.OutputOffsets[v + 1]; p++)
                {
                    if ((EdgeKind)kinds[graph.OutputEdge[p]] == EdgeKind.KeyResult) DefiningObjective[v] = graph.OutputTarget[p];
                }
                NodePeriod[v] = -1; // filled below, once objectives are known
            }
        }
        NodeOwnerOffsets[n] = ownerList.Count;
        NodeOwners = [.. ownerList];
        for (var v = 0; v < n; v++)
        {
            if (DefiningObjective[v] >= 0) NodePeriod[v] = NodePeriod[DefiningObjective[v]];
        }

        // Top-level objectives, levels (parents have higher indices: walk down from the top), coverage.
        IsTopLevel = new bool[n];
        Level = new int[n];
        LevelParent = new int[n];
        Root = new int[n];
        ReachesTop = new bool[n];
        for (var v = n - 1; v >= 0; v--)
        {
            LevelParent[v] = -1;
            var isObjective = DefiningObjective[v] < 0;
            if (!isObjective)
            {
                Level[v] = Level[DefiningObjective[v]];
                Root[v] = Root[DefiningObjective[v]];
                var reaches = false;
                for (var p = graph.OutputOffsets[v]; p < graph.OutputOffsets[v + 1] && !reaches; p++) reaches = ReachesTop[graph.OutputTarget[p]];
                ReachesTop[v] = reaches;
                continue;
            }
            var start = graph.OutputOffsets[v];
            var end = graph.OutputOffsets[v + 1];
            if (start == end)
            {
                IsTopLevel[v] = OwnedAtTheTop(v);
                Root[v] = v;
                ReachesTop[v] = IsTopLevel[v];
                continue;
            }
            var level = -1;
            var best = -1;
            var reach = false;
            for (var p = start; p < end; p++)
            {
                var parent = graph.OutputTarget[p];
                reach |= ReachesTop[parent];
                var candidate = Level[parent] + 1;
                if (candidate > level || (candidate == level && string.CompareOrdinal(graph.IdAt(parent), graph.IdAt(best)) < 0))
                {
                    level = candidate;
                    best = parent;
                }
            }
            Level[v] = level;
            LevelParent[v] = best;
            Root[v] = Root[best];
            ReachesTop[v] = reach;
        }
    }

    public OkrGraph Graph { get; }

    public OkrSet Set { get; }

    public DateOnly AsOf { get; }

    public HealthOptions Options { get; }

    public string[] OwnerIds { get; }

    public OwnerKind[] OwnerKinds { get; }

    /// <summary>Per owner: the number of the nearest department at or above it in the org chart, or <see cref="NoDepartment"/>.</summary>
    public int[] OwnerDepartment { get; }

    public Period[] Periods { get; }

    /// <summary>Owners of node v are NodeOwners[NodeOwnerOffsets[v] .. NodeOwnerOffsets[v+1]-1] (a key result: its own owner only).</summary>
    public int[] NodeOwnerOffsets { get; }

    public int[] NodeOwners { get; }

    /// <summary>Per node: the period number of the objective (a key result: of its objective), or -1.</summary>
    public int[] NodePeriod { get; }

    /// <summary>Per objective node: its own and linked key results.</summary>
    public int[] KeyResultCount { get; }

    /// <summary>Per key result node: the objective it is defined under; -1 for objectives.</summary>
    public int[] DefiningObjective { get; }

    public bool[] IsTopLevel { get; }

    /// <summary>Per node: alignment levels below a root (longest chain); a key result has its objective's level.</summary>
    public int[] Level { get; }

    /// <summary>Per objective node: the parent that gives its level (ties broken by ordinal id), or -1 for roots.</summary>
    public int[] LevelParent { get; }

    /// <summary>Per node: the root objective at the top of its longest alignment chain (following <see cref="LevelParent"/>).</summary>
    public int[] Root { get; }

    public bool[] ReachesTop { get; }

    public bool IsObjective(int v) => DefiningObjective[v] < 0;

    public ReadOnlySpan<int> OwnersOf(int v) => NodeOwners.AsSpan(NodeOwnerOffsets[v], NodeOwnerOffsets[v + 1] - NodeOwnerOffsets[v]);

    /// <summary>The owners accountable for a key result: its own owner, or its objective's owners when it inherits them.</summary>
    public ReadOnlySpan<int> KeyResultOwners(int v)
    {
        var own = OwnersOf(v);
        return own.Length > 0 || !Options.KeyResultsInheritOwner || DefiningObjective[v] < 0 ? own : OwnersOf(DefiningObjective[v]);
    }

    /// <summary>Whether an owner of node <paramref name="v"/> is of a kind <see cref="HealthOptions.TopLevelOwnerKinds"/> lists.</summary>
    public bool OwnedAtTheTop(int v)
    {
        foreach (var o in OwnersOf(v))
        {
            if (Options.IsTopLevelKind(OwnerKinds[o])) return true;
        }
        return false;
    }

    public static int Join(int a, int b) => a == NoDepartment ? b : b == NoDepartment || a == b ? a : ManyDepartments;

    private static bool Contains(List<int> list, int from, int value)
    {
        for (var i = from; i < list.Count; i++)
        {
            if (list[i] == value) return true;
        }
        return false;
    }

    private int[] ComputeDepartments(int[] parent)
    {
        // Walk each owner up to its nearest department once; every owner on the walk gets the answer (memoized).
        const int Unknown = -3;
        var dept = new int[parent.Length];
        Array.Fill(dept, Unknown);
        var path = new List<int>();
        for (var i = 0; i < parent.Length; i++)
        {
            path.Clear();
            var o = i;
            var answer = NoDepartment;
            var steps = 0;
            while (o >= 0 && steps++ <= parent.Length)
            {
                if (dept[o] != Unknown)
                {
                    answer = dept[o];
                    break;
                }
                if (OwnerKinds[o] == OwnerKind.Department)
                {
                    answer = o;
                    break;
                }
                path.Add(o);
                o = parent[o];
            }
            foreach (var p in path) dept[p] = answer;
            if (dept[i] == Unknown) dept[i] = answer;
        }
        return dept;
    }
}
