using Okr.Core.Internal;

namespace Okr.Core;

/// <summary>
/// The compiled, immutable alignment graph of an <see cref="OkrSet"/>. Every objective and key result is a node
/// numbered 0..<see cref="NodeCount"/>-1 in topological order: inputs come before what they feed, so every edge
/// runs from a lower index to a higher one. Adjacency is kept in compressed arrays both ways, and ids are mapped
/// to indices once, so every computation over the graph is a loop over arrays.
/// </summary>
/// <remarks>
/// Make one with <see cref="OkrSet.Compile"/>. Instances are safe to share between threads.
/// Node indices are stable for a given set; the ids are the identity across sets.
/// </remarks>
public sealed class OkrGraph
{
    // Node arrays (length n).
    private readonly string[] _ids;
    private readonly int[] _modelIndex;      // >= 0: index into Set.Objectives; < 0: ~index into Set.KeyResults
    private readonly IdIndex _index;

    // Inputs (children) of node v are the edges InputOffsets[v] .. InputOffsets[v+1]-1, grouped by parent.
    internal readonly int[] InputOffsets;    // n + 1
    internal readonly int[] InputSource;     // m: the child node of each edge
    internal readonly double[] EdgeWeight;   // m
    internal readonly byte[] EdgeKinds;      // m: EdgeKind

    // Outputs (parents) of node v are positions OutputOffsets[v] .. OutputOffsets[v+1]-1.
    internal readonly int[] OutputOffsets;   // n + 1
    internal readonly int[] OutputTarget;    // m: the parent node at each position
    internal readonly int[] OutputEdge;      // m: the edge index at each position

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
        InputOffsets = inputOffsets;
        InputSource = inputSource;
        EdgeWeight = edgeWeight;
        EdgeKinds = edgeKinds;
        OutputOffsets = outputOffsets;
        OutputTarget = outputTarget;
        OutputEdge = outputEdge;
    }

    /// <summary>The set this graph was compiled from.</summary>
    public OkrSet Set { get; }

    /// <summary>The number of nodes (objectives plus key results).</summary>
    public int NodeCount => _ids.Length;

    /// <summary>The number of edges.</summary>
    public int EdgeCount => InputSource.Length;

    /// <summary>The number of objective nodes.</summary>
    public int ObjectiveCount => Set.Objectives.Count;

    /// <summary>The number of key result nodes.</summary>
    public int KeyResultCount => NodeCount - ObjectiveCount;

    /// <summary>Every node, in index (topological) order.</summary>
    public IEnumerable<OkrNode> Nodes
    {
        get
        {
            for (var i = 0; i < NodeCount; i++) yield return new OkrNode(this, i);
        }
    }

    /// <summary>Every edge, grouped by parent in index order.</summary>
    public IEnumerable<GraphEdge> Edges
    {
        get
        {
            for (var parent = 0; parent < NodeCount; parent++)
            {
                for (var e = InputOffsets[parent]; e < InputOffsets[parent + 1]; e++) yield return MakeEdge(e, parent);
            }
        }
    }

    /// <summary>The node at <paramref name="index"/>.</summary>
    /// <param name="index">A node index, 0 to <see cref="NodeCount"/>-1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The index is not a node of this graph.</exception>
    public OkrNode this[int index] => new(this, CheckIndex(index));

    /// <summary>The node with the user's id <paramref name="id"/>.</summary>
    /// <param name="id">The id of an objective or key result.</param>
    /// <exception cref="KeyNotFoundException">No objective or key result has that id.</exception>
    public OkrNode this[string id] => new(this, IndexOf(id));

    /// <summary>Looks up the node index of an id.</summary>
    /// <param name="id">The id of an objective or key result.</param>
    /// <param name="index">The node index when found; otherwise -1.</param>
    /// <returns><see langword="true"/> when the id names a node.</returns>
    public bool TryGetIndex(string id, out int index)
    {
        Guard.NotNull(id);
        index = _index.Find(id, _ids);
        return index >= 0;
    }

    /// <summary>The node index of an id.</summary>
    /// <param name="id">The id of an objective or key result.</param>
    /// <returns>The node index.</returns>
    /// <exception cref="KeyNotFoundException">No objective or key result has that id.</exception>
    public int IndexOf(string id)
        => TryGetIndex(id, out var index) ? index : throw new KeyNotFoundException($"No objective or key result has the id '{id}'.");

    /// <summary>Whether an objective or key result has the id.</summary>
    /// <param name="id">The id to look for.</param>
    /// <returns><see langword="true"/> when the graph has a node with that id.</returns>
    public bool Contains(string id) => TryGetIndex(id, out _);

    /// <summary>The user's id of a node.</summary>
    /// <param name="index">A node index.</param>
    /// <returns>The id.</returns>
    public string GetId(int index) => _ids[CheckIndex(index)];

    /// <summary>Whether a node is an objective or a key result.</summary>
    /// <param name="index">A node index.</param>
    /// <returns>The node's kind.</returns>
    public NodeKind GetKind(int index) => _modelIndex[CheckIndex(index)] >= 0 ? NodeKind.Objective : NodeKind.KeyResult;

    /// <summary>The objective at a node.</summary>
    /// <param name="index">The index of an objective node.</param>
    /// <returns>The objective.</returns>
    /// <exception cref="InvalidOperationException">The node is a key result.</exception>
    public Objective GetObjective(int index)
        => TryGetObjective(index) ?? throw new InvalidOperationException($"Node {index} ('{_ids[index]}') is a key result, not an objective.");

    /// <summary>The key result at a node.</summary>
    /// <param name="index">The index of a key result node.</param>
    /// <returns>The key result.</returns>
    /// <exception cref="InvalidOperationException">The node is an objective.</exception>
    public KeyResult GetKeyResult(int index)
        => TryGetKeyResult(index) ?? throw new InvalidOperationException($"Node {index} ('{_ids[index]}') is an objective, not a key result.");

    internal Objective? TryGetObjective(int index)
    {
        var model = _modelIndex[CheckIndex(index)];
        return model >= 0 ? Set.Objectives[model] : null;
    }

    internal KeyResult? TryGetKeyResult(int index)
    {
        var model = _modelIndex[CheckIndex(index)];
        return model < 0 ? Set.KeyResults[~model] : null;
    }

    /// <summary>The index in <see cref="OkrSet.Objectives"/> (objective) or <see cref="OkrSet.KeyResults"/> (key result) of a node.</summary>
    internal int ModelIndexOf(int index) => _modelIndex[index] >= 0 ? _modelIndex[index] : ~_modelIndex[index];

    /// <summary>The nodes that feed a node (its key results and the objectives aligned to it), lower indices all.</summary>
    /// <param name="index">A node index.</param>
    /// <returns>The input nodes, one per edge, in edge order.</returns>
    public ReadOnlySpan<int> GetChildren(int index)
    {
        CheckIndex(index);
        return InputSource.AsSpan(InputOffsets[index], InputOffsets[index + 1] - InputOffsets[index]);
    }

    /// <summary>The nodes a node feeds (its objective, linking objectives, the parents it is aligned to), higher indices all.</summary>
    /// <param name="index">A node index.</param>
    /// <returns>The parent nodes, one per edge.</returns>
    public ReadOnlySpan<int> GetParents(int index)
    {
        CheckIndex(index);
        return OutputTarget.AsSpan(OutputOffsets[index], OutputOffsets[index + 1] - OutputOffsets[index]);
    }

    /// <summary>The edges into a node: what feeds it, with kinds and weights.</summary>
    /// <param name="index">A node index.</param>
    /// <returns>The input edges.</returns>
    public IReadOnlyList<GraphEdge> GetInputEdges(int index)
    {
        CheckIndex(index);
        var result = new GraphEdge[InputOffsets[index + 1] - InputOffsets[index]];
        for (var i = 0; i < result.Length; i++) result[i] = MakeEdge(InputOffsets[index] + i, index);
        return result;
    }

    /// <summary>The edges out of a node: what it feeds, with kinds and weights.</summary>
    /// <param name="index">A node index.</param>
    /// <returns>The output edges.</returns>
    public IReadOnlyList<GraphEdge> GetOutputEdges(int index)
    {
        CheckIndex(index);
        var start = OutputOffsets[index];
        var result = new GraphEdge[OutputOffsets[index + 1] - start];
        for (var i = 0; i < result.Length; i++) result[i] = MakeEdge(OutputEdge[start + i], OutputTarget[start + i]);
        return result;
    }

    /// <summary>The nodes that feed nothing: the top-level objectives (in index order).</summary>
    public ReadOnlySpan<int> Roots => LazyInitializer.EnsureInitialized(ref _roots, ComputeRoots);

    /// <summary>
    /// The depth of a node: the number of edges on the longest path from it up to a root. A top-level objective has
    /// depth 0, its key results 1, an objective cascaded from one of those 2.
    /// </summary>
    /// <param name="index">A node index.</param>
    /// <returns>The depth.</returns>
    public int GetDepth(int index) => LazyInitializer.EnsureInitialized(ref _depths, ComputeDepths)[CheckIndex(index)];

    /// <summary>Every node that <paramref name="index"/> feeds, directly or through others (transitively), in index order.</summary>
    /// <param name="index">A node index.</param>
    /// <returns>The ancestors, sorted by index (which is topological order), without the node itself.</returns>
    public int[] GetAncestors(int index) => Reach(CheckIndex(index), upward: true, contributingOnly: false);

    /// <summary>Every node that feeds <paramref name="index"/>, directly or through others, in index order.</summary>
    /// <param name="index">A node index.</param>
    /// <returns>The descendants, sorted by index, without the node itself.</returns>
    public int[] GetDescendants(int index) => Reach(CheckIndex(index), upward: false, contributingOnly: false);

    /// <summary>
    /// The impact set of a node: every node whose progress could change when the node's progress changes, that is
    /// every ancestor reached through edges of weight above 0. In index order, which is the order to recompute in.
    /// </summary>
    /// <param name="index">A node index.</param>
    /// <returns>The impacted nodes, sorted by index, without the node itself.</returns>
    public int[] GetImpactSet(int index) => Reach(CheckIndex(index), upward: true, contributingOnly: true);

    private GraphEdge MakeEdge(int edge, int parent) => new(InputSource[edge], parent, (EdgeKind)EdgeKinds[edge], EdgeWeight[edge]);

    private int CheckIndex(int index)
    {
        if ((uint)index >= (uint)_ids.Length)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"Node index must lie in [0, {_ids.Length - 1}].");
        return index;
    }

    private int[] Reach(int start, bool upward, bool contributingOnly)
    {
        var seen = new HashSet<int>();
        var stack = new Stack<int>();
        stack.Push(start);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (upward)
            {
                for (var p = OutputOffsets[node]; p < OutputOffsets[node + 1]; p++)
                {
                    if (contributingOnly && !(EdgeWeight[OutputEdge[p]] > 0)) continue;
                    var next = OutputTarget[p];
                    if (seen.Add(next)) stack.Push(next);
                }
            }
            else
            {
                for (var e = InputOffsets[node]; e < InputOffsets[node + 1]; e++)
                {
                    var next = InputSource[e];
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
            if (OutputOffsets[v] == OutputOffsets[v + 1]) roots.Add(v);
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
            for (var p = OutputOffsets[v]; p < OutputOffsets[v + 1]; p++)
            {
                var candidate = depths[OutputTarget[p]] + 1;
                if (candidate > depth) depth = candidate;
            }
            depths[v] = depth;
        }
        return depths;
    }
}
