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
/// The search index is built in the background so a large site starts serving pages at once. Here
/// the first build is held back to see what readers get in that moment.
/// </summary>
public sealed class SearchStartupTests
{
    [Fact]
    public async Task Pages_are_served_while_the_first_index_builds_and_search_says_it_is_starting()
    {
        using var release = new ManualResetEventSlim();
        using var site = new HeldBackSite(Fixtures.CopyContent(Fixtures.SearchContentPath), release);
        var client = site.CreateClient();

        var page = await client.GetAsync("/health/bladder");
        var search = await client.GetAsync("/search?q=kestrel");
        var document = await Html.ParseAsync(search);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);
        Assert.Equal("5", search.Headers.RetryAfter?.ToString());
        Assert.Equal("Search is starting", document.QuerySelector("main h1")?.TextContent);
        Assert.NotEmpty(document.QuerySelectorAll("main .article-list a"));
        Assert.Equal("kestrel", document.QuerySelector("input[name=q]")?.GetAttribute("value"));

        release.Set();

        var ready = await Eventually.Until(
            async () => await client.GetAsync("/search?q=kestrel"), response => response.StatusCode == HttpStatusCode.OK, "search to be ready");
        var results = await Html.ParseAsync(ready);
        Assert.Equal(["/health/bladder"], results.QuerySelectorAll("main .search-results h2 a").Select(link => link.GetAttribute("href")));
    }

    [Fact]
    public async Task After_an_edit_a_search_waits_briefly_for_the_new_index_rather_than_answer_from_the_old_one()
    {
        var folder = Fixtures.CopyContent(Fixtures.SearchContentPath);
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();
        // The first index may still be building on a busy machine ("Search is starting"); what this test
        // is about begins once search is ready.
        await Eventually.Until(
            async () => await client.GetAsync("/search?q=kestrel"), response => response.StatusCode == HttpStatusCode.OK, "search to be ready");

        await File.AppendAllTextAsync(Path.Combine(folder, "health", "bladder.md"), "\n## Zeppelin rides\n\nA zeppelin appears.\n");
        site.Services.GetRequiredService<ContentStore>().Reload();
        var document = await client.GetDocumentAsync("/search?q=zeppelin");

        Assert.Equal(["/health/bladder", "/health/bladder#zeppelin-rides"], ResultsPage.AllLinks(document));
    }

    private sealed class HeldBackSite(string contentPath, ManualResetEventSlim release) : SiteFactory(contentPath)
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
                    release.Wait(TimeSpan.FromSeconds(60));
                    return SearchIndexer.BuildOnce(snapshot);
                })));
        }
    }
}
