namespace Okr.Core.Serialization;

/// <summary>Collects a stream's bytes up to a limit (plus one byte, to tell "exactly at the limit" from "over it").</summary>
internal sealed class StreamBuffer
{
    private readonly long _limit;
    private byte[] _bytes;
    private int _length;

    public StreamBuffer(Stream stream, long limit)
    {
        _limit = limit;
        long? length = null;
        try
        {
            if (stream.CanSeek) length = stream.Length - stream.Position;
        }
        catch (NotSupportedException)
        {
        }
        if (length > limit)
        {
            TooLarge = true;
            KnownSize = length.Value;
            Done = true;
            _bytes = [];
            return;
        }
        KnownSize = -1;
        _bytes = new byte[(int)Math.Min(limit + 1, Math.Max(length + 1 ?? 16 * 1024, 16))];
    }

    public bool Done { get; private set; }

    public bool TooLarge { get; private set; }

    public long KnownSize { get; private set; }

    public Span<byte> Free => Grow().AsSpan(_length);

    public Memory<byte> FreeMemory => Grow().AsMemory(_length);

    public ReadOnlyMemory<byte> Content => _bytes.AsMemory(0, _length);

    private byte[] Grow()
    {
        if (_length == _bytes.Length)
        {
            var size = (int)Math.Min(_limit + 1, Math.Max(2L * _bytes.Length, 16));
            Array.Resize(ref _bytes, size);
        }
        return _bytes;
    }

    public void Advance(int read)
    {
        if (read <= 0)
        {
            Done = true;
            return;
        }
        _length += read;
        if (_length > _limit)
        {
            TooLarge = true;
            Done = true;
        }
    }
}
