using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using RecoveryInfo.Web.Content.Files;

namespace RecoveryInfo.Tests.Infrastructure;

/// <summary>
/// The site on a fake clock, which moves only when the test says. Without <paramref name="watchFiles"/>
/// nothing watches the folder, so whatever changes the site does so by the clock alone.
/// </summary>
public sealed class ClockedSite(string contentPath, FakeTimeProvider clock, string environment = "Production", bool watchFiles = true)
    : SiteFactory(contentPath, environment)
{
    public FakeTimeProvider Clock { get; } = clock;

    /// <summary>A fake clock set to a moment (its constructor that takes one is experimental).</summary>
    public static FakeTimeProvider At(DateTimeOffset now)
    {
        var clock = new FakeTimeProvider();
        clock.SetUtcNow(now);
        return clock;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            if (!watchFiles)
            {
                services.Remove(services.Single(service => service.ServiceType == typeof(IHostedService) && service.ImplementationType == typeof(ContentWatcher)));
            }
        });
    }
}
