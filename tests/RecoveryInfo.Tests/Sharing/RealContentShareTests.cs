using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;
using static RecoveryInfo.Tests.Sharing.SharePreviews;

namespace RecoveryInfo.Tests.Sharing;

/// <summary>The site over the real <c>content/</c>, with a public address, for share previews of every real section.</summary>
public sealed class RealContentSharingSite() : SiteFactory(Fixtures.RealContentPath)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Site:BaseUrl", SharingSite.BaseUrl);
    }
}

public sealed class RealContentShareTests(RealContentSharingSite site) : IClassFixture<RealContentSharingSite>
{
    [Fact]
    public async Task Every_section_of_every_real_article_previews_itself_to_every_crawler()
    {
        var client = site.CreateRawClient();
        var snapshot = site.Services.GetRequiredService<ContentStore>().Current;
        var cards = new HashSet<string>(StringComparer.Ordinal);
        var checkedSections = 0;
        foreach (var article in snapshot.Articles)
        {
            var share = (await client.GetDocumentAsync(article.Url)).QuerySelectorAll(".section-heading :is(h2, h3, h4)[id]").Select(heading => heading.Id!).ToList();
            Assert.Equal(article.Headings.Select(heading => heading.Id), share);
            foreach (var heading in article.Headings)
            {
                var url = $"{article.Url}/s/{Uri.EscapeDataString(heading.Id)}";
                var sectionCards = new HashSet<string>(StringComparer.Ordinal);
                foreach (var agent in CrawlerAgents)
                {
                    var response = await GetAsCrawlerAsync(client, url, agent);
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode} to {agent}");
                    var document = await Html.ParseAsync(response);

                    Assert.Equal($"{heading.Text} – {article.Title}", Meta(document, "property", "og:title"));
                    Assert.Equal($"{heading.Text} – {article.Title}", Meta(document, "name", "twitter:title"));
                    var description = Meta(document, "property", "og:description")!;
                    Assert.InRange(description.Length, 20, 200);
                    Assert.Equal(description, Meta(document, "name", "twitter:description"));
                    Assert.Equal(SharingSite.BaseUrl + article.Url, Canonical(document));
                    Assert.Equal(article.Url + "#" + heading.Id, Uri.UnescapeDataString(Refresh(document)));
                    var card = Meta(document, "property", "og:image")!;
                    Assert.Equal(card, Meta(document, "name", "twitter:image"));
                    sectionCards.Add(card);
                }

                // Every crawler gets the same card, and no other section has it.
                Assert.True(cards.Add(Assert.Single(sectionCards)), $"{url} shares its card with another section");

                checkedSections++;
            }
        }

        Assert.True(checkedSections > 50, $"only {checkedSections} sections in the real content");

        // Drawing every card is the benchmark's job; a sample shows the real cards are real PNGs.
        foreach (var card in cards.Take(3))
        {
            Assert.Equal((1200, 630), PngSize(await client.GetByteArrayAsync(new Uri(card).AbsolutePath)));
        }
    }
}
