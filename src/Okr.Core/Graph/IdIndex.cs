namespace Okr.Core.Internal;

/// <summary>
/// An open-addressing hash index from id to node index that stores only ints (the ids stay in the graph's array),
/// about 8 bytes per node instead of the 30 or so of a <see cref="Dictionary{TKey, TValue}"/>.
/// </summary>
internal sealed class IdIndex
{
    private readonly int[] _slots; // node index + 1; 0 = empty
    private readonly int _mask;

    /// <summary>Indexes <paramref name="ids"/>; a repeated id is left out and reported as (repeat, first). Blank ids are skipped.</summary>
    public IdIndex(string[] ids, Action<int, int> onDuplicate)
    {
        var capacity = 4;
        while (capacity < ids.Length * 2L) capacity <<= 1;
        _slots = new int[capacity];
        _mask = capacity - 1;
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            if (string.IsNullOrWhiteSpace(id)) continue;
            var slot = Hash(id) & _mask;
            while (true)
            {
                var entry = _slots[slot];
                if (entry == 0)
                {
                    _slots[slot] = i + 1;
                    break;
                }
                if (string.Equals(ids[entry - 1], id, StringComparison.Ordinal))
                {
                    onDuplicate(i, entry - 1);
                    break;
                }
                slot = (slot + 1) & _mask;
            }
        }
    }

    /// <summary>The index of <paramref name="id"/> in <paramref name="ids"/>, or -1.</summary>
    public int Find(string id, string[] ids)
    {
        var slot = Hash(id) & _mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0) return -1;
            if (string.Equals(ids[entry - 1], id, StringComparison.Ordinal)) return entry - 1;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Maps every stored index through <paramref name="rank"/> (old index to new), without rehashing.</summary>
    public void Renumber(int[] rank)
    {
        for (var s = 0; s < _slots.Length; s++)
        {
            if (_slots[s] != 0) _slots[s] = rank[_slots[s] - 1] + 1;
        }
    }

    private static int Hash(string id) => StringComparer.Ordinal.GetHashCode(id) & int.MaxValue;
}
