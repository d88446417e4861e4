using System.Xml;
using System.Xml.Linq;
using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Feed;

[Collection(FixtureSiteCollection.Name)]
public sealed class AtomFeedTests(FixtureSite site)
{
    private static readonly XNamespace _atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task The_feed_is_valid_atom_with_every_required_element()
    {
        var response = await site.CreateClient().GetAsync("/feed.xml");

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = await ParseAsync(response);
        Assert.Equal(_atom + "feed", feed.Name);
        Assert.Equal("http://localhost:5080/", Required(feed, "id"));
        Assert.Equal("Fixture Site", Required(feed, "title"));
        Assert.Equal("2026-03-01T00:00:00Z", Required(feed, "updated"));
        Assert.Equal("http://localhost:5080/feed.xml", feed.Elements(_atom + "link").Single(link => (string?)link.Attribute("rel") == "self").Attribute("href")?.Value);
        Assert.NotNull(feed.Element(_atom + "author")?.Element(_atom + "name"));

        var entries = feed.Elements(_atom + "entry").ToList();
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            var id = Required(entry, "id");
            Assert.True(Uri.IsWellFormedUriString(id, UriKind.Absolute), id);
            Required(entry, "title");
            XmlConvert.ToDateTimeOffset(Required(entry, "updated"));
            Required(entry, "summary");
            var link = entry.Elements(_atom + "link").Single(link => (string?)link.Attribute("rel") == "alternate");
            Assert.Equal(id, link.Attribute("href")?.Value);
        }
    }

    [Fact]
    public async Task Entries_are_published_articles_newest_review_first()
    {
        var feed = await ParseAsync(await site.CreateClient().GetAsync("/feed.xml"));

        var entries = feed.Elements(_atom + "entry")
            .Select(entry => (Url: Required(entry, "id"), Updated: Required(entry, "updated"), Summary: Required(entry, "summary")))
            .ToList();
        Assert.Equal(
            ["http://localhost:5080/alpha/only", "http://localhost:5080/beta/second", "http://localhost:5080/beta/first"],
            entries.Select(entry => entry.Url));
        Assert.Equal(["2026-03-01T00:00:00Z", "2026-02-01T00:00:00Z", "2026-01-15T00:00:00Z"], entries.Select(entry => entry.Updated));
        Assert.Equal("The first article of the beta section.", entries[2].Summary);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/beta")]
    [InlineData("/beta/first")]
    [InlineData("/no/such/page")]
    public async Task Every_page_links_the_feed_from_its_head(string url)
    {
        var document = await site.CreateClient().GetDocumentAsync(url);

        var link = document.Head?.QuerySelector("link[rel=alternate][type='application/atom+xml']");
        Assert.Equal("/feed.xml", link?.GetAttribute("href"));
        Assert.False(string.IsNullOrEmpty(link?.GetAttribute("title")));
    }

    private static async Task<XElement> ParseAsync(HttpResponseMessage response)
    {
        await using var stream = await response.Content.ReadAsStreamAsync();
        return (await XDocument.LoadAsync(stream, LoadOptions.None, CancellationToken.None)).Root!;
    }

    private static string Required(XElement parent, string name)
    {
        var value = parent.Element(_atom + name)?.Value;
        Assert.False(string.IsNullOrWhiteSpace(value), $"<{parent.Name.LocalName}> has no <{name}>");
        return value;
    }
}
