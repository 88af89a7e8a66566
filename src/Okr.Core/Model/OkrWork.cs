namespace Okr.Core;

/// <summary>
/// The cancellation token and progress sink of one long operation, checked by its loops every
/// <see cref="Interval"/> items: cancellation throws <see cref="OperationCanceledException"/> from the loop (the
/// operation builds its result only after every loop, so nothing half-built escapes), and progress is reported when
/// it has moved by at least a hundredth, never backwards. <see cref="None"/> costs one branch per item.
/// </summary>
internal sealed class OkrWork
{
    /// <summary>Items between two checks: small enough for about a millisecond between checks at any size.</summary>
    public const int Interval = 1024;

    /// <summary>No cancellation, no progress.</summary>
    public static readonly OkrWork None = new(OkrStep.Reading, null, CancellationToken.None);

    private readonly OkrStep _step;
    private readonly IProgress<OkrProgress>? _progress;
    private readonly CancellationToken _token;
    private double _reported = -1;
    private double _from;
    private double _span = 1;
    private int _countdown = Interval;

    private OkrWork(OkrStep step, IProgress<OkrProgress>? progress, CancellationToken token)
    {
        _step = step;
        _progress = progress;
        _token = token;
        Active = progress is not null || token.CanBeCanceled;
    }

    /// <summary>Whether there is anything to check or report.</summary>
    public bool Active { get; }

    /// <summary>The work of one call: <see cref="None"/> when there is neither a progress sink nor a cancellable token.</summary>
    public static OkrWork For(OkrStep step, IProgress<OkrProgress>? progress, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        return progress is null && !token.CanBeCanceled ? None : new OkrWork(step, progress, token);
    }

    /// <summary>Starts the part of the work that runs from fraction <paramref name="from"/> to <paramref name="to"/>.</summary>
    public void Phase(double from, double to)
    {
        if (!Active) return;
        _token.ThrowIfCancellationRequested();
        _from = from;
        _span = to - from;
        Report(from);
    }

    /// <summary>One item of the current phase done: every <see cref="Interval"/> items, checks and reports <paramref name="done"/> of <paramref name="total"/>.</summary>
    public void Tick(long done, long total)
    {
        if (!Active || --_countdown > 0) return;
        _countdown = Interval;
        _token.ThrowIfCancellationRequested();
        if (total > 0) Report(_from + (_span * done / total));
    }

    /// <summary>The work is done: reports 1.</summary>
    public void Complete()
    {
        if (!Active) return;
        _token.ThrowIfCancellationRequested();
        Report(1);
    }

    private void Report(double fraction)
    {
        if (_progress is null) return;
        fraction = Math.Clamp(fraction, 0, 1);
        if (fraction < 1 && fraction < _reported + 0.01) return;
        if (fraction <= _reported) return;
        _reported = fraction;
        _progress.Report(new OkrProgress(_step, fraction));
    }
}
