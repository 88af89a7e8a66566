namespace Okr.Core.Tests.Arbitraries;

/// <summary>
/// Reorders a list by a generated salt: items sorted by a stable hash of their key mixed with the salt. A property
/// that takes an <c>int salt</c> gets a different order per case, reproducible from the printed counterexample, and
/// shrinking the salt keeps it a valid permutation.
/// </summary>
public static class Permute
{
    public static T[] By<T>(int salt, IEnumerable<T> items, Func<T, string> key) =>
        [.. items.Select((item, index) => (item, index)).OrderBy(x => Hash(key(x.item), salt)).ThenBy(x => x.index).Select(x => x.item)];

    /// <summary>FNV-1a of the key, seeded with the salt (string.GetHashCode differs per process).</summary>
    private static uint Hash(string key, int salt)
    {
        var hash = 2166136261u ^ (uint)salt;
        foreach (var c in key)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        hash ^= (uint)salt * 2654435761u;
        hash *= 16777619u;
        return hash;
    }
}
