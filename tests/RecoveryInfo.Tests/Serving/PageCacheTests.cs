using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Serving;

public sealed class PageCacheTests
{
    [Fact]
    public async Task A_repeat_request_for_an_unchanged_page_is_not_rendered_again()
    {
        using var site = new CountingSite(Fixtures.ContentPath);
        var client = site.CreateClient();

        var first = await client.GetStringAsync("/beta/first");
        var renders = site.Renders.Count;
        var second = await client.GetStringAsync("/beta/first");
        var third = await client.GetStringAsync("/beta/first");

        Assert.Equal(1, renders);
        Assert.Equal(1, site.Renders.Count);
        Assert.Equal(first, second);
        Assert.Equal(first, third);
    }

    [Fact]
    public async Task Query_strings_do_not_create_cache_entries_but_get_the_same_page()
    {
        using var site = new CountingSite(Fixtures.ContentPath);
        var client = site.CreateClient();

        var bare = await client.GetStringAsync("/beta/first");
        var withQuery = await client.GetStringAsync("/beta/first?utm_source=x");
        var again = await client.GetStringAsync("/beta/first?utm_source=y");

        Assert.Equal(bare, withQuery);
        Assert.Equal(bare, again);
        Assert.Equal(3, site.Renders.Count);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/beta")]
    [InlineData("/beta/first")]
    public async Task Every_page_carries_an_etag_of_its_snapshot_version_and_no_cache(string url)
    {
        using var site = new SiteFactory(Fixtures.ContentPath);
        var client = site.CreateClient();
        var version = site.Services.GetRequiredService<ContentStore>().Current.Version.ToString("x", CultureInfo.InvariantCulture);

        foreach (var attempt in new[] { "rendered", "cached" })
        {
            var response = await client.GetAsync(url);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var etag = response.Headers.ETag;
            Assert.NotNull(etag);
            Assert.False(etag.IsWeak, attempt);
            Assert.StartsWith($"\"{version}-", etag.Tag);
            Assert.True(response.Headers.CacheControl?.NoCache, attempt);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("/beta/first", false)]
    [InlineData("/beta/first", true)]
    [InlineData("/", true)]
    [InlineData("/beta/first?from=share", true)]
    public async Task If_none_match_with_the_current_etag_gets_304_without_a_body(string url, bool fromCache)
    {
        using var site = new SiteFactory(Fixtures.ContentPath);
        var client = site.CreateClient();
        var etag = (await client.GetAsync(url)).Headers.ETag!;
        if (!fromCache)
        {
            // A second site over the same content renders the page afresh for the conditional request.
            using var fresh = new SiteFactory(Fixtures.ContentPath);
            client = fresh.CreateClient();
            await AssertNotModifiedAsync(client, url, etag.Tag);
            return;
        }

        await AssertNotModifiedAsync(client, url, etag.Tag);
        await AssertNotModifiedAsync(client, url, "W/" + etag.Tag);
        await AssertNotModifiedAsync(client, url, "\"something-else\", " + etag.Tag);
    }

    [Fact]
    public async Task If_none_match_with_another_etag_gets_the_full_page()
    {
        using var site = new SiteFactory(Fixtures.ContentPath);
        var client = site.CreateClient();
        await client.GetAsync("/beta/first");

        var request = new HttpRequestMessage(HttpMethod.Get, "/beta/first");
        request.Headers.TryAddWithoutValidation("If-None-Match", "\"0-0000000000000000\"");
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("First article", (await Html.ParseAsync(response)).QuerySelector("main h1")?.TextContent);
    }

    [Fact]
    public async Task A_cached_page_never_outlives_its_snapshot()
    {
        var content = Fixtures.CopyContent(Fixtures.ContentPath);
        using var site = new CountingSite(content);
        var client = site.CreateClient();
        var store = site.Services.GetRequiredService<ContentStore>();

        var before = await client.GetAsync("/beta/first");
        var oldTag = before.Headers.ETag!.Tag;
        var neighbourTag = (await client.GetAsync("/beta/second")).Headers.ETag!.Tag;
        await client.GetAsync("/beta/first");
        Assert.Equal("First article", (await Html.ParseAsync(before)).QuerySelector("main h1")?.TextContent);

        var file = Path.Combine(content, "beta", "first.md");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("title: First article", "title: First article, revised"));
        var next = store.Reload();

        var after = await client.GetAsync("/beta/first");
        Assert.Equal("First article, revised", (await Html.ParseAsync(after)).QuerySelector("main h1")?.TextContent);
        Assert.StartsWith($"\"{next.Version.ToString("x", CultureInfo.InvariantCulture)}-", after.Headers.ETag!.Tag);
        Assert.NotEqual(oldTag, after.Headers.ETag!.Tag);

        var revalidated = await SendAsync(client, "/beta/first", oldTag);
        Assert.Equal(HttpStatusCode.OK, revalidated.StatusCode);
        Assert.Equal("First article, revised", (await Html.ParseAsync(revalidated)).QuerySelector("main h1")?.TextContent);

        // Other pages show the changed title too (in navigation and previous/next), so none may be kept.
        var neighbour = await client.GetAsync("/beta/second");
        Assert.NotEqual(neighbourTag, neighbour.Headers.ETag!.Tag);
        Assert.Contains("First article, revised", (await Html.ParseAsync(neighbour)).QuerySelector("nav.pagination")?.TextContent);
    }

    [Fact]
    public async Task A_page_added_after_start_up_is_served_and_cached()
    {
        var content = Fixtures.CopyContent(Fixtures.ContentPath);
        using var site = new SiteFactory(content);
        var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/beta/third")).StatusCode);

        await File.WriteAllTextAsync(Path.Combine(content, "beta", "third.md"),
            "---\ntitle: Third article\ndescription: Added while the site runs.\norder: 3\n---\n\nNew text.\n");
        site.Services.GetRequiredService<ContentStore>().Reload();

        var response = await client.GetAsync("/beta/third");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Third article", (await Html.ParseAsync(response)).QuerySelector("main h1")?.TextContent);
        Assert.Contains("/beta/third", (await Html.ParseAsync(await client.GetAsync("/beta"))).QuerySelectorAll("main a").Select(link => link.GetAttribute("href")));
    }

    [Fact]
    public async Task Head_gets_the_headers_of_the_page_without_a_body()
    {
        using var site = new SiteFactory(Fixtures.ContentPath);
        var client = site.CreateClient();

        var beforeAnyGet = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/beta/first"));
        var get = await client.GetAsync("/beta/first");
        var fromCache = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/beta/first"));

        foreach (var head in new[] { beforeAnyGet, fromCache })
        {
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal(get.Headers.ETag, head.Headers.ETag);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task Redirects_and_errors_still_answer_once_the_page_is_cached()
    {
        using var site = new SiteFactory(Fixtures.ContentPath);
        var client = site.CreateRawClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/beta/first")).StatusCode);

        var redirect = await client.GetAsync("/Beta/First");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/beta/first", redirect.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, (await client.GetAsync("/beta/first/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/beta/nowhere")).StatusCode);
    }

    private static async Task AssertNotModifiedAsync(HttpClient client, string url, string ifNoneMatch)
    {
        var response = await SendAsync(client, url, ifNoneMatch);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.NotNull(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string ifNoneMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return client.SendAsync(request);
    }
}
