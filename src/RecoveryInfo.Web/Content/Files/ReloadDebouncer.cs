namespace RecoveryInfo.Web.Content.Files;

/// <summary>
/// Turns a burst of change signals into one rebuild: the action runs once the signals have been
/// quiet for <c>quiet</c>, and at the latest <c>maxDelay</c> after the first one, so a save that
/// writes a file several times is one rebuild and a long copy still shows progress.
/// </summary>
public sealed class ReloadDebouncer : IDisposable
{
    private readonly TimeSpan _quiet;
    private readonly TimeSpan _maxDelay;
    private readonly TimeProvider _clock;
    private readonly Action _action;
    private readonly ITimer _timer;
    private readonly Lock _lock = new();
    private DateTimeOffset? _firstSignal;
    private bool _disposed;

    /// <param name="quiet">How long signals must stop before the action runs.</param>
    /// <param name="maxDelay">The longest the action waits after the first signal of a burst.</param>
    /// <param name="clock">Time, replaceable in tests.</param>
    /// <param name="action">Runs on a timer thread and must not throw.</param>
    public ReloadDebouncer(TimeSpan quiet, TimeSpan maxDelay, TimeProvider clock, Action action)
    {
        _quiet = quiet;
        _maxDelay = maxDelay;
        _clock = clock;
        _action = action;
        _timer = clock.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Signal()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            var now = _clock.GetUtcNow();
            _firstSignal ??= now;
            var due = Min(now + _quiet, _firstSignal.Value + _maxDelay) - now;
            _timer.Change(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _timer.Dispose();
        }
    }

    private void Fire()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            // A signal from here on starts a new burst, so a change made during the rebuild gets its own rebuild.
            _firstSignal = null;
        }

        _action();
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
