using System.Text.RegularExpressions;
using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Search;

[Collection(SearchSiteCollection.Name)]
public sealed partial class SearchPageTests(SearchSite site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/health")]
    [InlineData("/health/bladder")]
    [InlineData("/search")]
    [InlineData("/search?q=bladder")]
    [InlineData("/no-such-page")]
    public async Task Every_page_has_a_labelled_get_search_form_in_the_header(string url)
    {
        var document = await site.CreateClient().GetDocumentAsync(url);

        var form = Assert.Single(document.QuerySelectorAll("form"));
        Assert.NotNull(form.Closest("header"));
        Assert.Equal("search", form.GetAttribute("role"));
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[name='q']");
        Assert.NotNull(input);
        Assert.Equal("search", input.GetAttribute("type"));
        var label = form.QuerySelector($"label[for='{input.Id}']");
        Assert.Equal("Search this site", label?.TextContent.Trim());
        Assert.NotNull(form.QuerySelector("button[type='submit']"));
        Assert.Empty(form.QuerySelectorAll("input[type='hidden']"));
    }

    [Fact]
    public async Task Results_page_has_a_title_with_the_query_noindex_and_a_heading_that_counts_the_pages_found()
    {
        var document = await site.CreateClient().GetDocumentAsync("/search?q=cravings");

        Assert.Equal("Search results for “cravings” – Search Fixture Site", document.Title);
        Assert.Equal("noindex", document.QuerySelector("head meta[name='robots']")?.GetAttribute("content"));
        var items = document.QuerySelectorAll("main ol.search-results > li");
        Assert.Equal(2, items.Length);
        var heading = Assert.Single(document.QuerySelectorAll("main h1"));
        Assert.Equal("2 results for cravings", Whitespace().Replace(heading.TextContent, " ").Trim());
        Assert.Equal("cravings", heading.QuerySelector("q")?.TextContent);
        Assert.All(items, item => Assert.NotNull(item.QuerySelector("h2 a[href]")));
        Assert.Equal("cravings", document.QuerySelector("header input[name='q']")?.GetAttribute("value"));
        Assert.Null(document.QuerySelector("main .search-pages"));
    }

    [Fact]
    public async Task One_result_is_announced_in_the_singular()
    {
        var document = await site.CreateClient().GetDocumentAsync("/search?q=kestrel");

        Assert.StartsWith("1 result for", document.QuerySelector("main h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task No_results_page_offers_spelling_hints_urgent_help_and_the_main_topics()
    {
        var response = await site.CreateClient().GetAsync("/search?q=zebra");
        Assert.Equal(200, (int)response.StatusCode);
        var document = await Html.ParseAsync(response);

        Assert.Equal("No results for “zebra” – Search Fixture Site", document.Title);
        Assert.Equal("noindex", document.QuerySelector("meta[name='robots']")?.GetAttribute("content"));
        Assert.Null(document.QuerySelector("main ol.search-results"));
        Assert.Contains(document.QuerySelectorAll("main .search-hints li"), hint => hint.TextContent.Contains("spelling"));
        Assert.NotNull(document.QuerySelector("aside.urgent-help a[href='tel:555']"));
        Assert.NotNull(document.QuerySelector("main a[href='/health/bladder']"));
        var sections = document.QuerySelectorAll("main .article-list a").Select(link => link.GetAttribute("href"));
        Assert.Equal(["/health", "/recovery"], sections);
    }

    [Theory]
    [InlineData("/search")]
    [InlineData("/search?q=")]
    [InlineData("/search?q=+%09+")]
    public async Task An_empty_search_prompts_for_words(string url)
    {
        var document = await site.CreateClient().GetDocumentAsync(url);

        Assert.Equal("Search", document.QuerySelector("main h1")?.TextContent);
        Assert.Equal("Search – Search Fixture Site", document.Title);
        Assert.Contains("search box", document.QuerySelector("main p")?.TextContent);
        Assert.Null(document.QuerySelector("main .search-hints"));
        Assert.Equal(["/health", "/recovery"], document.QuerySelectorAll("main .article-list a").Select(link => link.GetAttribute("href")));
        Assert.Equal("", document.QuerySelector("header input[name='q']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Search_sets_no_cookie_and_needs_no_script()
    {
        var response = await site.CreateClient().GetAsync("/search?q=bladder");

        Assert.False(response.Headers.Contains("Set-Cookie"));
        var document = await Html.ParseAsync(response);
        // Only the site-wide quick exit and offline scripts, which every page loads; search itself needs none.
        Assert.Empty(document.QuerySelectorAll("script:not([src^='/js/quick-exit.js']):not([src^='/js/offline.js'])"));
        Assert.NotEmpty(document.QuerySelectorAll("main ol.search-results > li"));
    }

    [Fact]
    public async Task A_long_query_is_shortened_in_the_title()
    {
        var query = string.Join(' ', Enumerable.Repeat("bladder", 20));

        var document = await site.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.StartsWith("Search results for “bladder bladder", document.Title);
        Assert.Contains("…”", document.Title);
        Assert.True(document.Title!.Length < 120, document.Title);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
