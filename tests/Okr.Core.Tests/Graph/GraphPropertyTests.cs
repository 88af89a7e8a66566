using FsCheck;
using FsCheck.Fluent;
using Okr.Core.Tests.Support;
using static Okr.Core.Tests.Support.GraphFixtures;

namespace Okr.Core.Tests.Graph;

/// <summary>Graph invariants over random DAGs, as FsCheck properties.</summary>
public class GraphPropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(60);

    /// <summary>Random DAGs of 1 to 400 objectives (2 to 800 nodes), from a size and a seed.</summary>
    private static readonly Arbitrary<(int Size, int Seed)> Dags = DagsUpTo(400);

    /// <summary>Random DAGs of up to 2,000 objectives (4,000 nodes), for the properties that are linear in the size.</summary>
    private static readonly Arbitrary<(int Size, int Seed)> LargeDags = DagsUpTo(2_000);

    private static Arbitrary<(int Size, int Seed)> DagsUpTo(int objectives)
        => (from size in Gen.Choose(1, objectives) from seed in Gen.Choose(0, int.MaxValue) select (size, seed)).ToArbitrary();

    private static OkrGraph Compile(OkrSet set)
    {
        var result = set.Compile();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(5)));
        return result.Graph!;
    }

    [Fact]
    public void EveryEdge_GoesFromALowerToAHigherIndex()
        => Check.One(Runs, Prop.ForAll(LargeDags, x =>
        {
            var graph = Compile(RandomDag(x.Size, x.Seed));
            return graph.Edges.All(e => e.Child.Index < e.Parent.Index)
                && graph.Nodes.All(v => v.Children.All(c => c.Index < v.Index) && v.Parents.All(p => p.Index > v.Index));
        }));

    [Fact]
    public void AncestorsAndDescendants_AreInverse_AndMatchNaiveReachability()
        => Check.One(Runs, Prop.ForAll(Dags, x =>
        {
            var set = RandomDag(x.Size, x.Seed);
            var graph = Compile(set);
            var naive = NaiveFeeds(set);
            var n = graph.NodeCount;
            var ancestors = new HashSet<int>[n];
            for (var v = 0; v < n; v++) ancestors[v] = [.. graph.Nodes[v].Ancestors().Select(a => a.Index)];
            for (var v = 0; v < n; v++)
            {
                if (!naive[graph.Nodes[v].Id].SetEquals(ancestors[v].Select(a => graph.Nodes[a].Id))) return false;
                foreach (var d in graph.Nodes[v].Descendants())
                {
                    if (!ancestors[d.Index].Contains(v)) return false;
                }
                var descendantCount = Enumerable.Range(0, n).Count(u => ancestors[u].Contains(v));
                if (descendantCount != graph.Nodes[v].Descendants().Count) return false;
            }
            return true;
        }));

    [Fact]
    public void ImpactSet_IsASubsetOfTheAncestors_AndSkipsOnlyInformationalPaths()
        => Check.One(Runs, Prop.ForAll(Dags, x =>
        {
            var graph = Compile(RandomDag(x.Size, x.Seed));
            for (var v = 0; v < graph.NodeCount; v++)
            {
                var ancestors = graph.Nodes[v].Ancestors().ToHashSet();
                var impact = graph.Nodes[v].ImpactSet();
                if (!impact.All(ancestors.Contains)) return false;
                // Every direct parent through a weighted edge is impacted.
                if (!graph.Nodes[v].OutputEdges.Where(e => e.Weight > 0).All(e => impact.Contains(e.Parent))) return false;
            }
            return true;
        }));

    [Fact]
    public void Compile_IsIndependentOfTheOrderObjectsWereAdded()
        => Check.One(Runs, Prop.ForAll(Dags, x =>
        {
            var set = RandomDag(x.Size, x.Seed);
            var random = new Random(x.Seed ^ 0x5eed);
            var shuffled = set with
            {
                Objectives = Shuffle(set.Objectives, random),
                KeyResults = Shuffle(set.KeyResults, random),
                Alignments = Shuffle(set.Alignments, random),
            };
            var a = Compile(set);
            var b = Compile(shuffled);
            static HashSet<string> Edges(OkrGraph g) => g.Edges.Select(e => $"{e.Child.Id}>{e.Parent.Id}:{e.Kind}:{e.Weight}").ToHashSet();
            return a.NodeCount == b.NodeCount
                && Edges(a).SetEquals(Edges(b))
                && a.Nodes.All(node => node.Depth == b[node.Id].Depth
                    && node.Ancestors().Ids().ToHashSet().SetEquals(b[node.Id].Ancestors().Ids()));
        }));

    [Fact]
    public void InjectedCycle_IsRejected_AndTheReportedIdsFormACycleInTheInput()
        => Check.One(Runs, Prop.ForAll(LargeDags, x =>
        {
            var set = RandomDag(Math.Max(2, x.Size), x.Seed);
            var feeds = NaiveFeeds(set);
            // Close a loop: an objective that something feeds is aligned back to that something's objective.
            var pair = set.Objectives.SelectMany(o => feeds[o.Id].Where(p => p.StartsWith('o')).Select(p => (Low: o.Id, High: p))).FirstOrDefault();
            if (pair == default) return true;
            var cyclic = set with { Alignments = [.. set.Alignments, new Alignment { ChildId = pair.High, ParentId = pair.Low, Kind = AlignmentKind.Shared }] };
            var result = cyclic.Compile();
            var cycle = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.Cycle);
            var edges = new HashSet<(string, string)>(cyclic.KeyResults.Select(k => (k.Id, k.ObjectiveId))
                .Concat(cyclic.Objectives.SelectMany(o => o.LinkedKeyResultIds.Select(l => (l, o.Id))))
                .Concat(cyclic.Alignments.Select(al => (al.ChildId, al.ParentId))));
            var ids = cycle.Ids;
            return !result.Succeeded
                && ids.Count >= 2 && ids.Distinct().Count() == ids.Count
                && Enumerable.Range(0, ids.Count).All(i => edges.Contains((ids[i], ids[(i + 1) % ids.Count])));
        }));
}
