using System.Text;
using Microsoft.Extensions.Options;

namespace RecoveryInfo.Web.Content.Files;

/// <summary>
/// Rebuilds the content snapshot shortly after editors save, in every environment and with no
/// restart. File-system events are used where the platform delivers them, with a slow scan of the
/// folder as a safety net (events never arrive for a folder that was swapped for a new copy, as
/// some deployments do). Where events cannot be had, or when configured, the folder is scanned
/// often instead. Either way changes are debounced into one rebuild, and the rebuild runs here in
/// the background, never on a request.
/// </summary>
public sealed class ContentWatcher(
    ContentStore store, IOptions<ContentOptions> options, IConfiguration configuration, TimeProvider clock, ILogger<ContentWatcher> logger)
    : IHostedService, IDisposable
{
    /// <summary>With the quiet time and a rebuild, a polled change still shows well within a second.</summary>
    private static readonly TimeSpan _pollingInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>How often the safety net looks for changes that events did not report.</summary>
    private static readonly TimeSpan _safetyInterval = TimeSpan.FromSeconds(2);

    /// <summary>Editors' saves often write a file two or three times within a few milliseconds.</summary>
    private readonly TimeSpan _quiet = TimeSpan.FromMilliseconds(options.Value.ReloadQuietMilliseconds);

    /// <summary>A scan sees a save after the fact, so it needs less quiet time than an event does.</summary>
    private readonly TimeSpan _pollingQuiet = TimeSpan.FromMilliseconds(Math.Min(options.Value.ReloadQuietMilliseconds, 100));

    /// <summary>Keeps a long copy from postponing every rebuild until it ends.</summary>
    private readonly TimeSpan _maxDelay = TimeSpan.FromMilliseconds(options.Value.ReloadQuietMilliseconds + 400);

    /// <summary>Some file systems stamp times to the second or two; a change that close to the load counts.</summary>
    private static readonly TimeSpan _timestampSlack = TimeSpan.FromSeconds(2);

    private readonly Lock _lock = new();
    private ReloadDebouncer? _debouncer;
    private FileSystemWatcher? _watcher;
    private ITimer? _scanTimer;
    private string _lastScan = "";
    private int _scanning;
    private int _eventsSinceScan;
    private bool _stopped;

    /// <summary>
    /// Starts watching in the background: on a large site the first scan reads the times of every
    /// file, and the site need not wait for that before it listens. Nothing is missed meanwhile,
    /// since anything changed after the first load began triggers a rebuild once watching starts.
    /// </summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(StartWatching, CancellationToken.None);
        return Task.CompletedTask;
    }

    private void StartWatching()
    {
        try
        {
            StartWatchingNow();
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not start watching {Folder}; edits will show after a restart", store.ContentFolder);
        }
    }

    private void StartWatchingNow()
    {
        lock (_lock)
        {
            if (_stopped)
            {
                return;
            }

            var pollingAsked = options.Value.Watch == ContentWatchMode.Polling
                || configuration["DOTNET_USE_POLLING_FILE_WATCHER"] is "1" or "true" or "True" or "TRUE";
            _lastScan = Scan();
            if (pollingAsked || !TryWatchEvents())
            {
                StartPolling();
            }
            else
            {
                _debouncer = new ReloadDebouncer(_quiet, _maxDelay, clock, ReloadNow);
                _scanTimer = clock.CreateTimer(_ => ScanForChanges(), null, _safetyInterval, _safetyInterval);
            }

            logger.LogInformation("Watching {Folder} for changes ({Mode})", store.ContentFolder,
                _watcher is null ? $"polling every {_pollingInterval.TotalMilliseconds:0} ms" : "file-system events");
        }

        // An edit made between the first load and now would otherwise wait for the next one. Only
        // then is it worth a rebuild: on a large site an unneeded one would compete with the first
        // requests. (A file added, deleted or renamed changes its folder's time, so that counts too.)
        if (ChangedSince(store.FirstLoadStartedUtc - _timestampSlack))
        {
            _debouncer?.Signal();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _stopped = true;
            _watcher?.Dispose();
            _watcher = null;
            _scanTimer?.Dispose();
            _scanTimer = null;
            _debouncer?.Dispose();
        }
    }

    private bool TryWatchEvents()
    {
        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(store.ContentFolder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, change) => OnChange(change.FullPath);
            watcher.Created += (_, change) => OnChange(change.FullPath);
            watcher.Deleted += (_, change) => OnChange(change.FullPath);
            watcher.Renamed += (_, change) =>
            {
                OnChange(change.OldFullPath);
                OnChange(change.FullPath);
            };
            watcher.Error += (_, error) => OnWatcherError(error.GetException());
            watcher.EnableRaisingEvents = true;
            _watcher = watcher;
            return true;
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            // For example the per-user inotify limit is used up: polling still keeps the promise.
            watcher?.Dispose();
            logger.LogWarning("File-system events are not available for {Folder} ({Reason}); polling for changes instead", store.ContentFolder, exception.Message);
            return false;
        }
    }

    private void OnChange(string fullPath)
    {
        // Editors' swap, lock and backup files (".x.md.swp", ".#x.md", "x.md~") are not content.
        var relative = Path.GetRelativePath(store.ContentFolder, fullPath);
        if (relative.Split(Path.DirectorySeparatorChar).Any(segment => segment.StartsWith('.')) || relative.EndsWith('~'))
        {
            return;
        }

        Volatile.Write(ref _eventsSinceScan, 1);
        _debouncer?.Signal();
    }

    private void OnWatcherError(Exception exception)
    {
        // Events may have been lost, so rebuild; unless the buffer merely overflowed, stop trusting events.
        if (exception is InternalBufferOverflowException)
        {
            logger.LogWarning("Too many file changes at once in {Folder}; rebuilding the content from scratch", store.ContentFolder);
            _debouncer?.Signal();
            return;
        }

        lock (_lock)
        {
            if (_stopped || _watcher is null)
            {
                return;
            }

            _watcher.Dispose();
            _watcher = null;
            logger.LogWarning("File-system events for {Folder} stopped ({Reason}); polling for changes instead", store.ContentFolder, exception.Message);
            StartPolling();
        }

        _debouncer?.Signal();
    }

    private void StartPolling()
    {
        _scanTimer?.Dispose();
        _debouncer?.Dispose();
        _debouncer = new ReloadDebouncer(_pollingQuiet, _maxDelay, clock, ReloadNow);
        _scanTimer = clock.CreateTimer(_ => ScanForChanges(), null, _pollingInterval, _pollingInterval);
    }

    /// <summary>
    /// When polling, this is how changes are found. With events it is the safety net: a change that
    /// arrived with no event means the watch no longer covers the folder (it was replaced, or its
    /// mount dropped events), so the folder is watched afresh.
    /// </summary>
    private void ScanForChanges()
    {
        // A slow disk must not pile scans on top of each other.
        if (Interlocked.Exchange(ref _scanning, 1) == 1)
        {
            return;
        }

        try
        {
            var eventsSeen = Interlocked.Exchange(ref _eventsSinceScan, 0) == 1;
            var scan = Scan();
            if (scan == _lastScan)
            {
                return;
            }

            _lastScan = scan;
            lock (_lock)
            {
                if (!_stopped && _watcher is not null && !eventsSeen)
                {
                    logger.LogInformation("Changes in {Folder} arrived without file-system events (was the folder replaced?); watching it afresh", store.ContentFolder);
                    _watcher.Dispose();
                    _watcher = null;
                    if (!TryWatchEvents())
                    {
                        StartPolling();
                    }
                }
            }

            _debouncer?.Signal();
        }
        finally
        {
            Volatile.Write(ref _scanning, 0);
        }
    }

    /// <summary>A cheap picture of the folder: every file's path, size and last write time.</summary>
    private bool ChangedSince(DateTime utc)
    {
        try
        {
            var folder = new DirectoryInfo(store.ContentFolder);
            var enumeration = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
            return folder.LastWriteTimeUtc >= utc
                || folder.EnumerateFileSystemInfos("*", enumeration).Any(entry => entry.LastWriteTimeUtc >= utc);
        }
        catch (IOException)
        {
            return true;
        }
    }

    private string Scan()
    {
        var picture = new StringBuilder();
        try
        {
            var folder = new DirectoryInfo(store.ContentFolder);
            var enumeration = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
            foreach (var file in folder.EnumerateFiles("*", enumeration))
            {
                if (!file.Name.StartsWith('.') && !file.Name.EndsWith('~'))
                {
                    picture.Append(file.FullName).Append('|').Append(file.Length).Append('|').Append(file.LastWriteTimeUtc.Ticks).Append('\n');
                }
            }
        }
        catch (IOException)
        {
            // The folder is being moved or deleted: report the change and let the rebuild say what is wrong.
            return "unreadable";
        }

        return picture.ToString();
    }

    private void ReloadNow()
    {
        try
        {
            store.Reload();
        }
        catch (Exception exception)
        {
            // The whole folder vanished, or something unforeseen: keep serving what readers have and say why.
            logger.LogWarning(exception, "Could not rebuild the content from {Folder}; still serving the previous version", store.ContentFolder);
        }
    }
}
