using Okr.Core.Diagnostics;

namespace Okr.Core.Graph;

internal sealed partial class ModelValidator
{
    /// <summary>Kahn's algorithm, inputs first. Returns the order, or null after reporting a cycle.</summary>
    private int[]? TopologicalOrder()
    {
        var n = _tempIds.Length;
        var outOffsets = CountingSort.Group(_edges.Child.AsSpan(0, _edges.Count), n, out var outEdges);
        var inputs = new int[n];
        for (var e = 0; e < _edges.Count; e++) inputs[_edges.Parent[e]]++;

        var order = new int[n];
        int head = 0, tail = 0;
        for (var v = 0; v < n; v++)
        {
            if (inputs[v] == 0) order[tail++] = v;
        }
        while (head < tail)
        {
            var v = order[head++];
            for (var k = outOffsets[v]; k < outOffsets[v + 1]; k++)
            {
                var parent = _edges.Parent[outEdges[k]];
                if (--inputs[parent] == 0) order[tail++] = parent;
            }
        }
        if (tail == n) return order;
        ReportCycles(inputs);
        return null;
    }

    /// <summary>
    /// Reports every cycle that no other report covers: walks start from each node left over, in order, and a walk that
    /// runs into an earlier walk stops there (its cycle is reported), so independent cycles are each reported once.
    /// </summary>
    private void ReportCycles(int[] remainingInputs)
    {
        var n = _tempIds.Length;
        var inOffsets = CountingSort.Group(_edges.Parent.AsSpan(0, _edges.Count), n, out var inEdges);
        var covered = new bool[n];
        for (var start = 0; start < n; start++)
        {
            if (remainingInputs[start] > 0 && !covered[start]) ReportCycle(remainingInputs, inOffsets, inEdges, start, covered);
        }
    }

    private void ReportCycle(int[] remainingInputs, int[] inOffsets, int[] inEdges, int start, bool[] covered)
    {
        // Every node left has an input that is also left, so walking down inputs must come back on itself, or reach an
        // earlier walk (whose cycle is already reported).
        var position = new Dictionary<int, int>();
        var walk = new List<int>();
        var walkEdges = new List<int>();
        var node = start;
        while (!position.ContainsKey(node))
        {
            if (covered[node])
            {
                foreach (var v in walk) covered[v] = true;
                return;
            }
            position[node] = walk.Count;
            walk.Add(node);
            var next = -1;
            for (var k = inOffsets[node]; k < inOffsets[node + 1]; k++)
            {
                var e = inEdges[k];
                if (remainingInputs[_edges.Child[e]] > 0)
                {
                    next = _edges.Child[e];
                    walkEdges.Add(e);
                    break;
                }
            }
            node = next;
        }
        foreach (var v in walk) covered[v] = true;
        var from = position[node];
        var cycle = walk.Skip(from).Reverse().Select(v => _tempIds[v]).ToList();
        var edges = walkEdges.Skip(from).ToList();
        var alignment = edges.Select(e => _edges.Origin[e]).Where(static o => o >= 0).DefaultIfEmpty(-1).Min();
        var path = alignment >= 0 ? new ModelPath("alignments", alignment) : ModelPath.Root;
        var text = cycle.Count == 1
            ? $"Objective '{cycle[0]}' is aligned to itself; an objective cannot support itself."
            : $"{string.Join(" -> ", cycle.Append(cycle[0]))} form a cycle: each feeds the next, so none can be computed. Remove one of these alignments.";
        Error(DiagnosticCodes.Cycle, path, text, cycle);
    }
}
