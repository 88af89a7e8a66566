namespace Okr.Core.Graph;

/// <summary>
/// Owners numbered by their position in the set: each node's owners (an objective's in order without repeats, a key
/// result's own owner only) and each owner's parent. Resolved once per graph, on first use, behind
/// <see cref="OkrGraph.OwnerIndicesAt"/> and <see cref="OkrGraph.OwnerParentAt"/>.
/// </summary>
internal sealed class NodeOwners
{
    private readonly int[] _offsets; // the owners of node v are _owners[_offsets[v] .. _offsets[v+1]-1]
    private readonly int[] _owners;

    public NodeOwners(OkrGraph graph)
    {
        var owners = graph.Set.Owners;
        var index = new Dictionary<string, int>(owners.Count, StringComparer.Ordinal);
        for (var i = 0; i < owners.Count; i++) index.TryAdd(owners[i].Id, i);
        Parent = new int[owners.Count];
        for (var i = 0; i < owners.Count; i++)
            Parent[i] = owners[i].ParentId is { } p && index.TryGetValue(p, out var pi) ? pi : -1;

        var n = graph.NodeCount;
        _offsets = new int[n + 1];
        var list = new List<int>(n);
        for (var v = 0; v < n; v++)
        {
            _offsets[v] = list.Count;
            if (graph.ObjectiveAt(v) is { } objective)
            {
                var ids = objective.OwnerIds;
                for (var i = 0; i < ids.Count; i++)
                {
                    if (index.TryGetValue(ids[i], out var o) && list.IndexOf(o, _offsets[v]) < 0) list.Add(o);
                }
            }
            else if (graph.GetKeyResult(v).OwnerId is { } ownerId && index.TryGetValue(ownerId, out var o))
            {
                list.Add(o);
            }
        }
        _offsets[n] = list.Count;
        _owners = [.. list];
    }

    public int[] Parent { get; }

    public ReadOnlySpan<int> Of(int v) => _owners.AsSpan(_offsets[v], _offsets[v + 1] - _offsets[v]);
}
