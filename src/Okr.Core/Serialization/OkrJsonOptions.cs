namespace Okr.Core.Serialization;

/// <summary>
/// Limits and layout for <see cref="OkrJson"/>. The defaults suit documents of any realistic organisation;
/// lower the limits when reading documents from people you do not trust.
/// </summary>
public sealed record OkrJsonOptions
{
    /// <summary>The default nesting limit: 64 levels of objects and arrays.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The default size limit: 256 MiB of UTF-8.</summary>
    public const long DefaultMaxDocumentBytes = 256L * 1024 * 1024;

    private const int MaxDepthLimit = 4_096;

    private const long MaxDocumentBytesLimit = 2_000_000_000;

    /// <summary>The default number of diagnostics after which reading stops.</summary>
    public const int DefaultMaxDiagnostics = 1_000;

    /// <summary>The defaults: nesting up to 64 levels, 256 MiB, 1,000 diagnostics, indented output.</summary>
    public static OkrJsonOptions Default { get; } = new();

    /// <summary>
    /// The deepest nesting of objects and arrays a document may have, 1 to 4,096; default 64. The format itself
    /// needs 6 levels; the rest is room for vendor extensions. Deeper documents fail with <c>OKR0310</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1 to 4,096.</exception>
    public int MaxDepth
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxDepth));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxDepthLimit, nameof(MaxDepth));
            field = value;
        }
    } = DefaultMaxDepth;

    /// <summary>
    /// The largest document to read, in bytes of UTF-8, 1 to 2,000,000,000; default 256 MiB. Larger documents fail
    /// with <c>OKR0311</c> before they are parsed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1 to 2,000,000,000.</exception>
    public long MaxDocumentBytes
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxDocumentBytes));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxDocumentBytesLimit, nameof(MaxDocumentBytes));
            field = value;
        }
    } = DefaultMaxDocumentBytes;

    /// <summary>
    /// How many diagnostics reading collects before it stops with <c>OKR0317</c>, at least 1; default 1,000.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxDiagnostics
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MaxDiagnostics));
            field = value;
        }
    } = DefaultMaxDiagnostics;

    /// <summary>Whether the writer indents its output for people (default) or writes it on one line.</summary>
    public bool Indented { get; init; } = true;
}
