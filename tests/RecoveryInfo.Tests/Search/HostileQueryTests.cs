using System.Net;
using RecoveryInfo.Tests.Infrastructure;
using Serilog.Events;

namespace RecoveryInfo.Tests.Search;

/// <summary>Whatever is typed or put in the URL is searched for as text and answered with a normal page.</summary>
[Collection(SearchSiteCollection.Name)]
public sealed class HostileQueryTests(SearchSite site)
{
    public static TheoryData<string> Queries => new()
    {
        "q=%22",
        "q=(",
        "q=)",
        "q=*",
        "q=?",
        "q=AND",
        "q=OR",
        "q=NOT",
        "q=~",
        "q=%5C",
        "q=bladder%5C",
        "q=%22bladder",
        "q=(pain",
        "q=pain*",
        "q=pain~2",
        "q=bladder%20AND",
        "q=%2Bpain%20-bladder",
        "q=title%3Abladder",
        "q=%5Bpain%20TO%20zebra%5D",
        "q=%7Bpain%7D",
        "q=%2Fbla.*%2F",
        "q=pain%5E10",
        "q=%26%26%20%7C%7C%20!",
        "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "q=a%00b%01c%1Fd%7F",
        "q=%E2%80%AEbladder",
        "q=%FF%FE",
        "q=%F0%9F%92%A7",
        "q=",
        "q=%20%20%20",
        "",
        "q",
        "q=bladder&q=pain",
        "q=" + new string('a', 2_000),
        "q=" + string.Concat(Enumerable.Repeat("pain%20", 400)),
        "q=" + string.Concat(Enumerable.Repeat("bladdr%20", 300)),
        "q=bladder&page=-1",
        "q=bladder&page=0",
        "q=bladder&page=abc",
        "q=bladder&page=99999999999999999999",
        "q=bladder&page=1e3",
        "q=bladder&page=2&page=3",
        "q=bladder&exact=1",
        "q=bladdr&exact=%00",
        "q=bladdr&exact=1&exact=0",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Any_query_string_gives_a_normal_page(string queryString)
    {
        var response = await site.CreateClient().GetAsync("/search?" + queryString);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await Html.ParseAsync(response);
        Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("main h1")?.TextContent));
        Assert.NotNull(document.QuerySelector("aside.urgent-help"));
        Assert.Empty(document.QuerySelectorAll("main script"));
        Assert.DoesNotContain(site.Logs.Events, logEvent => logEvent.Level >= LogEventLevel.Error);
    }

    [Theory]
    [InlineData("NOT bladder")]
    [InlineData("bladder OR")]
    [InlineData("\"bladder\"")]
    [InlineData("(bladder)")]
    [InlineData("bladder*")]
    [InlineData("bladder~")]
    [InlineData("BLADDER")]
    public async Task Query_syntax_is_read_as_plain_words(string query)
    {
        var document = await site.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Contains("/health/bladder#bladder-pain", ResultsPage.AllLinks(document));
    }

    [Theory]
    [InlineData("AND")]
    [InlineData("*")]
    [InlineData("\"")]
    [InlineData("zebra")]
    public async Task Input_with_no_searchable_words_gets_the_no_results_page(string query)
    {
        var document = await site.CreateClient().GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.StartsWith("No results for", document.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Equal(query, document.QuerySelector("main h1 q")?.TextContent);
    }

    [Fact]
    public async Task A_very_long_query_is_shortened_and_says_so()
    {
        var query = "bladder " + new string('x', 2_000);

        var document = await site.CreateClient().GetDocumentAsync("/search?q=" + query);

        Assert.Equal(200, document.QuerySelector("main h1 q")!.TextContent.Length);
        Assert.Contains("first 200 characters", document.QuerySelector("main .search-note")?.TextContent);
        Assert.Equal(200, document.QuerySelector("header input[name='q']")!.GetAttribute("value")!.Length);
        Assert.Contains("/health/bladder#bladder-pain", ResultsPage.AllLinks(document));
    }

    [Fact]
    public async Task Control_characters_are_dropped_and_every_q_counts()
    {
        var client = site.CreateClient();

        var controls = await client.GetDocumentAsync("/search?q=blad%00der%0A%0Dpain%1B");
        Assert.Equal("blad der pain", controls.QuerySelector("main h1 q")?.TextContent);

        var twice = await client.GetDocumentAsync("/search?q=bladder&q=pain");
        Assert.Equal("bladder pain", twice.QuerySelector("main h1 q")?.TextContent);
        Assert.Equal(["/health/bladder", "/health/bladder#bladder-pain"], ResultsPage.AllLinks(twice).Take(2));
    }
}
