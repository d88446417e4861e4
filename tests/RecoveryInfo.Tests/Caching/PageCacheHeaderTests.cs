using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Caching;

[Collection(FixtureSiteCollection.Name)]
public sealed class PageCacheHeaderTests(FixtureSite defaultSite, PageCacheHeaderTests.CdnSite cdnSite) : IClassFixture<PageCacheHeaderTests.CdnSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/beta")]
    [InlineData("/beta/first")]
    [InlineData("/feed.xml")]
    public async Task By_default_pages_must_be_revalidated_every_time(string url)
    {
        var response = await defaultSite.CreateClient().GetAsync(url);

        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/beta/first")]
    [InlineData("/feed.xml")]
    public async Task A_configured_max_age_gives_pages_cdn_cache_headers(string url)
    {
        var cacheControl = (await cdnSite.CreateClient().GetAsync(url)).Headers.CacheControl;

        Assert.NotNull(cacheControl);
        Assert.True(cacheControl.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), cacheControl.MaxAge);
        Assert.Contains(cacheControl.Extensions, extension => extension.Name == "stale-while-revalidate" && extension.Value == "15");
        Assert.Contains(cacheControl.Extensions, extension => extension.Name == "stale-if-error" && extension.Value == "3600");
    }

    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/old/first-article")]
    [InlineData("/css/site.css")]
    public async Task Error_pages_redirects_and_files_do_not_get_the_page_lifetime(string url)
    {
        var response = await cdnSite.CreateRawClient().GetAsync(url);

        Assert.NotEqual(TimeSpan.FromSeconds(60), response.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public void A_negative_lifetime_stops_start_up_with_a_clear_message()
    {
        using var site = Configured(("Caching:PageMaxAgeSeconds", "-5"));

        var exception = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        var validation = Innermost(exception);
        Assert.Contains("Caching:PageMaxAgeSeconds must be 0 or more seconds", Assert.Single(validation.Failures));
    }

    private static ConfiguredSite Configured(params (string Key, string Value)[] settings) => new(settings);

    public sealed class CdnSite() : ConfiguredSite([("Caching:PageMaxAgeSeconds", "60"), ("Caching:StaleWhileRevalidateSeconds", "15"), ("Caching:StaleIfErrorSeconds", "3600")]);

    private static OptionsValidationException Innermost(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is OptionsValidationException validation)
            {
                return validation;
            }
        }

        throw new Xunit.Sdk.XunitException("no OptionsValidationException in " + exception);
    }

    public class ConfiguredSite((string Key, string Value)[] settings) : SiteFactory(Fixtures.ContentPath)
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
}
