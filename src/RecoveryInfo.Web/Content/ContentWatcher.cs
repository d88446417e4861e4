using System.Text;
using Microsoft.Extensions.Options;

namespace RecoveryInfo.Web.Content;

/// <summary>
/// Rebuilds the content snapshot shortly after editors save, in every environment and with no
/// restart. File-system events are used where the platform delivers them; where it does not (or
/// when configured), the folder is polled. Either way changes are debounced into one rebuild, and
/// the rebuild runs here in the background, never on a request.
/// </summary>
public sealed class ContentWatcher(
    ContentStore store, IOptions<ContentOptions> options, IConfiguration configuration, TimeProvider clock, ILogger<ContentWatcher> logger)
    : IHostedService, IDisposable
{
    /// <summary>Editors' saves often write a file two or three times within a few milliseconds.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);

    /// <summary>Keeps a long copy from postponing every rebuild until it ends.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(600);

    /// <summary>With the quiet time and a rebuild, a polled change still shows well within a second.</summary>
    public static readonly TimeSpan PollingInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>A poll already sees a save after the fact, so it needs less quiet time than an event does.</summary>
    public static readonly TimeSpan PollingQuiet = TimeSpan.FromMilliseconds(100);

    private readonly Lock _lock = new();
    private ReloadDebouncer? _debouncer;
    private FileSystemWatcher? _watcher;
    private ITimer? _pollTimer;
    private string _lastScan = "";
    private int _scanning;
    private bool _stopped;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var pollingAsked = options.Value.Watch == ContentWatchMode.Polling
                || configuration["DOTNET_USE_POLLING_FILE_WATCHER"] is "1" or "true" or "True" or "TRUE";
            if (pollingAsked || !TryWatchEvents())
            {
                StartPolling();
            }
            else
            {
                _debouncer = new ReloadDebouncer(Quiet, MaxDelay, clock, ReloadNow);
            }

            logger.LogInformation("Watching {Folder} for changes ({Mode})", store.ContentFolder, _watcher is null ? $"polling every {PollingInterval.TotalMilliseconds:0} ms" : "file-system events");
        }

        // An edit made between the first load and now would otherwise wait for the next one;
        // if nothing changed, the rebuild keeps the current snapshot.
        _debouncer?.Signal();
        return Task.CompletedTask;
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
            _pollTimer?.Dispose();
            _pollTimer = null;
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
        _debouncer?.Dispose();
        _debouncer = new ReloadDebouncer(PollingQuiet, MaxDelay, clock, ReloadNow);
        _lastScan = Scan();
        _pollTimer = clock.CreateTimer(_ => Poll(), null, PollingInterval, PollingInterval);
    }

    private void Poll()
    {
        // A slow disk must not pile scans on top of each other.
        if (Interlocked.Exchange(ref _scanning, 1) == 1)
        {
            return;
        }

        try
        {
            var scan = Scan();
            if (scan != _lastScan)
            {
                _lastScan = scan;
                _debouncer?.Signal();
            }
        }
        finally
        {
            Volatile.Write(ref _scanning, 0);
        }
    }

    /// <summary>A cheap picture of the folder: every file's path, size and last write time.</summary>
    private string Scan()
    {
        var picture = new StringBuilder();
        try
        {
            var folder = new DirectoryInfo(store.ContentFolder);
            var enumeration = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
            foreach (var file in folder.EnumerateFiles("*", enumeration))
            {
                picture.Append(file.FullName).Append('|').Append(file.Length).Append('|').Append(file.LastWriteTimeUtc.Ticks).Append('\n');
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
