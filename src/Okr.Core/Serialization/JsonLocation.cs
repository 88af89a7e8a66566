using System.Globalization;
using System.Text;
using System.Text.Json;
using Okr.Core.Diagnostics;

namespace Okr.Core.Serialization;

/// <summary>Turns byte offsets of a UTF-8 document into 1-based lines and byte columns. Built on first use.</summary>
internal sealed class LineIndex(ReadOnlyMemory<byte> text)
{
    private long[]? _lineStarts;

    public (long Line, long Column) Locate(long offset)
    {
        var starts = _lineStarts ??= Build(text.Span);
        var i = Array.BinarySearch(starts, offset);
        if (i < 0) i = ~i - 1;
        return (i + 1, offset - starts[i] + 1);
    }

    private static long[] Build(ReadOnlySpan<byte> span)
    {
        var starts = new List<long> { 0 };
        long position = 0;
        while (true)
        {
            var next = span.IndexOf((byte)'\n');
            if (next < 0) break;
            position += next + 1;
            starts.Add(position);
            span = span[(next + 1)..];
        }
        return [.. starts];
    }
}

/// <summary>
/// The JSON path of the value being read, as a stack of segments; it becomes text only when a diagnostic needs it.
/// Paths look like <c>$.keyResults[3].measure.target</c>, the same form <c>set.Compile()</c> uses.
/// </summary>
internal sealed class JsonPath
{
    private readonly List<(string? Name, int Index)> _segments = [];

    public void PushProperty(string name) => _segments.Add((name, -1));

    public void PushIndex(int index) => _segments.Add((null, index));

    public void SetIndex(int index) => _segments[^1] = (null, index);

    public void Pop() => _segments.RemoveAt(_segments.Count - 1);

    /// <summary>How deeply the current value is nested: its number of segments (0 for the document itself).</summary>
    public int Nesting => _segments.Count;

    public override string ToString() => Format(_segments, _segments.Count);

    private static string Format(List<(string? Name, int Index)> segments, int count)
    {
        var text = new StringBuilder("$");
        for (var i = 0; i < count; i++)
        {
            var (name, index) = segments[i];
            if (name is null) text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            else AppendName(text, name);
        }
        return text.ToString();
    }

    internal static void AppendName(StringBuilder text, string name)
    {
        if (IsPlainName(name))
        {
            text.Append('.').Append(name);
            return;
        }
        text.Append("['");
        foreach (var c in name)
        {
            if (c is '\'' or '\\') text.Append('\\');
            text.Append(c);
        }
        text.Append("']");
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0])) return false;
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '-') return false;
        }
        return true;
    }

    /// <summary>Splits a path made by <see cref="ToString()"/> back into segments; <see langword="null"/> when it is not one.</summary>
    public static List<(string? Name, int Index)>? Parse(string path)
    {
        if (!path.StartsWith('$')) return null;
        var segments = new List<(string? Name, int Index)>();
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[') end++;
                if (end == i + 1) return null;
                segments.Add((path[(i + 1)..end], -1));
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var name = new StringBuilder();
                var j = i + 2;
                while (j < path.Length && path[j] != '\'')
                {
                    if (path[j] == '\\' && j + 1 < path.Length) j++;
                    name.Append(path[j]);
                    j++;
                }
                if (j + 1 >= path.Length || path[j + 1] != ']') return null;
                segments.Add((name.ToString(), -1));
                i = j + 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)) return null;
                segments.Add((null, index));
                i = end + 1;
            }
            else
            {
                return null;
            }
        }
        return segments;
    }
}

/// <summary>
/// Finds where JSON paths lie in a document, for diagnostics made after reading (by <c>set.Compile()</c>).
/// One pass over the document resolves any number of paths; a path that names something absent (a default value)
/// resolves to its nearest present ancestor.
/// </summary>
internal sealed class JsonSourceMap(ReadOnlyMemory<byte> document, int offset, LineIndex lines, int maxNesting)
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Names;
        public Dictionary<int, Node>? Indexes;
        public long Offset = -1;

        public Node Add(string? name, int index)
        {
            if (name is not null)
            {
                Names ??= new Dictionary<string, Node>(StringComparer.Ordinal);
                if (!Names.TryGetValue(name, out var named)) Names[name] = named = new Node();
                return named;
            }
            Indexes ??= [];
            if (!Indexes.TryGetValue(index, out var indexed)) Indexes[index] = indexed = new Node();
            return indexed;
        }

        public Node? Find(string? name, int index)
        {
            if (name is not null) return Names is not null && Names.TryGetValue(name, out var named) ? named : null;
            return Indexes is not null && Indexes.TryGetValue(index, out var indexed) ? indexed : null;
        }
    }

    public IReadOnlyList<Diagnostic> Locate(IReadOnlyList<Diagnostic> diagnostics)
    {
        var root = new Node();
        var wanted = false;
        foreach (var d in diagnostics)
        {
            if (d.Path is null || d.Line is not null) continue;
            var segments = JsonPath.Parse(d.Path);
            if (segments is null) continue;
            var node = root;
            foreach (var (name, index) in segments) node = node.Add(name, index);
            wanted = true;
        }
        if (!wanted) return diagnostics;
        Scan(root);

        var located = new List<Diagnostic>(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            var segments = d.Path is null || d.Line is not null ? null : JsonPath.Parse(d.Path);
            if (segments is null)
            {
                located.Add(d);
                continue;
            }
            Node? node = root;
            var best = root.Offset;
            foreach (var (name, index) in segments)
            {
                node = node.Find(name, index);
                if (node is null || node.Offset < 0) break;
                best = node.Offset;
            }
            if (best < 0)
            {
                located.Add(d);
                continue;
            }
            var (line, column) = lines.Locate(best + offset);
            located.Add(d with { Line = line, Column = column });
        }
        return located;
    }

    /// <summary>Walks the document once, iteratively, recording the start of every value whose path was asked for.</summary>
    private void Scan(Node root)
    {
        var reader = new Utf8JsonReader(document.Span, new JsonReaderOptions { MaxDepth = maxNesting + 1 });
        // Per open container: the node it matched (or null) and, for arrays, the next element index.
        var stack = new List<(Node? Node, bool IsArray, int NextIndex)>();
        Node? pending = root; // the node of the value about to be read
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var parent = stack[^1].Node;
                        pending = parent?.Names is { } names && names.TryGetValue(reader.GetString()!, out var child) ? child : null;
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.RemoveAt(stack.Count - 1);
                        continue;
                }
                if (stack.Count > 0 && stack[^1].IsArray)
                {
                    var (arrayNode, _, next) = stack[^1];
                    stack[^1] = (arrayNode, true, next + 1);
                    pending = arrayNode?.Indexes is { } indexes && indexes.TryGetValue(next, out var element) ? element : null;
                }
                if (pending is not null) pending.Offset = reader.TokenStartIndex;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    stack.Add((pending, reader.TokenType == JsonTokenType.StartArray, 0));
                pending = null;
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Only documents that were read without error get here, so this is not expected; keep what was found.
        }
    }
}
