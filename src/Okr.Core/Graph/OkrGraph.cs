// Just over 400 lines: the public graph, the index layer the library runs on and, at the end, the internal edge and
// resolved-reference accessors. They stay in this file so the CSR arrays can stay private to it.
using Okr.Core.Internal;

namespace Okr.Core.Graph;

/// <summary>
/// The compiled, immutable alignment graph of an <see cref="OkrSet"/>. Every objective and key result is a node
/// numbered 0..<see cref="NodeCount"/>-1 in topological order: inputs come before what they feed, so every edge
/// runs from a lower index to a higher one. Adjacency is kept in compressed arrays both ways, and ids are mapped
/// to indices once, so every computation over the graph is a loop over arrays.
/// </summary>
/// <remarks>
/// Make one with <c>set.Compile()</c> (<see cref="OkrCompiler.Compile(OkrSet)"/>). Instances are safe to share between threads.
/// Node indices are stable for a given set; the ids are the identity across sets.
/// </remarks>
public sealed class OkrGraph
{
    // Node arrays (length n).
    private readonly string[] _ids;
    private readonly int[] _modelIndex;      // >= 0: index into Set.Objectives; < 0: ~index into Set.KeyResults
    private readonly IdIndex _index;

    // Inputs (children) of node v are the edges _inputOffsets[v] .. _inputOffsets[v+1]-1, grouped by parent.
    // Private: the layers above read edges through the accessors at the end of this file.
    private readonly int[] _inputOffsets;    // n + 1
    private readonly int[] _inputSource;     // m: the child node of each edge
    private readonly double[] _edgeWeight;   // m
    private readonly byte[] _edgeKinds;      // m: EdgeKind

    // Outputs (parents) of node v are positions _outputOffsets[v] .. _outputOffsets[v+1]-1.
    private readonly int[] _outputOffsets;   // n + 1
    private readonly int[] _outputTarget;    // m: the parent node at each position
    private readonly int[] _outputEdge;      // m: the edge index at each position

    private int[]? _roots;
    private int[]? _depths;

    internal OkrGraph(
        OkrSet set,
        string[] ids,
        int[] modelIndex,
        IdIndex index,
        int[] inputOffsets,
        int[] inputSource,
        double[] edgeWeight,
        byte[] edgeKinds,
        int[] outputOffsets,
        int[] outputTarget,
        int[] outputEdge)
    {
        Set = set;
        _ids = ids;
        _modelIndex = modelIndex;
        _index = index;
        _inputOffsets = inputOffsets;
        _inputSource = inputSource;
        _edgeWeight = edgeWeight;
        _edgeKinds = edgeKinds;
        _outputOffsets = outputOffsets;
        _outputTarget = outputTarget;
        _outputEdge = outputEdge;
    }

    /// <summary>The set this graph was compiled from.</summary>
    public OkrSet Set { get; }

    /// <summary>The number of nodes (objectives plus key results).</summary>
    public int NodeCount => _ids.Length;

    /// <summary>The number of edges.</summary>
    public int EdgeCount => _inputSource.Length;

    /// <summary>The number of objective nodes.</summary>
    public int ObjectiveCount => Set.Objectives.Count;

    /// <summary>The number of key result nodes.</summary>
    public int KeyResultCount => NodeCount - ObjectiveCount;

    /// <summary>
    /// Every node, in index (topological) order: <c>Nodes[i]</c> is the node whose <see cref="OkrNode.Index"/> is
    /// <c>i</c>. This is the low-level index layer, for code that keeps its own arrays per node.
    /// </summary>
    public OkrNodeList Nodes => new(this, null, 0, NodeCount);

    /// <summary>Every edge, grouped by parent in index order.</summary>
    public IEnumerable<GraphEdge> Edges
    {
        get
        {
            for (var parent = 0; parent < NodeCount; parent++)
            {
                for (var e = _inputOffsets[parent]; e < _inputOffsets[parent + 1]; e++) yield return MakeEdge(e, parent);
            }
        }
    }

    /// <summary>The nodes that feed nothing: the top-level objectives, in index order.</summary>
    public OkrNodeList Roots => Wrap(LazyInitializer.EnsureInitialized(ref _roots, ComputeRoots));

    /// <summary>The objective or key result with the user's id <paramref name="id"/>.</summary>
    /// <param name="id">The id of an objective or key result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No objective or key result has that id.</exception>
    public OkrNode this[string id] => new(this, IndexOf(id));

    /// <summary>Looks up the node of an id.</summary>
    /// <param name="id">The id of an objective or key result.</param>
    /// <param name="node">The node when found; otherwise <see langword="default"/>.</param>
    /// <returns><see langword="true"/> when the id names a node.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool TryGetNode(string id, out OkrNode node)
    {
        ArgumentNullException.ThrowIfNull(id);
        var index = _index.Find(id, _ids);
        node = index >= 0 ? new OkrNode(this, index) : default;
        return index >= 0;
    }

    /// <summary>Whether an objective or key result has the id.</summary>
    /// <param name="id">The id to look for.</param>
    /// <returns><see langword="true"/> when the graph has a node with that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public bool Contains(string id) => TryGetNode(id, out _);

    // The index layer the library itself runs on (no handle per call).

    internal int IndexOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var index = _index.Find(id, _ids);
        return index >= 0 ? index : throw new KeyNotFoundException($"No objective or key result has the id '{id}'.");
    }

    internal bool TryIndexOf(string id, out int index)
    {
        ArgumentNullException.ThrowIfNull(id);
        index = _index.Find(id, _ids);
        return index >= 0;
    }

    internal OkrNode NodeAt(int index) => new(this, CheckIndex(index));

    internal OkrNodeList Wrap(int[] indices) => new(this, indices, 0, indices.Length);

    internal string IdAt(int index) => _ids[CheckIndex(index)];

    internal NodeKind KindAt(int index) => _modelIndex[CheckIndex(index)] >= 0 ? NodeKind.Objective : NodeKind.KeyResult;

    internal string TitleAt(int index) => (ObjectiveAt(index)?.Title ?? KeyResultAt(index)!.Title) ?? "";

    /// <summary>The objective at an objective node; throws for a key result.</summary>
    internal Objective GetObjective(int index)
        => ObjectiveAt(index) ?? throw new InvalidOperationException($"Node {index} ('{_ids[index]}') is a key result, not an objective.");

    /// <summary>The key result at a key result node; throws for an objective.</summary>
    internal KeyResult GetKeyResult(int index)
        => KeyResultAt(index) ?? throw new InvalidOperationException($"Node {index} ('{_ids[index]}') is an objective, not a key result.");

    /// <summary>The position of a node's model item: in <c>Set.Objectives</c> for an objective, in <c>Set.KeyResults</c> for a key result (used for JSON paths).</summary>
    internal int ModelPositionAt(int index) => _modelIndex[CheckIndex(index)] is var model && model >= 0 ? model : ~model;

    internal Objective? ObjectiveAt(int index)
    {
        var model = _modelIndex[CheckIndex(index)];
        return model >= 0 ? Set.Objectives[model] : null;
    }

    internal KeyResult? KeyResultAt(int index)
    {
        var model = _modelIndex[CheckIndex(index)];
        return model < 0 ? Set.KeyResults[~model] : null;
    }

    internal OkrNodeList ChildrenOf(int index)
    {
        CheckIndex(index);
        return new OkrNodeList(this, _inputSource, _inputOffsets[index], _inputOffsets[index + 1] - _inputOffsets[index]);
    }

    internal OkrNodeList ParentsOf(int index)
    {
        CheckIndex(index);
        return new OkrNodeList(this, _outputTarget, _outputOffsets[index], _outputOffsets[index + 1] - _outputOffsets[index]);
    }

    internal GraphEdge[] InputEdgesOf(int index)
    {
        CheckIndex(index);
        var result = new GraphEdge[_inputOffsets[index + 1] - _inputOffsets[index]];
        for (var i = 0; i < result.Length; i++) result[i] = MakeEdge(_inputOffsets[index] + i, index);
        return result;
    }

    internal GraphEdge[] OutputEdgesOf(int index)
    {
        CheckIndex(index);
        var start = _outputOffsets[index];
        var result = new GraphEdge[_outputOffsets[index + 1] - start];
        for (var i = 0; i < result.Length; i++) result[i] = MakeEdge(_outputEdge[start + i], _outputTarget[start + i]);
        return result;
    }

    internal int DepthOf(int index) => LazyInitializer.EnsureInitialized(ref _depths, ComputeDepths)[CheckIndex(index)];

    private GraphEdge MakeEdge(int edge, int parent) => new(new OkrNode(this, _inputSource[edge]), new OkrNode(this, parent), (EdgeKind)_edgeKinds[edge], _edgeWeight[edge]);

    private int CheckIndex(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _ids.Length);
        return index;
    }

    internal int[] Reach(int start, bool upward, bool contributingOnly)
    {
        CheckIndex(start);
        return ReachFrom(start, upward, contributingOnly);
    }

    private int[] ReachFrom(int start, bool upward, bool contributingOnly)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>();
        stack.Push(start);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (upward)
            {
                for (var p = _outputOffsets[node]; p < _outputOffsets[node + 1]; p++)
                {
                    if (contributingOnly && !(_edgeWeight[_outputEdge[p]] > 0)) continue;
                    var next = _outputTarget[p];
                    if (seen.Add(next)) stack.Push(next);
                }
            }
            else
            {
                for (var e = _inputOffsets[node]; e < _inputOffsets[node + 1]; e++)
                {
                    var next = _inputSource[e];
                    if (seen.Add(next)) stack.Push(next);
                }
            }
        }
        var result = seen.ToArray();
        Array.Sort(result);
        return result;
    }

    private int[] ComputeRoots()
    {
        var roots = new List<int>();
        for (var v = 0; v < NodeCount; v++)
        {
            if (_outputOffsets[v] == _outputOffsets[v + 1]) roots.Add(v);
        }
        return [.. roots];
    }

    private int[] ComputeDepths()
    {
        // Parents have higher indices, so walking down from the top sees every parent before its children.
        var depths = new int[NodeCount];
        for (var v = NodeCount - 1; v >= 0; v--)
        {
            var depth = 0;
            for (var p = _outputOffsets[v]; p < _outputOffsets[v + 1]; p++)
            {
                var candidate = depths[_outputTarget[p]] + 1;
                if (candidate > depth) depth = candidate;
            }
            depths[v] = depth;
        }
        return depths;
    }

    // ---- Edges by position, for the layers above (Rollup, Health) ----------------------------------------------
    // Input positions of node v run InputRange(v); the edge at input position e has child InputAt(e), kind and
    // weight. Output positions of v run ParentRange(v); position p names parent ParentAt(p) and that edge's input
    // position ParentEdgeAt(p). Hot loops take the spans, sliced once per node.

    /// <summary>The input positions of node <paramref name="index"/>: <c>Start</c> up to, not including, <c>End</c>.</summary>
    internal (int Start, int End) InputRange(int index) => (_inputOffsets[index], _inputOffsets[index + 1]);

    /// <summary>The child (input) node of the edge at input position <paramref name="edge"/>.</summary>
    internal int InputAt(int edge) => _inputSource[edge];

    internal EdgeKind EdgeKindAt(int edge) => (EdgeKind)_edgeKinds[edge];

    /// <summary>Whether the edge at input position <paramref name="edge"/> is a key result's (defined under or linked), not an alignment.</summary>
    internal bool IsKeyResultEdge(int edge) => _edgeKinds[edge] <= (byte)EdgeKind.LinkedKeyResult;

    /// <summary>The output positions of node <paramref name="index"/>: <c>Start</c> up to, not including, <c>End</c>.</summary>
    internal (int Start, int End) ParentRange(int index) => (_outputOffsets[index], _outputOffsets[index + 1]);

    /// <summary>The parent node at output position <paramref name="position"/>.</summary>
    internal int ParentAt(int position) => _outputTarget[position];

    /// <summary>The input position (edge) at output position <paramref name="position"/>.</summary>
    internal int ParentEdgeAt(int position) => _outputEdge[position];

    /// <summary>Whether node <paramref name="index"/> feeds nothing.</summary>
    internal bool IsRootAt(int index) => _outputOffsets[index] == _outputOffsets[index + 1];

    /// <summary>The children of node <paramref name="index"/> in input order (positions <see cref="InputRange"/>).</summary>
    internal ReadOnlySpan<int> ChildIndices(int index)
        => _inputSource.AsSpan(_inputOffsets[index], _inputOffsets[index + 1] - _inputOffsets[index]);

    /// <summary>The kinds (<see cref="EdgeKind"/> as bytes) of the inputs of node <paramref name="index"/>, in input order.</summary>
    internal ReadOnlySpan<byte> InputKinds(int index)
        => _edgeKinds.AsSpan(_inputOffsets[index], _inputOffsets[index + 1] - _inputOffsets[index]);

    /// <summary>The parents of node <paramref name="index"/> in output order (positions <see cref="ParentRange"/>).</summary>
    internal ReadOnlySpan<int> ParentIndices(int index)
        => _outputTarget.AsSpan(_outputOffsets[index], _outputOffsets[index + 1] - _outputOffsets[index]);

    /// <summary>Every edge's weight, by input position.</summary>
    internal ReadOnlySpan<double> EdgeWeights => _edgeWeight;

    // ---- What compiling resolved, per node ---------------------------------------------------------------------
    // The objective each key result is defined under, each node's period and owners: resolved here once per graph,
    // on first use, for every rollup query and health analysis of the graph. The defining objective is the edge of
    // kind KeyResult the compiler made (no id look-up); periods and owners are numbered by their position in the
    // set. Lazy because the full rollup needs none of it: a graph and a live rollup state stay within 64 bytes per
    // node (docs/benchmarks.md) until something asks.

    private int[]? _definingObjective; // per node: the objective node a key result is defined under; -1 for objectives
    private int[]? _periodIndex;       // per node: index into Set.Periods of its objective's period; -1 for none
    private NodeOwners? _owners;

    /// <summary>The objective node key result <paramref name="index"/> is defined under; -1 for an objective.</summary>
    internal int DefiningObjectiveAt(int index) => DefiningObjectives[index];

    /// <summary>The objective node itself, or the one a key result is defined under.</summary>
    internal int ObjectiveNodeOf(int index) => DefiningObjectiveAt(index) is var o && o >= 0 ? o : index;

    /// <summary>The index in <see cref="OkrSet.Periods"/> of the period of a node's objective (a key result's: of the one it is defined under), or -1.</summary>
    internal int PeriodIndexAt(int index) => PeriodIndices[index];

    /// <summary>The period of a node's objective (a key result's: of the one it is defined under), or null.</summary>
    internal Period? PeriodAt(int index) => PeriodIndexAt(index) is var p && p >= 0 ? Set.Periods[p] : null;

    /// <summary>
    /// The owners of node <paramref name="index"/>, as indices into <see cref="OkrSet.Owners"/>: an objective's owners
    /// in order without repeats, a key result's own owner only.
    /// </summary>
    internal ReadOnlySpan<int> OwnerIndicesAt(int index) => Owners.Of(index);

    /// <summary>The index in <see cref="OkrSet.Owners"/> of owner <paramref name="owner"/>'s parent, or -1.</summary>
    internal int OwnerParentAt(int owner) => Owners.Parent[owner];

    private int[] DefiningObjectives => Volatile.Read(ref _definingObjective) ?? Publish(ref _definingObjective, ResolveDefiningObjectives());

    private int[] PeriodIndices => Volatile.Read(ref _periodIndex) ?? Publish(ref _periodIndex, ResolvePeriods());

    private NodeOwners Owners => Volatile.Read(ref _owners) ?? Publish(ref _owners, new NodeOwners(this));

    private static T Publish<T>(ref T? field, T value)
        where T : class
        => Interlocked.CompareExchange(ref field, value, null) ?? value;

    private int[] ResolveDefiningObjectives()
    {
        var result = new int[NodeCount];
        for (var v = 0; v < result.Length; v++)
        {
            result[v] = -1;
            if (_modelIndex[v] >= 0) continue;
            for (var p = _outputOffsets[v]; p < _outputOffsets[v + 1]; p++)
            {
                if (_edgeKinds[_outputEdge[p]] == (byte)EdgeKind.KeyResult) result[v] = _outputTarget[p];
            }
        }
        return result;
    }

    private int[] ResolvePeriods()
    {
        var defining = DefiningObjectives;
        var periods = Set.Periods;
        var index = new Dictionary<string, int>(periods.Count, StringComparer.Ordinal);
        for (var i = 0; i < periods.Count; i++) index.TryAdd(periods[i].Id, i);
        var result = new int[NodeCount];
        // Parents have higher indices than their inputs, so walk down: a key result's objective is already done.
        for (var v = result.Length - 1; v >= 0; v--)
        {
            var model = _modelIndex[v];
            if (model < 0)
            {
                var objective = defining[v];
                result[v] = objective >= 0 ? result[objective] : -1;
            }
            else
            {
                result[v] = Set.Objectives[model].PeriodId is { } id && index.TryGetValue(id, out var p) ? p : -1;
            }
        }
        return result;
    }
}
