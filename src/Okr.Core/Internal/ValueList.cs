using System.Collections;

namespace Okr.Core.Internal;

/// <summary>
/// A read-only list with structural equality, so that records holding lists compare by content.
/// Every list a model record exposes is one of these, whatever the caller passed in.
/// </summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    public static readonly ValueList<T> Empty = new([]);

    private readonly T[] _items;

    private ValueList(T[] items) => _items = items;

    /// <summary>A list over <paramref name="items"/> itself, not a copy: for callers that made the array and drop it.</summary>
    public static ValueList<T> Own(T[] items) => items.Length == 0 ? Empty : new ValueList<T>(items);

    public static ValueList<T> From(IEnumerable<T>? items)
    {
        if (items is null) return Empty;
        if (items is ValueList<T> already) return already;
        var array = items.ToArray();
        return array.Length == 0 ? Empty : new ValueList<T>(array);
    }

    /// <summary>A new list of <paramref name="items"/> followed by <paramref name="item"/>, built with one array copy.</summary>
    public static ValueList<T> Append(IReadOnlyList<T> items, T item)
    {
        var array = new T[items.Count + 1];
        if (items is ValueList<T> list) list._items.CopyTo(array, 0);
        else for (var i = 0; i < items.Count; i++) array[i] = items[i];
        array[^1] = item;
        return new ValueList<T>(array);
    }

    public T this[int index] => _items[index];

    public int Count => _items.Length;

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other._items.Length != _items.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i])) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items) hash.Add(item);
        return hash.ToHashCode();
    }

    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}

/// <summary>
/// A read-only, insertion-ordered map with structural equality, for vendor extension properties.
/// </summary>
internal sealed class ValueMap : IReadOnlyDictionary<string, string>, IEquatable<ValueMap>
{
    public static readonly ValueMap Empty = new([]);

    private readonly KeyValuePair<string, string>[] _items;

    private ValueMap(KeyValuePair<string, string>[] items) => _items = items;

    public static ValueMap From(IEnumerable<KeyValuePair<string, string>>? items)
    {
        if (items is null) return Empty;
        if (items is ValueMap already) return already;
        var list = new List<KeyValuePair<string, string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item.Key, "key");
            ArgumentNullException.ThrowIfNull(item.Value, "value");
            if (!seen.Add(item.Key))
                throw new ArgumentException($"Extension property '{item.Key}' is given twice.", nameof(items));
            list.Add(item);
        }
        return list.Count == 0 ? Empty : new ValueMap([.. list]);
    }

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No extension property '{key}'.");

    public IEnumerable<string> Keys => _items.Select(static p => p.Key);

    public IEnumerable<string> Values => _items.Select(static p => p.Value);

    public int Count => _items.Length;

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, out string value)
    {
        foreach (var item in _items)
        {
            if (string.Equals(item.Key, key, StringComparison.Ordinal))
            {
                value = item.Value;
                return true;
            }
        }
        value = null!;
        return false;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Order-insensitive: two maps with the same pairs are equal.</summary>
    public bool Equals(ValueMap? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other.Count != Count) return false;
        foreach (var item in _items)
        {
            if (!other.TryGetValue(item.Key, out var value) || !string.Equals(value, item.Value, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => obj is ValueMap other && Equals(other);

    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var item in _items) hash ^= HashCode.Combine(item.Key, item.Value);
        return hash;
    }
}
