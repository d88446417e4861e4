using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Serving;

/// <summary>
/// Finished responses for the pages of one content snapshot. Entries belong to the snapshot
/// they were rendered from: once the store swaps in a new snapshot every lookup misses, and the
/// old entries are dropped with their generation, so a cached page never outlives its snapshot.
/// </summary>
public sealed class PageCache
{
    private PageCacheGeneration _generation = new(null);

    public CachedPage? Find(ContentSnapshot snapshot, string path, string coding)
    {
        var generation = Volatile.Read(ref _generation);
        return ReferenceEquals(generation.Snapshot, snapshot) && generation.Pages.TryGetValue((path, coding), out var page) ? page : null;
    }

    public void Keep(ContentSnapshot snapshot, string path, string coding, CachedPage page)
    {
        var generation = Volatile.Read(ref _generation);
        if (!ReferenceEquals(generation.Snapshot, snapshot))
        {
            var fresh = new PageCacheGeneration(snapshot);
            var seen = Interlocked.CompareExchange(ref _generation, fresh, generation);
            generation = ReferenceEquals(seen, generation) ? fresh : seen;
            if (!ReferenceEquals(generation.Snapshot, snapshot))
            {
                return;
            }
        }

        generation.Pages[(path, coding)] = page;
    }
}
