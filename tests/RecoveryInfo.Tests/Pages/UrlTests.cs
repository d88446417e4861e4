using System.Net;
using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Pages;

[Collection(FixtureSiteCollection.Name)]
public sealed class UrlTests(FixtureSite site)
{
    [Theory]
    [InlineData("/beta/", "/beta")]
    [InlineData("/beta/first/", "/beta/first")]
    [InlineData("/beta/first.md", "/beta/first")]
    [InlineData("/Beta/First", "/beta/first")]
    [InlineData("/old/first-article", "/beta/first")]
    [InlineData("/old/first-article/", "/beta/first")]
    public async Task Non_canonical_urls_answer_301_to_the_canonical_url(string url, string canonical)
    {
        var response = await site.CreateRawClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/search/?q=sleep", "/search?q=sleep")]
    [InlineData("/Search?q=sleep", "/search?q=sleep")]
    [InlineData("/SEARCH/", "/search")]
    public async Task The_search_page_has_one_url_too(string url, string canonical)
    {
        var response = await site.CreateRawClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Redirect_keeps_the_query_string()
    {
        var response = await site.CreateRawClient().GetAsync("/beta/?from=chat");

        Assert.Equal("/beta?from=chat", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("//evil.example/beta/")]
    [InlineData("/nowhere/")]
    [InlineData("/beta/nowhere.md")]
    public async Task Unknown_urls_are_not_redirected(string path)
    {
        var (status, _, location) = await site.GetRawPathAsync(path);

        Assert.Equal(404, status);
        Assert.Null(location);
    }

    [Theory]
    [InlineData("/nowhere")]
    [InlineData("/beta/nowhere")]
    [InlineData("/beta/first/extra")]
    [InlineData("/alpha/broken")]
    [InlineData("/alpha/draft")]
    [InlineData("/status/200")]
    public async Task Unknown_page_returns_a_real_404_page_with_navigation_and_urgent_help(string url)
    {
        var response = await site.CreateRawClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = await Html.ParseAsync(response);
        Assert.Equal("Page not found", document.QuerySelector("main h1")?.TextContent);
        Assert.NotEmpty(document.QuerySelectorAll("nav[aria-label='Main'] a"));
        Assert.NotNull(document.QuerySelector("aside.urgent-help a[href='tel:555']"));
    }

    [Theory]
    [InlineData("/%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    [InlineData("/beta/%2e%2e%2f%2e%2e%2fsite.yml")]
    [InlineData("/..%5c..%5csite.yml")]
    [InlineData("/%5c..%5cbeta%5cfirst.md")]
    [InlineData("/content/beta/first.md")]
    [InlineData("/Fixtures/content/site.yml")]
    [InlineData("/site.yml")]
    [InlineData("/README.md")]
    [InlineData("/beta/_topic.yml")]
    [InlineData("/appsettings.json")]
    public async Task Hostile_paths_get_a_client_error_and_never_a_file_outside_the_site(string url)
    {
        var response = await site.CreateRawClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode is 400 or 404, $"{url} answered {(int)response.StatusCode}");
        Assert.DoesNotContain("urgent_help:", body);
        Assert.DoesNotContain("last_reviewed:", body);
        Assert.DoesNotContain("editors' guide", body);
        Assert.DoesNotContain("root:", body);
    }

    [Theory]
    [InlineData("/../..")]
    [InlineData("/../../site.yml")]
    [InlineData("/beta/../../content/beta/first.md")]
    [InlineData("/..\\..\\site.yml")]
    [InlineData("/beta/first\0.md")]
    [InlineData("/\0")]
    public async Task Literal_dot_segments_backslashes_and_nul_bytes_never_reach_a_file(string path)
    {
        var (status, body, _) = await site.GetRawPathAsync(path);

        Assert.True(status is 400 or 404, $"{path} answered {status}");
        Assert.DoesNotContain("urgent_help:", body);
        Assert.DoesNotContain("last_reviewed:", body);
    }

    [Fact]
    public async Task A_five_thousand_character_path_is_a_client_error()
    {
        var response = await site.CreateRawClient().GetAsync("/" + new string('a', 5000));

        Assert.True((int)response.StatusCode is 400 or 404 or 414, ((int)response.StatusCode).ToString());
    }
}
