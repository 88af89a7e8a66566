using Okr.Core.Graph;
using Okr.Core.Rollup;

namespace Okr.Core.Visuals;

/// <summary>An alignment between two objectives of a map: the child feeds the parent objective, or one of its key results.</summary>
/// <param name="Child">The child objective's position in <see cref="MapModel.Objectives"/>.</param>
/// <param name="Parent">The parent objective's position.</param>
/// <param name="ParentKeyResult">The graph index of the key result the child is cascaded from, or -1.</param>
/// <param name="Kind">The edge's kind.</param>
/// <param name="Weight">The edge's weight (0 = informational).</param>
internal readonly record struct MapEdge(int Child, int Parent, int ParentKeyResult, EdgeKind Kind, double Weight);

/// <summary>A key result linked by reference into another objective of the map.</summary>
/// <param name="KeyResult">The key result's graph index.</param>
/// <param name="Owner">The position of the objective that defines it.</param>
/// <param name="Linker">The position of the objective that links it.</param>
/// <param name="Weight">The edge's weight.</param>
internal readonly record struct MapLink(int KeyResult, int Owner, int Linker, double Weight);

/// <summary>
/// The part of a graph a map shows, objectives first: which objectives (in graph index order, so parents after
/// children), their own key results, and the alignments between them. Built iteratively from the options.
/// </summary>
internal sealed class MapModel
{
    private MapModel(RollupResult rollup, int[] objectives, int[][] keyResults, MapEdge[] edges, MapLink[] links)
    {
        Rollup = rollup;
        Objectives = objectives;
        KeyResults = keyResults;
        Edges = edges;
        Links = links;
    }

    public RollupResult Rollup { get; }

    public OkrGraph Graph => Rollup.Graph;

    /// <summary>Graph indices of the objectives shown, ascending (inputs before what they feed).</summary>
    public int[] Objectives { get; }

    /// <summary>Per shown objective, the graph indices of its own key results, in the set's order.</summary>
    public int[][] KeyResults { get; }

    /// <summary>Alignments between shown objectives, ordered by parent then child position.</summary>
    public MapEdge[] Edges { get; }

    /// <summary>Linked key results between shown objectives.</summary>
    public MapLink[] Links { get; }

    public int NodeCount => Objectives.Length + KeyResults.Sum(k => k.Length);

    public static MapModel Build(RollupResult rollup, MapOptions? options)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        options ??= MapOptions.Default;
        var graph = rollup.Graph;
        var n = graph.NodeCount;

        // Objective -> objective alignments over the whole graph, and every objective's own key results.
        var objectiveOf = new int[n];
        Array.Fill(objectiveOf, -1);
        var ownKeyResults = new List<int>?[n];
        var parentsOf = new List<(int Parent, int Via, EdgeKind Kind, double Weight)>?[n];
        var linkedInto = new List<(int KeyResult, int Linker, double Weight)>();
        foreach (var node in graph.Nodes)
        {
            if (node.Kind != NodeKind.Objective) continue;
            foreach (var edge in node.InputEdges)
            {
                if (edge.Kind == EdgeKind.KeyResult)
                {
                    (ownKeyResults[node.Index] ??= []).Add(edge.Child.Index);
                    objectiveOf[edge.Child.Index] = node.Index;
                }
            }
        }
        foreach (var node in graph.Nodes)
        {
            if (node.Kind == NodeKind.KeyResult)
            {
                foreach (var edge in node.OutputEdges)
                {
                    if (edge.Kind == EdgeKind.LinkedKeyResult) linkedInto.Add((node.Index, edge.Parent.Index, edge.Weight));
                }
                continue;
            }
            foreach (var edge in node.OutputEdges)
            {
                var parent = edge.Parent.Index;
                if (edge.Parent.Kind == NodeKind.Objective)
                    (parentsOf[node.Index] ??= []).Add((parent, -1, edge.Kind, edge.Weight));
                else if (objectiveOf[parent] >= 0)
                    (parentsOf[node.Index] ??= []).Add((objectiveOf[parent], parent, edge.Kind, edge.Weight));
            }
        }

        var childrenOf = new List<int>?[n];
        for (var i = 0; i < n; i++)
        {
            if (parentsOf[i] is not { } parents) continue;
            foreach (var p in parents) (childrenOf[p.Parent] ??= []).Add(i);
        }

        // The top of the map, then every objective below it within the depth (breadth first: the shortest distance).
        var tops = Tops(graph, options, objectiveOf, parentsOf);
        var distance = new int[n];
        Array.Fill(distance, -1);
        var queue = new Queue<int>();
        foreach (var t in tops)
        {
            if (distance[t] >= 0) continue;
            distance[t] = 0;
            queue.Enqueue(t);
        }
        var maxDepth = options.Depth ?? int.MaxValue;
        while (queue.Count > 0)
        {
            var o = queue.Dequeue();
            if (distance[o] >= maxDepth || childrenOf[o] is not { } children) continue;
            foreach (var c in children)
            {
                if (distance[c] >= 0) continue;
                distance[c] = distance[o] + 1;
                queue.Enqueue(c);
            }
        }

        var position = new int[n];
        Array.Fill(position, -1);
        var objectives = new List<int>();
        for (var i = 0; i < n; i++)
        {
            if (distance[i] < 0) continue;
            position[i] = objectives.Count;
            objectives.Add(i);
        }
        var keyResults = new int[objectives.Count][];
        var edges = new List<MapEdge>();
        for (var k = 0; k < objectives.Count; k++)
        {
            var o = objectives[k];
            keyResults[k] = ownKeyResults[o] is { } own ? [.. own] : [];
            if (parentsOf[o] is not { } parents) continue;
            foreach (var p in parents)
            {
                if (position[p.Parent] >= 0) edges.Add(new MapEdge(k, position[p.Parent], p.Via, p.Kind, p.Weight));
            }
        }
        edges.Sort((a, b) => a.Parent != b.Parent ? a.Parent.CompareTo(b.Parent) : a.Child != b.Child ? a.Child.CompareTo(b.Child) : a.ParentKeyResult.CompareTo(b.ParentKeyResult));
        var links = new List<MapLink>();
        foreach (var (keyResult, linker, weight) in linkedInto)
        {
            var owner = objectiveOf[keyResult];
            if (owner >= 0 && position[owner] >= 0 && position[linker] >= 0) links.Add(new MapLink(keyResult, position[owner], position[linker], weight));
        }
        return new MapModel(rollup, [.. objectives], keyResults, [.. edges], [.. links]);
    }

    private static List<int> Tops(OkrGraph graph, MapOptions options, int[] objectiveOf, List<(int Parent, int Via, EdgeKind Kind, double Weight)>?[] parentsOf)
    {
        var tops = new List<int>();
        if (options.FocusId is { } focusId)
        {
            var focus = graph[focusId];
            var objective = focus.Kind == NodeKind.Objective ? focus.Index : objectiveOf[focus.Index];
            if (objective >= 0) tops.Add(objective);
            return tops;
        }
        if (options.OwnerId is { } ownerId)
        {
            if (!graph.Set.Owners.Any(o => string.Equals(o.Id, ownerId, StringComparison.Ordinal)))
                throw new ArgumentException($"No owner has the id '{ownerId}' (MapOptions.OwnerId).", nameof(options));
            var owned = new bool[graph.NodeCount];
            foreach (var node in graph.Nodes)
            {
                if (node.Objective is { } o && o.OwnerIds.Contains(ownerId, StringComparer.Ordinal)) owned[node.Index] = true;
            }
            // An owned objective that sits below another owned objective is reached from it.
            var belowOwned = new bool[graph.NodeCount];
            for (var i = graph.NodeCount - 1; i >= 0; i--)
            {
                if (parentsOf[i] is not { } parents) continue;
                foreach (var p in parents)
                {
                    if (owned[p.Parent] || belowOwned[p.Parent]) belowOwned[i] = true;
                }
            }
            for (var i = 0; i < graph.NodeCount; i++)
            {
                if (owned[i] && !belowOwned[i]) tops.Add(i);
            }
            return tops;
        }
        for (var i = 0; i < graph.NodeCount; i++)
        {
            if (graph.Nodes[i].Kind == NodeKind.Objective && parentsOf[i] is null) tops.Add(i);
        }
        return tops;
    }
}
