namespace RecoveryInfo.Web.Content.Publishing;

/// <summary>
/// Publishes and expires pages on time without an edit or a restart: after every snapshot it sets one
/// timer for the snapshot's next <c>publish_on</c> or <c>expire_on</c>, and when that moment comes it
/// rebuilds the snapshot, which swaps the page into (or out of) navigation, listings, search, the
/// sitemap and the feed in one step, as an edit would.
/// </summary>
public sealed class PublishingTimer(ContentStore store, TimeProvider clock, ILogger<PublishingTimer> logger) : IHostedService, IDisposable
{
    /// <summary>
    /// The longest single wait. A system timer cannot wait much beyond 49 days, and waking each hour
    /// also notices a wall clock that was set forward; waking early costs a comparison, not a rebuild.
    /// </summary>
    private static readonly TimeSpan _longestWait = TimeSpan.FromHours(1);

    /// <summary>How long to wait before trying again when a rebuild failed (the folder was being replaced, say).</summary>
    private static readonly TimeSpan _retryWait = TimeSpan.FromSeconds(30);

    private readonly Lock _lock = new();
    private ITimer? _timer;
    private bool _stopped;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.Loaded += OnLoaded;

        // The first load may have ended before this subscribed; setting the timer twice does no harm.
        if (store.IsLoaded)
        {
            Arm(store.Current.Schedule.NextChange);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        store.Loaded -= OnLoaded;
        lock (_lock)
        {
            _stopped = true;
            _timer?.Dispose();
            _timer = null;
        }
    }

    private void OnLoaded(ContentSnapshot snapshot) => Arm(snapshot.Schedule.NextChange);

    /// <summary>
    /// A new timer each time, rather than changing the old one: the old one may be the timer whose
    /// callback is running, and some clocks reset a timer after its callback returns.
    /// </summary>
    private void Arm(DateTimeOffset? due, TimeSpan? wait = null)
    {
        lock (_lock)
        {
            _timer?.Dispose();
            _timer = null;
            if (_stopped || (due is null && wait is null))
            {
                return;
            }

            var delay = wait ?? due!.Value - clock.GetUtcNow();
            delay = delay < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : delay > _longestWait ? _longestWait : delay;
            _timer = clock.CreateTimer(_ => OnDue(), null, delay, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnDue()
    {
        try
        {
            var current = store.Current;
            if (current.Schedule.NextChange is { } due && clock.GetUtcNow() >= due)
            {
                logger.LogInformation("Publishing time {Due:l} reached; rebuilding the content", due.ToString("u", System.Globalization.CultureInfo.InvariantCulture));
                current = store.Reload();
                if (current.Schedule.NextChange <= due)
                {
                    // The rebuild did not move past the moment (it kept the snapshot it had): never spin on it.
                    logger.LogWarning("The content rebuilt at {Due:l} still waits for that moment; trying again in {Seconds} s", due.ToString("u", System.Globalization.CultureInfo.InvariantCulture), _retryWait.TotalSeconds);
                    Arm(null, _retryWait);
                    return;
                }
            }

            Arm(current.Schedule.NextChange);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not rebuild the content at a publishing time; trying again in {Seconds} s", _retryWait.TotalSeconds);
            Arm(null, _retryWait);
        }
    }
}
