using Microsoft.AspNetCore.Hosting;
using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Sharing;

/// <summary>The fixture site with a public address unlike the test server's own, so absolute URLs show where they come from.</summary>
public sealed class SharingSite() : SiteFactory(Fixtures.ContentPath)
{
    public const string BaseUrl = "https://recovery.example";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Site:BaseUrl", BaseUrl);
    }
}
