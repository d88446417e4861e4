using Microsoft.Playwright;
using RecoveryInfo.BrowserTests.Infrastructure;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.BrowserTests.Sharing;

/// <summary>A section's share URL and its discreet short link both land on the section, with or without JavaScript.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SectionLandingTests(BrowserSite site)
{
    [BrowserTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_section_share_url_lands_with_the_section_at_the_top(bool javaScript)
    {
        var (article, id) = Section();
        await AssertLandsAsync($"{article}/s/{id}", article, id, javaScript);
    }

    [BrowserTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_discreet_link_lands_on_the_same_section(bool javaScript)
    {
        var (article, id) = Section();
        await AssertLandsAsync(ShortLinks.Prefix + ShortLinks.Code(article, id), article, id, javaScript);
    }

    private static (string Article, string Id) Section()
    {
        var article = SitePages.Snapshot.FindArticle(SitePages.SampleArticle)!;
        return (article.Url, article.Contents.Skip(2).First().Id);
    }

    private async Task AssertLandsAsync(string url, string article, string id, bool javaScript)
    {
        await using var context = await site.NewContextAsync(new() { JavaScriptEnabled = javaScript, ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(url);
        Assert.Equal(200, response?.Status);

        await page.WaitForURLAsync(address => new Uri(address).PathAndQuery == article && new Uri(address).Fragment == "#" + id, new() { Timeout = 10000 });
        await page.WaitForLoadStateAsync(LoadState.Load);

        // The browser scrolls to the fragment once the page has laid out: wait for that, not for a time.
        float? top = null;
        for (var attempt = 0; attempt < 50 && top is not (>= 0 and <= 200); attempt++)
        {
            top = (await page.Locator($"[id='{id}']").BoundingBoxAsync())?.Y;
            if (top is not (>= 0 and <= 200))
            {
                await page.WaitForTimeoutAsync(100);
            }
        }

        Assert.True(top is >= 0 and <= 200, $"{url} left the heading #{id} at y = {top}, not at the top of the screen");
    }
}
