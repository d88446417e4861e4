using AngleSharp;
using Microsoft.Extensions.DependencyInjection;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Export;

/// <summary>The static export carries every way to share: section share pages, discreet links and cards, as the live site sends them.</summary>
public sealed class ExportShareTests(ExportFixture export) : IClassFixture<ExportFixture>
{
    private ContentSnapshot Snapshot => export.Site.Services.GetRequiredService<ContentStore>().Current;

    [Fact]
    public async Task Every_section_share_page_and_its_card_are_exported_with_the_live_bytes()
    {
        var client = export.Site.CreateRawClient();
        var sections = 0;
        foreach (var article in Snapshot.Articles)
        {
            foreach (var heading in article.Headings)
            {
                var url = $"{article.Url}/s/{heading.Id}";
                var live = await client.GetByteArrayAsync(url);
                Assert.Equal(live, export.ReadBytes(url.TrimStart('/') + "/index.html"));

                var document = await BrowsingContext.New().OpenAsync(request => request.Content(System.Text.Encoding.UTF8.GetString(live)));
                var card = new Uri(document.Head!.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!).AbsolutePath;
                Assert.Equal(await client.GetByteArrayAsync(card), export.ReadBytes(card.TrimStart('/')));
                sections++;
            }
        }

        Assert.True(sections > 0);
    }

    [Fact]
    public async Task Every_discreet_link_is_exported_as_a_page_that_sends_the_reader_on()
    {
        var client = export.Site.CreateRawClient();
        var article = Snapshot.Articles.First(each => each.Headings.Count > 0);
        var link = ShortLinks.Prefix + ShortLinks.Code(article.Url, article.Headings[0].Id);

        var exported = export.ReadBytes(link.TrimStart('/') + "/index.html");

        Assert.Equal(await client.GetByteArrayAsync(link), exported);
        Assert.Contains($"url={article.Url}#{article.Headings[0].Id}\"", System.Text.Encoding.UTF8.GetString(exported), StringComparison.Ordinal);
    }
}
