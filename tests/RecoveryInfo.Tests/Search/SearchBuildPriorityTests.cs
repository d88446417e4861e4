using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Search;

namespace RecoveryInfo.Tests.Search;

/// <summary>
/// Building the index takes seconds of processor time on a large site; it runs on a thread of its
/// own that gives way to requests (bench/run measures what that keeps of page throughput).
/// </summary>
public sealed class SearchBuildPriorityTests
{
    [Fact]
    public async Task The_index_is_built_on_a_low_priority_thread_of_its_own_not_on_the_thread_pool()
    {
        var seen = new List<(bool PoolThread, ThreadPriority Priority, int? Nice)>();
        using var site = new RecordingSite(Fixtures.CopyContent(Fixtures.SearchContentPath), seen);
        var client = site.CreateClient();

        await Eventually.Until(async () => await client.GetAsync("/search?q=kestrel"), response => response.StatusCode == HttpStatusCode.OK, "search to be ready");
        site.Services.GetRequiredService<ContentStore>().Reload();

        (bool PoolThread, ThreadPriority Priority, int? Nice) build;
        lock (seen)
        {
            build = seen[0];
        }

        Assert.False(build.PoolThread);
        Assert.Equal(ThreadPriority.BelowNormal, build.Priority);
        if (OperatingSystem.IsLinux())
        {
            // .NET ignores thread priorities on Linux; the kernel's nice value is what the scheduler weighs.
            Assert.True(build.Nice >= LowPriorityThread.NiceValue, $"the build ran at nice {build.Nice}");
            Assert.True(LowPriorityThread.CurrentNiceValue() < LowPriorityThread.NiceValue, "the test's own thread must keep its priority");
        }
    }

    private sealed class RecordingSite(string contentPath, List<(bool, ThreadPriority, int?)> seen) : SiteFactory(contentPath)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(provider => new SiteSearch(
                provider.GetRequiredService<ContentStore>(),
                provider.GetRequiredService<IHostApplicationLifetime>(),
                provider.GetRequiredService<ILogger<SiteSearch>>(),
                snapshot =>
                {
                    lock (seen)
                    {
                        seen.Add((Thread.CurrentThread.IsThreadPoolThread, Thread.CurrentThread.Priority, LowPriorityThread.CurrentNiceValue()));
                    }

                    return SearchIndexer.BuildOnce(snapshot);
                })));
        }
    }
}
