namespace Okr.Core.Internal;

/// <summary>
/// An open-addressing hash index from id to node index that stores only ints (the ids stay in the graph's array),
/// about 8 bytes per node instead of the 30 or so of a <see cref="Dictionary{TKey, TValue}"/>. The bits of a slot
/// that the node index does not need hold a tag from the id's hash, so a probe that meets another id almost never
/// has to read that id's string (a cache miss each, on large graphs).
/// </summary>
internal sealed class IdIndex
{
    private readonly int[] _slots; // tag << _indexBits | (node index + 1); 0 = empty
    private readonly int _mask;
    private readonly int _indexBits;
    private readonly int _indexMask;

    /// <summary>Indexes <paramref name="ids"/>; a repeated id is left out and reported as (repeat, first). Blank ids are skipped.</summary>
    public IdIndex(string[] ids, Action<int, int> onDuplicate)
    {
        var capacity = 4;
        while (capacity < ids.Length * 2L) capacity <<= 1;
        _slots = new int[capacity];
        _mask = capacity - 1;
        _indexBits = 1;
        while (_indexBits < 31 && (1L << _indexBits) <= ids.Length) _indexBits++;
        _indexMask = (int)((1L << _indexBits) - 1);
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i];
            if (string.IsNullOrWhiteSpace(id)) continue;
            var hash = Hash(id);
            var tag = Tag(hash);
            var slot = hash & _mask;
            while (true)
            {
                var entry = _slots[slot];
                if (entry == 0)
                {
                    _slots[slot] = (tag << _indexBits) | (i + 1);
                    break;
                }
                if (TagOf(entry) == tag && string.Equals(ids[(entry & _indexMask) - 1], id, StringComparison.Ordinal))
                {
                    onDuplicate(i, (entry & _indexMask) - 1);
                    break;
                }
                slot = (slot + 1) & _mask;
            }
        }
    }

    /// <summary>The index of <paramref name="id"/> in <paramref name="ids"/>, or -1.</summary>
    public int Find(string id, string[] ids)
    {
        var hash = Hash(id);
        var tag = Tag(hash);
        var slot = hash & _mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0) return -1;
            if (TagOf(entry) == tag && string.Equals(ids[(entry & _indexMask) - 1], id, StringComparison.Ordinal)) return (entry & _indexMask) - 1;
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>Maps every stored index through <paramref name="rank"/> (old index to new), without rehashing.</summary>
    public void Renumber(int[] rank)
    {
        for (var s = 0; s < _slots.Length; s++)
        {
            var entry = _slots[s];
            if (entry != 0) _slots[s] = (entry & ~_indexMask) | (rank[(entry & _indexMask) - 1] + 1);
        }
    }

    private static int Hash(string id) => StringComparer.Ordinal.GetHashCode(id) & int.MaxValue;

    /// <summary>The tag: the hash's top bits, which the slot position (its low bits) does not use; 0 when no bit is free.</summary>
    private int Tag(int hash) => _indexBits >= 31 ? 0 : hash >>> (_indexBits);

    private int TagOf(int entry) => (int)((uint)entry >> _indexBits);
}
