using Microsoft.Extensions.DependencyInjection;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Pages;

[Collection(FixtureSiteCollection.Name)]
public sealed class OfflinePageTests(FixtureSite site)
{
    [Fact]
    public async Task The_offline_page_lists_the_uk_numbers_from_site_yml_as_call_and_text_links()
    {
        var document = await site.CreateClient().GetDocumentAsync("/offline");

        Assert.Equal("You are offline", document.QuerySelector("main h1")?.TextContent.Trim());
        var links = document.QuerySelectorAll("main a[href^='tel:'], main a[href^='sms:']").Select(link => link.GetAttribute("href")).ToList();
        Assert.Equal(["tel:555", "tel:+44100200300", "sms:80808?body=HELLO"], links);
        Assert.Empty(document.QuerySelectorAll("main a[href='tel:777'], main a[href='tel:0700700']"));
        Assert.Equal(["Stay with them.", "Tell the crew what was taken."], document.QuerySelectorAll("main li").Skip(3).Select(item => item.TextContent.Trim()));
        Assert.Contains(document.QuerySelectorAll("main a"), link => link.GetAttribute("href") == "/beta/first");
        Assert.Equal("noindex", document.QuerySelector("meta[name='robots']")?.GetAttribute("content"));
        Assert.Equal("https://exit.example/weather", document.QuerySelector(".quick-exit-link")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Every_page_registers_the_worker_with_the_content_version_and_the_urgent_page()
    {
        var document = await site.CreateClient().GetDocumentAsync("/beta");
        var version = site.Services.GetRequiredService<ContentStore>().Current.Version;

        var script = Assert.Single(document.QuerySelectorAll("script[src^='/js/offline.js']"));
        Assert.True(script.HasAttribute("defer"));
        Assert.Equal(version.ToString(System.Globalization.CultureInfo.InvariantCulture), script.GetAttribute("data-version"));
        Assert.Equal("/beta/first", script.GetAttribute("data-urgent-page"));
    }

    [Fact]
    public async Task The_worker_is_served_from_the_root_so_its_scope_is_the_whole_site()
    {
        var response = await site.CreateClient().GetAsync("/service-worker.js?content=1");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("worker-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_offline_page_is_not_in_the_sitemap()
    {
        var sitemap = await site.CreateClient().GetStringAsync("/sitemap.xml");

        Assert.DoesNotContain("/offline", sitemap, StringComparison.Ordinal);
    }
}
