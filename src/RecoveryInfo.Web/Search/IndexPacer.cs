namespace RecoveryInfo.Web.Search;

/// <summary>
/// Lets an index build run in short slices and, while requests are being served, rest after each
/// slice for <see cref="RestFactor"/> times as long as it worked. A lower thread priority alone is not
/// enough: the build's allocations set off collections and its new methods compile, and both stop
/// request threads too, so the build must also do less per second while readers are waiting.
/// </summary>
public sealed class IndexPacer(RequestLoad load, TimeProvider clock, Action<TimeSpan> rest)
{
    /// <summary>Work this long before looking at the load.</summary>
    public static readonly TimeSpan Slice = TimeSpan.FromMilliseconds(4);

    /// <summary>Rest three times as long as each slice: the build takes at most a quarter of a core from requests.</summary>
    public const int RestFactor = 3;

    private long _sliceStarted = clock.GetTimestamp();

    public IndexPacer(RequestLoad load)
        : this(load, TimeProvider.System, Thread.Sleep)
    {
    }

    /// <summary>Called between pieces of work: rests if a slice has passed and requests are in flight.</summary>
    public void Pace()
    {
        var worked = clock.GetElapsedTime(_sliceStarted);
        if (worked < Slice)
        {
            return;
        }

        if (load.IsBusy)
        {
            rest(worked * RestFactor);
        }

        _sliceStarted = clock.GetTimestamp();
    }
}
