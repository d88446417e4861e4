using System.Diagnostics;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Search;

/// <summary>
/// The search index for the current content. It is built in the background a moment after
/// start-up, and updated in place (only the articles that changed) whenever
/// <see cref="ContentStore"/> swaps in a new snapshot; each new view is swapped in one step, so a
/// search never sees half of an update and the site starts serving pages without waiting for it.
/// </summary>
public sealed class SiteSearch : IDisposable
{
    /// <summary>Pages of the site per page of results: enough to scan on a phone, with the rest a link away.</summary>
    public const int ResultsPerPage = 10;

    /// <summary>Re-indexing more than this fraction (one in ten) of the articles counts as a large build.</summary>
    private const int LargeBuildFraction = 10;

    /// <summary>
    /// How long a search waits for the index of the content the pages show. Long enough that a
    /// search just after start-up or an edit finds what the pages say; short enough that a
    /// rebuild of a very large site never holds a reader up for long (they get the previous index).
    /// </summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long after start-up the first index build waits, unless a search asks for it sooner:
    /// long enough for the first pages after a (re)start to be rendered without it competing for
    /// the processor (at 1,000 articles the build takes over a second of CPU).
    /// </summary>
    public static readonly TimeSpan FirstBuildDelay = TimeSpan.FromSeconds(1);

    private readonly ContentStore _store;
    private readonly Func<ContentSnapshot, SearchIndex>? _build;
    private readonly ILogger<SiteSearch> _logger;
    private readonly Lock _lock = new();
    private SearchIndex? _index;
    private long _lastAttemptedVersion = -1;
    private bool _building;
    private bool _rebuildAsked;
    private bool _firstBuildAsked;
    private bool _disposed;
    private TaskCompletionSource _swapped = NewSignal();
    private SearchIndexer? _indexer;
    private readonly RequestLoad _load;

    public SiteSearch(ContentStore store, IHostApplicationLifetime lifetime, ILogger<SiteSearch> logger, RequestLoad load)
        : this(store, lifetime, logger, build: null, load)
    {
    }

    /// <summary>
    /// Lets tests hold a build back, to see what readers get while the index is not ready. With a
    /// <paramref name="build"/> every change builds a whole index with it; without, one index is updated in place.
    /// </summary>
    internal SiteSearch(ContentStore store, IHostApplicationLifetime lifetime, ILogger<SiteSearch> logger, Func<ContentSnapshot, SearchIndex>? build, RequestLoad? load = null)
    {
        _store = store;
        _load = load ?? new RequestLoad();
        _logger = logger;
        _build = build;
        _store.Changed += OnContentChanged;

        // The first build waits until the site is listening and has had a moment to render its
        // first pages, so it never competes with start-up for the processor: pages come first,
        // search a moment later (or at once, if a search comes first).
        lifetime.ApplicationStarted.Register(() => _ = BuildFirstIndexSoonAsync(lifetime.ApplicationStopping));
    }

    /// <summary>The newest finished index, or null before the first one is built.</summary>
    public SearchIndex? Index => Volatile.Read(ref _index);

    /// <summary>
    /// Waits up to <paramref name="wait"/> for the index of the content being served, then returns
    /// the newest index there is: the current one, an older one while a rebuild runs, or null if
    /// none has been built yet.
    /// </summary>
    public async Task<SearchIndex?> CurrentIndexAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(wait.TotalSeconds * Stopwatch.Frequency);
        AskForFirstBuild();
        while (true)
        {
            Task swapped;
            lock (_lock)
            {
                swapped = _swapped.Task;
            }

            var index = Index;
            var serving = _store.Current.Version;
            if (index?.ContentVersion == serving || Interlocked.Read(ref _lastAttemptedVersion) == serving)
            {
                return index;
            }

            var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
            if (left <= TimeSpan.Zero)
            {
                return index;
            }

            // While a search waits for the index, the build does not give way to other requests.
            _load.BeginWait();
            try
            {
                await swapped.WaitAsync(left, cancellationToken);
            }
            catch (TimeoutException)
            {
                return Index;
            }
            finally
            {
                _load.EndWait();
            }
        }
    }

    public void Dispose()
    {
        _store.Changed -= OnContentChanged;
        lock (_lock)
        {
            _disposed = true;
            if (_building)
            {
                // The builder is using the indexer; it lets it go when it sees the flag.
                return;
            }
        }

        ReleaseIndexer();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void OnContentChanged(ContentSnapshot snapshot) => AskForRebuild();

    private async Task BuildFirstIndexSoonAsync(CancellationToken stopping)
    {
        try
        {
            await Task.Delay(FirstBuildDelay, stopping);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        AskForFirstBuild();
    }

    /// <summary>Starts the first build unless it has started already (an edit or a search can come first).</summary>
    private void AskForFirstBuild() => AskForRebuild(onlyIfNeverAsked: true);

    /// <summary>
    /// One builder at a time, in the background. Changes that arrive during a build are folded
    /// into one more build of whatever the content is when it starts, so the last build always
    /// indexes the newest content and a burst of edits costs at most two builds.
    /// </summary>
    private void AskForRebuild() => AskForRebuild(onlyIfNeverAsked: false);

    private void AskForRebuild(bool onlyIfNeverAsked)
    {
        lock (_lock)
        {
            if (onlyIfNeverAsked && _firstBuildAsked)
            {
                return;
            }

            _rebuildAsked = true;
            _firstBuildAsked = true;
            if (_building || _disposed)
            {
                return;
            }

            _building = true;
        }

        // Not the thread pool: a low-priority thread of its own, so seconds of indexing never hold pages back.
        LowPriorityThread.Start(BuildUntilCurrent, "Search index");
    }

    /// <summary>
    /// A first content load and index build leave a lot of garbage behind that the GC would
    /// otherwise keep committed for ever. One aggressive collection after a build that re-indexed
    /// much of the site hands it back to the system, so the site stays small. It pauses requests, so
    /// after an update of a few articles the collection runs in the background instead, so that each
    /// save's reload garbage does not pile up.
    /// </summary>
    private static void ReturnMemoryAfterBuild(int reindexed, int articles)
    {
        if (reindexed > articles / LargeBuildFraction)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        else
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false, compacting: false);
        }
    }

    /// <summary>
    /// Updates the long-lived index. If an update fails part-way, that indexer's idea of what it
    /// holds can no longer be trusted: it is dropped and a fresh one indexes everything.
    /// </summary>
    private (SearchIndex Index, int Reindexed, int Articles) Update(ContentSnapshot snapshot)
    {
        if (_build is not null)
        {
            var built = _build(snapshot);
            var articles = snapshot.Articles.Count();
            return (built, articles, articles);
        }

        try
        {
            return UpdateWith(_indexer ??= new SearchIndexer(), snapshot);
        }
        catch (Exception exception)
        {
            _logger.LogWarning(exception, "Search index update failed for content version {Version}; building it again from scratch", snapshot.Version);
            ReleaseIndexer();
            try
            {
                return UpdateWith(_indexer = new SearchIndexer(), snapshot);
            }
            catch
            {
                ReleaseIndexer();
                throw;
            }
        }
    }

    private (SearchIndex Index, int Reindexed, int Articles) UpdateWith(SearchIndexer indexer, ContentSnapshot snapshot)
    {
        var index = indexer.Update(snapshot, new IndexPacer(_load).Pace);
        return (index, indexer.Reindexed, indexer.Articles);
    }

    private void ReleaseIndexer()
    {
        var indexer = _indexer;
        _indexer = null;
        try
        {
            indexer?.Dispose();
        }
        catch (Exception exception)
        {
            // Nothing depends on it any more: views already handed out keep working without it.
            _logger.LogWarning(exception, "Closing the search indexer failed");
        }
    }

    private void BuildUntilCurrent()
    {
        while (true)
        {
            lock (_lock)
            {
                if (_disposed)
                {
                    _building = false;
                    ReleaseIndexer();
                    return;
                }

                if (!_rebuildAsked)
                {
                    _building = false;
                    return;
                }

                _rebuildAsked = false;
            }

            var snapshot = _store.Current;
            var started = Stopwatch.GetTimestamp();
            int reindexed = 0, articles = 0;
            try
            {
                (var next, reindexed, articles) = Update(snapshot);
                Volatile.Write(ref _index, next);
                _logger.LogInformation("Search index updated: {Reindexed} of {Articles} articles re-indexed, {Documents} documents (pages and sections), content version {Version}, in {Milliseconds:0} ms",
                    reindexed, articles, next.DocumentCount, snapshot.Version, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (Exception exception)
            {
                // The previous index (if any) keeps answering; the next content change tries again.
                _logger.LogError(exception, "Search index build failed for content version {Version}", snapshot.Version);
            }

            Interlocked.Exchange(ref _lastAttemptedVersion, snapshot.Version);
            // A blocking collection stops every request thread while it runs, so it must not run at the builder's low priority.
            ThreadPool.QueueUserWorkItem(_ => ReturnMemoryAfterBuild(reindexed, articles));
            TaskCompletionSource finished;
            lock (_lock)
            {
                finished = _swapped;
                _swapped = NewSignal();
            }

            finished.TrySetResult();
        }
    }
}
