namespace Okr.Core.Benchmarks;

/// <summary>
/// The floor <c>Compile</c> is compared with: the least any compile from string ids has to do, written by hand. One
/// dictionary from id to index (objectives, then key results), every edge resolved through it (a key result into its
/// objective, a linked key result into its objective, an alignment's child into its parent), a topological order by
/// Kahn's algorithm (inputs first), and the inputs of each node in CSR arrays with weights, renumbered in that order.
/// No validation, no diagnostics, no owners or periods, no cycle report: a cycle only leaves nodes out of the order.
/// </summary>
public static class CompileFloor
{
    /// <summary>Builds the renumbered CSR arrays; returns the number of nodes put in order.</summary>
    public static int Build(OkrSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var objectives = set.Objectives;
        var keyResults = set.KeyResults;
        var n = objectives.Count + keyResults.Count;
        var ids = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < objectives.Count; i++) ids[objectives[i].Id] = i;
        for (var i = 0; i < keyResults.Count; i++) ids[keyResults[i].Id] = objectives.Count + i;

        // Edges as (input, consumer, weight).
        var edgeCapacity = keyResults.Count + set.Alignments.Count;
        var from = new List<int>(edgeCapacity);
        var to = new List<int>(edgeCapacity);
        var weight = new List<double>(edgeCapacity);
        for (var i = 0; i < keyResults.Count; i++)
        {
            var kr = keyResults[i];
            if (!ids.TryGetValue(kr.ObjectiveId, out var o)) continue;
            from.Add(objectives.Count + i);
            to.Add(o);
            weight.Add(kr.Weight);
        }
        for (var i = 0; i < objectives.Count; i++)
        {
            foreach (var linked in objectives[i].LinkedKeyResultIds)
            {
                if (!ids.TryGetValue(linked, out var k)) continue;
                from.Add(k);
                to.Add(i);
                weight.Add(1);
            }
        }
        foreach (var a in set.Alignments)
        {
            if (!ids.TryGetValue(a.ChildId, out var c) || !ids.TryGetValue(a.ParentId, out var p)) continue;
            from.Add(c);
            to.Add(p);
            weight.Add(a.Weight);
        }
        var m = from.Count;

        // Out-edges (input -> consumers) in CSR, and the number of inputs of each node.
        var outOffsets = new int[n + 1];
        var inputs = new int[n];
        for (var e = 0; e < m; e++)
        {
            outOffsets[from[e] + 1]++;
            inputs[to[e]]++;
        }
        for (var v = 0; v < n; v++) outOffsets[v + 1] += outOffsets[v];
        var outEdges = new int[m];
        var fill = outOffsets[..n];
        for (var e = 0; e < m; e++) outEdges[fill[from[e]]++] = e;

        // Kahn: inputs first.
        var order = new int[n];
        var rank = new int[n];
        var remaining = (int[])inputs.Clone();
        int head = 0, tail = 0;
        for (var v = 0; v < n; v++)
        {
            if (remaining[v] == 0) order[tail++] = v;
        }
        while (head < tail)
        {
            var v = order[head];
            rank[v] = head++;
            for (var k = outOffsets[v]; k < outOffsets[v + 1]; k++)
            {
                var consumer = to[outEdges[k]];
                if (--remaining[consumer] == 0) order[tail++] = consumer;
            }
        }

        // Inputs of each node, renumbered, in CSR.
        var offsets = new int[n + 1];
        for (var e = 0; e < m; e++) offsets[rank[to[e]] + 1]++;
        for (var v = 0; v < n; v++) offsets[v + 1] += offsets[v];
        var sources = new int[m];
        var weights = new double[m];
        var next = offsets[..n];
        for (var e = 0; e < m; e++)
        {
            var slot = next[rank[to[e]]]++;
            sources[slot] = rank[from[e]];
            weights[slot] = weight[e];
        }
        GC.KeepAlive(sources);
        GC.KeepAlive(weights);
        return tail;
    }
}
