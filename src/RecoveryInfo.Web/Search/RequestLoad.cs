namespace RecoveryInfo.Web.Search;

/// <summary>How many requests the site is serving right now, so background indexing can give way to them.</summary>
public sealed class RequestLoad
{
    private int _inFlight;

    public int InFlight => Volatile.Read(ref _inFlight);

    public void Enter() => Interlocked.Increment(ref _inFlight);

    public void Exit() => Interlocked.Decrement(ref _inFlight);
}
