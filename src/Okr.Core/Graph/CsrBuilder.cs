using Okr.Core.Internal;

namespace Okr.Core.Graph;

/// <summary>
/// Lays validated edges out as an <see cref="OkrGraph"/>: nodes renumbered in topological order, inputs grouped by
/// parent and outputs grouped by child (compressed sparse rows both ways), both in a stable order.
/// </summary>
internal static class CsrBuilder
{
    /// <summary>Builds the graph. Consumes <paramref name="edges"/>: its parents are renumbered in place.</summary>
    /// <param name="set">The set compiled.</param>
    /// <param name="tempIds">Ids in temporary numbering (objectives, then key results).</param>
    /// <param name="index">The id index over <paramref name="tempIds"/>; renumbered in place.</param>
    /// <param name="edges">The edges in temporary numbering.</param>
    /// <param name="order">The temporary numbers in topological order.</param>
    public static OkrGraph Build(OkrSet set, string[] tempIds, IdIndex index, EdgeList edges, int[] order)
    {
        var n = order.Length;
        var objectiveCount = set.Objectives.Count;
        var rank = new int[n]; // temp -> final
        for (var i = 0; i < n; i++) rank[order[i]] = i;

        var ids = new string[n];
        var modelIndex = new int[n];
        for (var i = 0; i < n; i++)
        {
            var temp = order[i];
            ids[i] = tempIds[temp];
            modelIndex[i] = temp < objectiveCount ? temp : ~(temp - objectiveCount);
        }

        // Inputs: edges grouped by final parent, in document order within a parent.
        var m = edges.Count;
        var parent = edges.Parent.AsSpan(0, m);
        for (var e = 0; e < m; e++) parent[e] = rank[parent[e]];
        var inputOffsets = CountingSort.Group(parent, n, out var byParent);
        var inputSource = new int[m];
        var edgeWeight = new double[m];
        var edgeKinds = new byte[m];
        for (var slot = 0; slot < m; slot++)
        {
            var e = byParent[slot];
            inputSource[slot] = rank[edges.Child[e]];
            edgeWeight[slot] = edges.Weight[e];
            edgeKinds[slot] = edges.Kind[e];
        }

        // Outputs: input positions grouped by child, in parent order within a child.
        var outputOffsets = CountingSort.Group(inputSource, n, out var outputEdge);
        var outputTarget = new int[m];
        for (var slot = 0; slot < m; slot++) outputTarget[slot] = parent[byParent[outputEdge[slot]]];

        index.Renumber(rank);
        return new OkrGraph(set, ids, modelIndex, index, inputOffsets, inputSource, edgeWeight, edgeKinds, outputOffsets, outputTarget, outputEdge);
    }
}
