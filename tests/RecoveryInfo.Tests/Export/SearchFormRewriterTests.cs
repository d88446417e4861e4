using AngleSharp;
using AngleSharp.Dom;
using RecoveryInfo.Web.Export;

namespace RecoveryInfo.Tests.Export;

public sealed class SearchFormRewriterTests
{
    private const string Page = """
        <html><body><header><a href="/">Home</a>
        <form class="site-search" role="search" action="/search" method="get">
        <label for="q">Search this site</label><input id="q" name="q" type="search"><button type="submit">Search</button>
        </form></header>
        <main><form action="/elsewhere" method="get"><button>Other</button></form></main></body></html>
        """;

    [Fact]
    public async Task Without_a_search_origin_the_search_form_becomes_a_note()
    {
        var document = await Parse(SearchFormRewriter.Rewrite(Page, ""));

        Assert.Null(document.QuerySelector("form[action='/search']"));
        Assert.Contains("not available", document.QuerySelector("header p.search-unavailable")?.TextContent);
        Assert.NotNull(document.QuerySelector("main form[action='/elsewhere']"));
    }

    [Fact]
    public async Task With_a_search_origin_the_form_sends_readers_there()
    {
        var document = await Parse(SearchFormRewriter.Rewrite(Page, "https://search.example/"));

        var form = document.QuerySelector("header form[role=search]");
        Assert.Equal("https://search.example/search", form?.GetAttribute("action"));
        Assert.NotNull(form?.QuerySelector("input[name=q]"));
    }

    [Fact]
    public void A_page_without_a_search_form_is_unchanged()
    {
        const string Html = "<html><body><p>No search here</p></body></html>";

        Assert.Same(Html, SearchFormRewriter.Rewrite(Html, ""));
    }

    private static Task<IDocument> Parse(string html) =>
        BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));
}
