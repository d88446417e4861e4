using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;
using static RecoveryInfo.Tests.Search.ResultsPage;

namespace RecoveryInfo.Tests.Search;

/// <summary>
/// The count is of pages of the site, and every one of them can be reached: ten to a page of
/// results, with plain links to the previous and next ones. Also: the urgent-help page leads when it matches.
/// </summary>
public sealed partial class SearchPagingTests : IClassFixture<SearchPagingTests.HammockSite>
{
    private const int Hammocks = 23;
    private readonly HttpClient _client;
    private readonly HammockSite _site;

    public SearchPagingTests(HammockSite site)
    {
        _site = site;
        _client = site.CreateClient();
    }

    [Fact]
    public async Task The_count_is_of_pages_and_each_page_of_results_links_to_the_next_and_previous_without_script()
    {
        var seen = new List<string>();
        var document = await GetAsync(_client, "hammock");
        Assert.Equal($"{Hammocks} results for hammock", Whitespace().Replace(document.QuerySelector("main h1")!.TextContent, " ").Trim());

        for (var number = 1; number <= 3; number++)
        {
            var nav = document.QuerySelector("main nav.search-pages");
            Assert.NotNull(nav);
            Assert.Equal($"Page {number} of 3", nav.QuerySelector(".search-pages-where")?.TextContent);
            Assert.Equal(number == 1 ? null : (number - 1 == 1 ? "/search?q=hammock" : $"/search?q=hammock&page={number - 1}"),
                nav.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
            Assert.Equal(number == 3 ? 3 : 10, Results(document).Count);
            Assert.Equal(number == 1 ? null : ((number - 1) * 10 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                document.QuerySelector("main ol.search-results")?.GetAttribute("start"));
            Assert.Equal($"{Hammocks} results for hammock", Whitespace().Replace(document.QuerySelector("main h1")!.TextContent, " ").Trim());
            Assert.Empty(document.QuerySelectorAll("script:not([src^='/js/quick-exit.js']):not([src^='/js/offline.js'])"));
            seen.AddRange(PageLinks(document));

            var next = nav.QuerySelector("a[rel=next]")?.GetAttribute("href");
            if (number == 3)
            {
                Assert.Null(next);
                Assert.Contains("page 3 of 3", document.Title);
                break;
            }

            Assert.Equal($"/search?q=hammock&page={number + 1}", next);
            document = await _client.GetDocumentAsync(next!);
        }

        Assert.Equal(Hammocks, seen.Count);
        Assert.Equal(Hammocks, seen.Distinct().Count());
    }

    [Fact]
    public async Task Fewer_results_than_a_page_need_no_page_links()
    {
        var document = await GetAsync(_client, "kestrel");

        Assert.Single(Results(document));
        Assert.Null(document.QuerySelector("main nav.search-pages"));
    }

    [Theory]
    [InlineData("&page=99", 3)]
    [InlineData("&page=0", 1)]
    [InlineData("&page=-2", 1)]
    [InlineData("&page=two", 1)]
    [InlineData("&page=99999999999999999999", 1)]
    public async Task A_page_number_out_of_range_or_not_a_number_gives_a_real_page_of_results(string extra, int shown)
    {
        var response = await _client.GetAsync("/search?q=hammock" + extra);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Html.ParseAsync(response);
        Assert.Equal($"Page {shown} of 3", document.QuerySelector("main .search-pages-where")?.TextContent);
    }

    [Fact]
    public async Task Paging_keeps_a_search_as_typed()
    {
        var document = await GetAsync(_client, "hammockk", "&exact=1");
        Assert.Empty(Results(document));

        var corrected = await GetAsync(_client, "hammockk");
        Assert.Equal("/search?q=hammockk&exact=1", corrected.QuerySelector("main .search-spelling a")?.GetAttribute("href"));
        Assert.Equal("/search?q=hammockk&page=2", corrected.QuerySelector("main nav.search-pages a[rel=next]")?.GetAttribute("href"));

        var typed = await GetAsync(_client, "hammock", "&exact=1");
        Assert.Equal("/search?q=hammock&exact=1&page=2", typed.QuerySelector("main nav.search-pages a[rel=next]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_urgent_help_page_leads_when_it_matches_and_only_then()
    {
        // In this content, the urgent-help page (site.yml) is /health/bladder, and a few hammock
        // pages say "hammock" more often than it does, so they would otherwise come first.
        var first = PageLinks(await GetAsync(_client, "hammock"))[0];
        Assert.Equal("/health/bladder", first);

        var notMatching = PageLinks(await GetAsync(_client, "cravings"));
        Assert.DoesNotContain("/health/bladder", notMatching);

        var store = _site.Services.GetRequiredService<ContentStore>();
        var settings = Path.Combine(_site.ContentPath, "site.yml");
        var text = await File.ReadAllTextAsync(settings);
        try
        {
            // Both pages say "cravings"; whichever is the urgent-help page comes first.
            foreach (var urgent in new[] { "/health/withdrawal", "/recovery/relapse" })
            {
                await File.WriteAllTextAsync(settings, text.Replace("page: /health/bladder", "page: " + urgent, StringComparison.Ordinal));
                store.Reload();
                Assert.NotEqual("/health/bladder", PageLinks(await GetAsync(_client, "hammock"))[0]);
                Assert.Equal(urgent, PageLinks(await GetAsync(_client, "cravings"))[0]);
            }
        }
        finally
        {
            await File.WriteAllTextAsync(settings, text);
            store.Reload();
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>The search fixture with twenty hammock pages added, some saying it more often than the urgent-help page.</summary>
    public sealed class HammockSite : SiteFactory
    {
        public HammockSite()
            : base(CreateContent())
        {
        }

        private static string CreateContent()
        {
            var folder = Fixtures.CopyContent(Fixtures.SearchContentPath);
            File.AppendAllText(Path.Combine(folder, "health", "bladder.md"), "\nA hammock is mentioned once here.\n");
            File.AppendAllText(Path.Combine(folder, "health", "withdrawal.md"), "\nSome people rest in a hammock.\n");
            File.AppendAllText(Path.Combine(folder, "recovery", "relapse.md"), "\nA hammock is a good place to think.\n");
            ContentFiles.Write(folder, "hammocks/_topic.yml", "title: Hammocks\norder: 3\ndescription: Pages about hammocks.\n");
            for (var number = 1; number <= Hammocks - 3; number++)
            {
                var body = $"## Hammock number {number}\n\nHammock hammock hammock: this hammock is number {number}.\n";
                ContentFiles.Write(folder, $"hammocks/hammock-{number}.md", ContentFiles.Article($"Hammock {number}", number, body));
            }

            return folder;
        }
    }
}
