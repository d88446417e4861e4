using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace RecoveryInfo.Tests.Infrastructure;

/// <summary>A site that counts how many page responses Razor rendered.</summary>
public sealed class CountingSite(string contentPath) : SiteFactory(contentPath)
{
    public RenderCounter Renders { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Configure<MvcOptions>(options => options.Filters.Add(Renders)));
    }
}
