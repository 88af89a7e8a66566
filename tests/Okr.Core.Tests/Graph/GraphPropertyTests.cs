using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Okr.Core.Tests.Arbitraries;
using static Okr.Core.Tests.Support.GraphFixtures;

namespace Okr.Core.Tests.Graph;

/// <summary>
/// Graph invariants over generated DAGs (<see cref="LargeOrg"/>: 4 objectives per unit of FsCheck size, so up to 400
/// objectives at the default end size, and 1,000 where the property is linear in the size). A failure shrinks to a
/// small org printed one line per objective, key result and alignment.
/// </summary>
[Properties(Arbitrary = new[] { typeof(OrgArbitraries) })]
public class GraphPropertyTests
{
    private const int Runs = 60;

    private static OkrGraph Compile(OkrSet set)
    {
        var result = set.Compile();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(5)));
        return result.Graph!;
    }

    [OkrProperty(Runs = 40, EndSize = 250)]
    public bool EveryEdge_GoesFromALowerToAHigherIndex(LargeOrg org)
    {
        var graph = Compile(org.Set);
        return graph.Edges.All(e => e.Child.Index < e.Parent.Index)
            && graph.Nodes.All(v => v.Children.All(c => c.Index < v.Index) && v.Parents.All(p => p.Index > v.Index));
    }

    [OkrProperty(Runs = 40)]
    public Property AncestorsAndDescendants_AreInverse_AndMatchNaiveReachability(LargeOrg org)
    {
        var set = org.Set;
        var graph = Compile(set);
        var naive = NaiveFeeds(set);
        var n = graph.NodeCount;
        var ancestors = new HashSet<int>[n];
        for (var v = 0; v < n; v++) ancestors[v] = [.. graph.Nodes[v].Ancestors().Select(a => a.Index)];
        for (var v = 0; v < n; v++)
        {
            if (!naive[graph.Nodes[v].Id].SetEquals(ancestors[v].Select(a => graph.Nodes[a].Id))) return false.Label($"the ancestors of {graph.Nodes[v].Id} differ from a naive search");
            foreach (var d in graph.Nodes[v].Descendants())
            {
                if (!ancestors[d.Index].Contains(v)) return false.Label($"{d.Id} is a descendant of {graph.Nodes[v].Id} but not the other way round");
            }
            var descendantCount = Enumerable.Range(0, n).Count(u => ancestors[u].Contains(v));
            if (descendantCount != graph.Nodes[v].Descendants().Count) return false.Label($"{graph.Nodes[v].Id} has {graph.Nodes[v].Descendants().Count} descendants, {descendantCount} by its ancestors");
        }
        return true.Classify(graph.Nodes.Any(v => v.Parents.Count >= 2), "a node with 2+ parents (reachability over several paths)");
    }

    [OkrProperty(Runs = Runs)]
    public bool ImpactSet_IsASubsetOfTheAncestors_AndSkipsOnlyInformationalPaths(LargeOrg org)
    {
        var graph = Compile(org.Set);
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var ancestors = graph.Nodes[v].Ancestors().ToHashSet();
            var impact = graph.Nodes[v].ImpactSet();
            if (!impact.All(ancestors.Contains)) return false;
            // Every direct parent through a weighted edge is impacted.
            if (!graph.Nodes[v].OutputEdges.Where(e => e.Weight > 0).All(e => impact.Contains(e.Parent))) return false;
        }
        return true;
    }

    [OkrProperty(Runs = Runs)]
    public bool Compile_IsIndependentOfTheOrderObjectsWereAdded(LargeOrg org, int salt)
    {
        var set = org.Set;
        var shuffled = set with
        {
            Objectives = Permute.By(salt, set.Objectives, o => o.Id),
            KeyResults = Permute.By(salt, set.KeyResults, k => k.Id),
            Alignments = Permute.By(salt, set.Alignments, a => a.ChildId + ">" + a.ParentId),
        };
        var a = Compile(set);
        var b = Compile(shuffled);
        static HashSet<string> Edges(OkrGraph g) => g.Edges.Select(e => $"{e.Child.Id}>{e.Parent.Id}:{e.Kind}:{e.Weight}").ToHashSet();
        return a.NodeCount == b.NodeCount
            && Edges(a).SetEquals(Edges(b))
            && a.Nodes.All(node => node.Depth == b[node.Id].Depth
                && node.Ancestors().Ids().ToHashSet().SetEquals(b[node.Id].Ancestors().Ids()));
    }

    /// <summary>An objective that something feeds, and that something's objective: aligning the second to the first closes a loop.</summary>
    private static (string Low, string High) LoopPair(OkrSet set)
    {
        var feeds = NaiveFeeds(set);
        var objectives = set.Objectives.Select(o => o.Id).ToHashSet();
        return set.Objectives.SelectMany(o => feeds[o.Id].Where(objectives.Contains).Select(p => (Low: o.Id, High: p))).FirstOrDefault();
    }

    [OkrProperty(Runs = 40, EndSize = 250)]
    public Property InjectedCycle_IsRejected_AndTheReportedIdsFormACycleInTheInput(LargeOrg org)
    {
        var set = org.Set;
        var pair = LoopPair(set);
        if (pair == default) return true.Classify(true, "vacuous: no objective feeds another");
        var cyclic = set with { Alignments = [.. set.Alignments, new Alignment { ChildId = pair.High, ParentId = pair.Low, Kind = AlignmentKind.Shared }] };
        var result = cyclic.Compile();
        var cycle = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.Cycle);
        var edges = new HashSet<(string, string)>(cyclic.KeyResults.Select(k => (k.Id, k.ObjectiveId))
            .Concat(cyclic.Objectives.SelectMany(o => o.LinkedKeyResultIds.Select(l => (l, o.Id))))
            .Concat(cyclic.Alignments.Select(al => (al.ChildId, al.ParentId))));
        var ids = cycle.Ids;
        return (!result.Succeeded
            && ids.Count >= 2 && ids.Distinct().Count() == ids.Count
            && Enumerable.Range(0, ids.Count).All(i => edges.Contains((ids[i], ids[(i + 1) % ids.Count]))))
            .Label("reported cycle: " + string.Join(" -> ", ids))
            .Classify(false, "vacuous: no objective feeds another");
    }

    [Fact]
    public void Coverage_InjectedCycle_MostOrgsHaveAnObjectiveFeedingAnother()
        => Coverage.AtLeast(0.7, OrgArbitraries.LargeOrg(), org => LoopPair(org.Set) != default, "an objective feeding another", samples: 50);
}
