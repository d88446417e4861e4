using Microsoft.AspNetCore.Hosting;

namespace RecoveryInfo.Tests.Infrastructure;

/// <summary>The site over a content folder with extra configuration settings (keys as in appsettings, e.g. "AllowedHosts").</summary>
public class ConfiguredSite(string contentPath, IReadOnlyDictionary<string, string?> settings, string environment = "Production")
    : SiteFactory(contentPath, environment)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
