namespace RecoveryInfo.Web.Search;

/// <summary>How many requests the site is serving right now, so background indexing can give way to them.</summary>
public sealed class RequestLoad
{
    private int _inFlight;
    private int _waitingForIndex;

    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>
    /// Requests are being served and none is a search waiting for the index: while a reader waits
    /// for search, the build hurries, whatever else is being served.
    /// </summary>
    public bool IsBusy => Volatile.Read(ref _waitingForIndex) == 0 && Volatile.Read(ref _inFlight) > 0;

    public void Enter() => Interlocked.Increment(ref _inFlight);

    public void Exit() => Interlocked.Decrement(ref _inFlight);

    public void BeginWait() => Interlocked.Increment(ref _waitingForIndex);

    public void EndWait() => Interlocked.Decrement(ref _waitingForIndex);
}
