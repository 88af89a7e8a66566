namespace Okr.Core.Tests.Support;

/// <summary>
/// A synchronous progress sink (unlike <see cref="Progress{T}"/>, which posts to a thread pool): records every report
/// and cancels <see cref="Cancellation"/> at the first report at or past <see cref="CancelAt"/>.
/// </summary>
public sealed class ProgressRecorder : IProgress<OkrProgress>, IDisposable
{
    /// <summary>The fraction at which to cancel; above 1 never.</summary>
    public double CancelAt { get; init; } = 2;

    /// <summary>The source cancelled at <see cref="CancelAt"/>.</summary>
    public CancellationTokenSource Cancellation { get; } = new();

    /// <summary>Every report, in order.</summary>
    public List<OkrProgress> Reports { get; } = [];

    /// <summary>The index in <see cref="Reports"/> of the report that cancelled, or -1.</summary>
    public int CancelledAt { get; private set; } = -1;

    /// <inheritdoc/>
    public void Report(OkrProgress value)
    {
        Reports.Add(value);
        if (CancelledAt < 0 && value.Fraction >= CancelAt)
        {
            CancelledAt = Reports.Count - 1;
            Cancellation.Cancel();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => Cancellation.Dispose();
}
