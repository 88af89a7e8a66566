using System.Buffers;
using System.Text;

namespace Okr.Core.Serialization;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> of bytes kept in 1 MiB pieces rented from <see cref="ArrayPool{T}.Shared"/>:
/// a document is held once, with no growing array copied at every doubling, and may exceed the 2 GB an array can
/// hold when it goes to a stream. Dispose it to return the pieces.
/// </summary>
internal sealed class SegmentedBuffer : IBufferWriter<byte>, IDisposable
{
    private const int SegmentSize = 1 << 20;

    private readonly List<(byte[] Array, int Length)> _full = [];
    private byte[]? _current;
    private int _used;

    /// <summary>The bytes written so far.</summary>
    public long Length { get; private set; }

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, (_current?.Length ?? 0) - _used);
        _used += count;
        Length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => Reserve(sizeHint).AsMemory(_used);

    public Span<byte> GetSpan(int sizeHint = 0) => Reserve(sizeHint).AsSpan(_used);

    private byte[] Reserve(int sizeHint)
    {
        var need = Math.Max(sizeHint, 1);
        if (_current is not null && _current.Length - _used >= need) return _current;
        if (_current is not null && _used > 0) _full.Add((_current, _used));
        else if (_current is not null) ArrayPool<byte>.Shared.Return(_current);
        _current = ArrayPool<byte>.Shared.Rent(Math.Max(need, SegmentSize));
        _used = 0;
        return _current;
    }

    /// <summary>The pieces in order.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Segments
    {
        get
        {
            foreach (var (array, length) in _full) yield return array.AsMemory(0, length);
            if (_current is not null && _used > 0) yield return _current.AsMemory(0, _used);
        }
    }

    /// <summary>Writes every piece to <paramref name="stream"/>.</summary>
    public void CopyTo(Stream stream)
    {
        foreach (var segment in Segments) stream.Write(segment.Span);
    }

    /// <summary>Writes every piece to <paramref name="stream"/> without blocking.</summary>
    public async Task CopyToAsync(Stream stream, CancellationToken cancellationToken)
    {
        foreach (var segment in Segments) await stream.WriteAsync(segment, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The bytes as UTF-8 text.</summary>
    public string ToUtf8String()
    {
        if (_full.Count == 0) return _current is null ? "" : Encoding.UTF8.GetString(_current, 0, _used);
        // A character may span two pieces: one decoder carries it over.
        var decoder = Encoding.UTF8.GetDecoder();
        var text = new StringBuilder(checked((int)Math.Min(Length, int.MaxValue)));
        var chars = ArrayPool<char>.Shared.Rent(SegmentSize);
        try
        {
            foreach (var segment in Segments)
            {
                var bytes = segment.Span;
                while (!bytes.IsEmpty)
                {
                    decoder.Convert(bytes, chars, flush: false, out var used, out var produced, out _);
                    text.Append(chars, 0, produced);
                    bytes = bytes[used..];
                }
            }
            decoder.Convert(ReadOnlySpan<byte>.Empty, chars, flush: true, out _, out var last, out _);
            text.Append(chars, 0, last);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
        return text.ToString();
    }

    public void Dispose()
    {
        foreach (var (array, _) in _full) ArrayPool<byte>.Shared.Return(array);
        _full.Clear();
        if (_current is not null) ArrayPool<byte>.Shared.Return(_current);
        _current = null;
        _used = 0;
    }
}
