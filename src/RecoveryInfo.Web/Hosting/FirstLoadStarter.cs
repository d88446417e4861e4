using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Search;

namespace RecoveryInfo.Web.Hosting;

/// <summary>
/// Starts the first content load while the web server starts, instead of at the first request:
/// creating the store starts its load on a thread of its own, and creating search schedules the
/// first index for just after the server listens. Pages are served while the index builds.
/// </summary>
public sealed class FirstLoadStarter(ContentStore store, SiteSearch search) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(store);
        GC.KeepAlive(search);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
