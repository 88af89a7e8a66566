using System.Globalization;
using QuikGraph;
using QuikGraph.Algorithms;
using QuikGraph.Algorithms.Observers;
using QuikGraph.Algorithms.Search;
using QuikGraph.Algorithms.ShortestPath;

namespace Okr.Samples;

/// <summary>
/// Two questions a strategy team asks of its cascade, answered by QuikGraph algorithms on the zero-copy view of the
/// compiled graph: how long is the longest chain of alignments from any key result up to the company objective (each
/// link is a hand-off where intent can get lost), and whose work does the company objective depend on?
/// </summary>
public static class LongestChainSample
{
    /// <summary>Reads the cascade (default <c>samples/data/consultancy-cascade.json</c>) and answers for <paramref name="objectiveId"/> (default: the only top-level objective).</summary>
    public static int Run(TextWriter output, string? path = null, string? objectiveId = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var graph = OkrJson.ReadFile(path ?? SampleData.PathOf("consultancy-cascade.json")).Compile().ThrowIfFailed();
        var top = objectiveId is null ? graph.Roots[0] : graph[objectiveId];
        var view = graph.AsQuikGraph();
        output.WriteLine($"{graph.Set.Name}: {view.VertexCount} objectives and key results, {view.EdgeCount} edges (viewed, not copied)");
        output.WriteLine($"Top: {top.Id} \"{top.Title}\"");

        // Longest chain: walk down from the top over the reversed view (still no copy), with a weight of -1 per edge,
        // so the shortest distance of a node is minus the length of the longest chain from it up to the top.
        var down = new ReversedBidirectionalGraph<OkrNode, OkrEdge>(view);
        var paths = new DagShortestPathAlgorithm<OkrNode, SReversedEdge<OkrNode, OkrEdge>>(down, _ => -1.0, DistanceRelaxers.ShortestDistance);
        var predecessors = new VertexPredecessorRecorderObserver<OkrNode, SReversedEdge<OkrNode, OkrEdge>>();
        using (predecessors.Attach(paths)) paths.Compute(top);
        var below = top.Descendants().Where(v => v.Kind == NodeKind.KeyResult)
            .Select(v => (Node: v, Length: paths.TryGetDistance(v, out var d) ? (int)-d : 0))
            .ToArray();
        var longest = below.Max(x => x.Length);
        var ends = below.Where(x => x.Length == longest).Select(x => x.Node).OrderBy(v => v.Id, StringComparer.Ordinal).ToArray();
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Longest chain of alignments up to '{top.Id}': {longest} links, from {ends.Length} key result(s): {string.Join(", ", ends.Select(v => v.Id))}"));
        if (!predecessors.TryGetPath(ends[0], out var chain)) throw new InvalidOperationException("No path was recorded.");
        // The recorded path runs from the top down; print it from the key result up, one owner per line.
        var nodes = chain.Select(e => e.OriginalEdge.Source).Reverse().Append(top).ToArray();
        for (var i = 0; i < nodes.Length; i++)
        {
            var via = i == 0 ? "" : $"  (fed by a {nodes[i - 1].OutputEdges.First(e => e.Parent == nodes[i]).Kind} edge)";
            output.WriteLine($"  {(i == 0 ? "  " : "->")} {nodes[i].Id,-13} {Kind(nodes[i]),-2} {OwnerOf(nodes[i]),-18}{via}".TrimEnd());
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  Okr.Core agrees: {ends[0].Id}.Depth = {ends[0].Depth} (its longest path to a top-level objective)"));
        output.WriteLine($"  Hand-offs between owners on the chain: {HandOffs(nodes)}");

        // Whose work it depends on: a breadth-first search down from the top, over the reversed view.
        var bfs = new BreadthFirstSearchAlgorithm<OkrNode, SReversedEdge<OkrNode, OkrEdge>>(down);
        var reached = new List<OkrNode>();
        bfs.DiscoverVertex += reached.Add;
        bfs.Compute(top);
        output.WriteLine();
        output.WriteLine($"Owners '{top.Id}' depends on (everything below it, by breadth-first search):");
        foreach (var owner in reached.GroupBy(OwnerOf).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var objectives = owner.Count(v => v.Kind == NodeKind.Objective);
            var keyResults = owner.Count(v => v.Kind == NodeKind.KeyResult);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {owner.Key,-18} {objectives} objective(s), {keyResults} key result(s)"));
        }
        return 0;
    }

    private static string Kind(OkrNode node) => node.Kind == NodeKind.Objective ? "O" : "KR";

    /// <summary>The node's owner: the key result's own, else its objective's first owner.</summary>
    private static string OwnerOf(OkrNode node)
    {
        if (node.KeyResult is { } keyResult)
            return keyResult.OwnerId ?? OwnerOf(node.Graph[keyResult.ObjectiveId]);
        return node.Objective!.OwnerIds.Count > 0 ? node.Objective.OwnerIds[0] : "(no owner)";
    }

    private static int HandOffs(OkrNode[] chain)
    {
        var count = 0;
        for (var i = 1; i < chain.Length; i++)
        {
            if (OwnerOf(chain[i]) != OwnerOf(chain[i - 1])) count++;
        }
        return count;
    }
}
