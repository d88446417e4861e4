using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Sharing;
using static RecoveryInfo.Tests.Sharing.SharePreviews;

namespace RecoveryInfo.Tests.Sharing;

/// <summary>Preview cards drawn from the content: valid PNGs, one per page and section, drawn once, the same on every replica.</summary>
public sealed class CardTests(SharingSite site) : IClassFixture<SharingSite>
{
    [Fact]
    public async Task A_second_request_for_a_card_draws_nothing()
    {
        var client = site.CreateClient();
        var card = new Uri(Meta(await client.GetDocumentAsync("/beta/second"), "property", "og:image")!).AbsolutePath;
        var painter = site.Services.GetRequiredService<CardPainter>();

        var before = painter.Drawn;
        var first = await client.GetByteArrayAsync(card);
        var afterFirst = painter.Drawn;
        var second = await client.GetByteArrayAsync(card);

        Assert.Equal(before + 1, afterFirst);
        Assert.Equal(afterFirst, painter.Drawn);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Two_replicas_draw_identical_bytes_at_the_same_url()
    {
        using var other = new SharingSite();
        var url = new Uri(Meta(await site.CreateClient().GetDocumentAsync("/beta/first/s/help"), "property", "og:image")!).AbsolutePath;
        var otherUrl = new Uri(Meta(await other.CreateClient().GetDocumentAsync("/beta/first/s/help"), "property", "og:image")!).AbsolutePath;

        var here = await site.CreateClient().GetByteArrayAsync(url);
        var there = await other.CreateClient().GetByteArrayAsync(otherUrl);

        Assert.Equal(url, otherUrl);
        Assert.Equal(here, there);
        Assert.Equal((1200, 630), PngSize(here));
    }

    [Fact]
    public async Task Cards_are_cached_for_a_year_as_immutable_and_unknown_ones_are_404()
    {
        var client = site.CreateClient();
        var card = new Uri(Meta(await client.GetDocumentAsync("/alpha"), "property", "og:image")!).AbsolutePath;

        var response = await client.GetAsync(card);
        var missing = await client.GetAsync("/cards/00000000000000000000.png");
        var hostile = await client.GetAsync("/cards/..%2F..%2Fappsettings.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hostile.StatusCode);
    }

    [Fact]
    public async Task Every_page_and_section_has_a_card_of_its_own()
    {
        var client = site.CreateClient();
        var cards = new List<string>();
        foreach (var url in new[] { "/", "/beta", "/alpha", "/beta/first", "/beta/second", "/alpha/only", "/beta/first/s/what-happens-next", "/beta/first/s/a-detail", "/beta/first/s/help" })
        {
            var card = Meta(await client.GetDocumentAsync(url), "property", "og:image")!;
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(card).AbsolutePath)).StatusCode);
            cards.Add(card);
        }

        Assert.Equal(cards.Count, cards.Distinct().Count());
    }

    [Fact]
    public void The_card_names_the_site_from_site_yml_and_changes_url_when_its_words_change()
    {
        var card = new CardText("Fixture Site", "First article", "A detail");

        Assert.NotEqual(card.Url, (card with { SiteName = "Another Site" }).Url);
        Assert.NotEqual(card.Url, new CardText("Fixture Site", "First article", "Another detail").Url);
        Assert.NotEqual(card.Url, new CardText("Fixture Site", "First article", null).Url);
        Assert.Equal(card.Url, new CardText("Fixture Site", "First article", "A detail").Url);
    }
}
