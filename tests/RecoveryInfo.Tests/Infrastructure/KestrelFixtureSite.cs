using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RecoveryInfo.Web.Security;

namespace RecoveryInfo.Tests.Infrastructure;

/// <summary>
/// The fixture content on a real loopback port, with a low search limit so a 429 is easy to reach and
/// <see cref="ThrowWhenAsked"/> so a 500 is too: every kind of response the site can give.
/// </summary>
public sealed class KestrelFixtureSite() : KestrelSite(Fixtures.ContentPath, new Dictionary<string, string?>
{
    ["SearchRateLimit:PermitLimit"] = PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["SearchRateLimit:WindowSeconds"] = "3600",
})
{
    public const int PermitLimit = 5;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Configure<MvcOptions>(options => options.Filters.Add(new ThrowWhenAsked())));
    }
}
