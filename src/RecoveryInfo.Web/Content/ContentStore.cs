using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace RecoveryInfo.Web.Content;

/// <summary>
/// Holds the snapshot every request reads. A rebuild makes a whole new snapshot and swaps the
/// reference in one step, so readers see either the old content or the new, never a mixture.
/// The first load starts when the store is created and runs while the web server starts, on its
/// own thread; anything that reads <see cref="Current"/> before it ends waits for it.
/// </summary>
public sealed class ContentStore
{
    private readonly SnapshotBuilder _loader;
    private readonly ILogger<ContentStore> _logger;
    private readonly bool _includeDrafts;
    private readonly Lock _rebuildLock = new();
    private readonly TaskCompletionSource _firstLoad = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ContentSnapshot? _current;

    public ContentStore(
        SnapshotBuilder loader, IOptions<ContentOptions> options, IHostEnvironment environment, IHostApplicationLifetime lifetime, ILogger<ContentStore> logger)
        : this(loader, options, environment, lifetime, logger, beforeFirstLoad: null)
    {
    }

    /// <summary>Lets tests hold the first load back, to see what early requests get.</summary>
    internal ContentStore(
        SnapshotBuilder loader,
        IOptions<ContentOptions> options,
        IHostEnvironment environment,
        IHostApplicationLifetime lifetime,
        ILogger<ContentStore> logger,
        Action? beforeFirstLoad)
    {
        _loader = loader;
        _logger = logger;
        _includeDrafts = environment.IsDevelopment();
        ContentFolder = ContentPaths.Resolve(environment.ContentRootPath, options.Value.Path);
        FirstLoadStartedUtc = DateTime.UtcNow;

        // A thread of its own rather than the thread pool: requests that arrive early wait on pool
        // threads, and must not hold up the load they are waiting for.
        var firstLoad = new Thread(() =>
        {
            beforeFirstLoad?.Invoke();
            LoadFirst(lifetime);
        });
        firstLoad.IsBackground = true;
        firstLoad.Name = "First content load";
        firstLoad.Start();
    }

    public string ContentFolder { get; }

    /// <summary>When the first load began, by the wall clock files are stamped with.</summary>
    public DateTime FirstLoadStartedUtc { get; }

    public ContentSnapshot Current => Volatile.Read(ref _current) ?? WaitForFirstLoad();

    /// <summary>True once the first load has succeeded.</summary>
    public bool IsLoaded => Volatile.Read(ref _current) is not null;

    /// <summary>Completes when the first load ends; faulted if it failed.</summary>
    public Task FirstLoad => _firstLoad.Task;

    /// <summary>Waits for the first load; throws what it threw, if it failed.</summary>
    public ContentSnapshot WaitForFirstLoad()
    {
        _firstLoad.Task.GetAwaiter().GetResult();
        return Volatile.Read(ref _current)!;
    }

    private void LoadFirst(IHostApplicationLifetime lifetime)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            var first = _loader.Load(ContentFolder, _includeDrafts);
            Volatile.Write(ref _current, first);
            LogDiagnostics(first, previous: null, Stopwatch.GetElapsedTime(started));
            Loaded?.Invoke(first);
            _firstLoad.SetResult();
        }
        catch (Exception exception)
        {
            // Nothing could be served: stop, as a start-up failure would, rather than answer every request with an error.
            _logger.LogCritical(exception, "The content in {Folder} could not be loaded; stopping", ContentFolder);
            _firstLoad.SetException(exception);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
    }

    /// <summary>Raised after a new snapshot has been swapped in, for anything derived from it (caches, indexes).</summary>
    public event Action<ContentSnapshot>? Changed;

    /// <summary>
    /// Raised after every snapshot is put in place, the first included, on the thread that built it
    /// and before anything waiting for the first load goes on. Handlers must be quick and must not throw.
    /// </summary>
    public event Action<ContentSnapshot>? Loaded;

    /// <summary>
    /// Rebuilds from disk and swaps the snapshot in; pages with errors keep their last good version.
    /// When nothing that the site serves or reports has changed (an editor's temporary file, a save
    /// with no change), the current snapshot stays and <see cref="Changed"/> is not raised.
    /// </summary>
    public ContentSnapshot Reload()
    {
        lock (_rebuildLock)
        {
            var started = Stopwatch.GetTimestamp();
            var previous = Current;
            var next = _loader.Load(ContentFolder, _includeDrafts, previous);
            if (next.Version == previous.Version && next.Diagnostics.SequenceEqual(previous.Diagnostics))
            {
                return previous;
            }

            Volatile.Write(ref _current, next);
            LogDiagnostics(next, previous, Stopwatch.GetElapsedTime(started));
            Loaded?.Invoke(next);
            Changed?.Invoke(next);
            return next;
        }
    }

    private void LogDiagnostics(ContentSnapshot snapshot, ContentSnapshot? previous, TimeSpan elapsed)
    {
        var alreadyReported = previous?.Diagnostics.ToHashSet() ?? [];
        foreach (var diagnostic in snapshot.Diagnostics.Where(diagnostic => !alreadyReported.Contains(diagnostic)))
        {
            // ":l" writes the text as is, so the log line reads path:line:col: message with no quotes around it.
            _logger.LogWarning("{Diagnostic:l}", diagnostic.ToString());
        }

        _logger.LogInformation("Content loaded from {Folder}: {Articles} articles in {Topics} topics, {Diagnostics} diagnostics, in {Milliseconds:0} ms",
            ContentFolder, snapshot.Articles.Count(), snapshot.Topics.Count, snapshot.Diagnostics.Count, elapsed.TotalMilliseconds);
    }
}
