using Okr.Core;
using Okr.Core.Diagnostics;
using Okr.Core.Graph;
using Okr.Core.Scoring;
using Okr.Core.Rollup;
using Okr.Core.Health;
using Okr.Core.Results;
using Okr.Core.Internal;
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

    private const long MaxDocumentBytesLimit = 2_000_000_000;

    /// <summary>The default number of diagnostics after which reading stops.</summary>
    public const int DefaultMaxDiagnostics = 1_000;

    /// <summary>The defaults: depth 64, 256 MiB, 1,000 diagnostics, indented output.</summary>
    public static OkrJsonOptions Default { get; } = new();

    /// <summary>
    /// The deepest nesting of objects and arrays a document may have, 1 to 4,096; default 64. The format itself
    /// needs 6 levels; the rest is room for vendor extensions. Deeper documents fail with <c>OKR0310</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1 to 4,096.</exception>
    public int MaxDepth
    {
        get;
        init => field = value is >= 1 and <= 4_096
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, "'MaxDepth' must lie in [1, 4096].");
    } = DefaultMaxDepth;

    /// <summary>
    /// The largest document to read, in bytes of UTF-8, 1 to 2,000,000,000; default 256 MiB. Larger documents fail
    /// with <c>OKR0311</c> before they are parsed.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1 to 2,000,000,000.</exception>
    public long MaxDocumentBytes
    {
        get;
        init => field = value is >= 1 and <= MaxDocumentBytesLimit
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxDocumentBytes), value, "'MaxDocumentBytes' must lie in [1, 2000000000].");
    } = DefaultMaxDocumentBytes;

    /// <summary>
    /// How many diagnostics reading collects before it stops with <c>OKR0317</c>, at least 1; default 1,000.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxDiagnostics
    {
        get;
        init => field = value >= 1
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxDiagnostics), value, "'MaxDiagnostics' must be 1 or more.");
    } = DefaultMaxDiagnostics;

    /// <summary>Whether the writer indents its output for people (default) or writes it on one line.</summary>
    public bool Indented { get; init; } = true;
}
