namespace Okr.Core.Graph;

/// <summary>
/// The one counting sort the compiler groups edges with (by child, by parent, by final parent, by final child):
/// linear, stable, and no hashing.
/// </summary>
internal static class CountingSort
{
    /// <summary>
    /// Groups the items 0..<c>keys.Length</c>-1 by their key in [0, <paramref name="keyCount"/>), keeping their order
    /// within a group. Group <c>k</c> is <c>items[offsets[k] .. offsets[k+1]-1]</c>.
    /// </summary>
    /// <returns>The offsets, <paramref name="keyCount"/> + 1 of them.</returns>
    public static int[] Group(ReadOnlySpan<int> keys, int keyCount, out int[] items)
    {
        var offsets = new int[keyCount + 1];
        foreach (var key in keys) offsets[key + 1]++;
        for (var k = 0; k < keyCount; k++) offsets[k + 1] += offsets[k];
        var cursor = offsets.AsSpan(0, keyCount).ToArray();
        items = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++) items[cursor[keys[i]]++] = i;
        return offsets;
    }
}
