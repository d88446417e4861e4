using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Search;

/// <summary>
/// The search index for the current content. It is built at start-up and rebuilt whenever
/// <see cref="ContentStore"/> swaps in a new snapshot, then swapped in one step, so a search
/// never waits for a rebuild or sees half of one.
/// </summary>
public sealed class SiteSearch : IDisposable
{
    /// <summary>Enough for anyone to scan; a reader who needs more should search more precisely.</summary>
    public const int MaxResults = 20;

    private readonly ContentStore _store;
    private readonly ILogger<SiteSearch> _logger;
    private readonly Lock _rebuildLock = new();
    private SearchIndex? _index;

    public SiteSearch(ContentStore store, ILogger<SiteSearch> logger)
    {
        _store = store;
        _logger = logger;
        _store.Changed += OnContentChanged;
        Rebuild();
    }

    public SearchIndex Index => Volatile.Read(ref _index)!;

    public SearchResults Search(SearchInput input) => Index.Search(input, MaxResults);

    public void Dispose() => _store.Changed -= OnContentChanged;

    private void OnContentChanged(ContentSnapshot snapshot) => Rebuild();

    /// <summary>
    /// Always indexes the store's current snapshot under a lock, so whichever rebuild runs last
    /// indexes the newest content. The old index is not disposed: searches already running may
    /// still be reading it, and it holds nothing but memory.
    /// </summary>
    private void Rebuild()
    {
        lock (_rebuildLock)
        {
            var snapshot = _store.Current;
            try
            {
                var next = SearchIndex.Build(snapshot);
                Volatile.Write(ref _index, next);
                _logger.LogInformation("Search index built: {Documents} sections from content version {Version}", next.DocumentCount, snapshot.Version);
            }
            catch (Exception exception) when (_index is not null)
            {
                _logger.LogError(exception, "Search index rebuild failed; still searching content version {Version}", _index.ContentVersion);
            }
        }
    }
}
