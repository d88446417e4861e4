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

    [BrowserFact]
    public async Task Every_section_of_every_real_article_lands_at_the_top_from_its_share_url()
    {
        await using var context = await site.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        var missed = new List<string>();
        var sections = 0;
        foreach (var article in SitePages.Snapshot.Articles.Where(SitePages.Snapshot.IsPublished))
        {
            foreach (var heading in article.Headings)
            {
                sections++;
                var top = await LandingTopAsync(page, $"{article.Url}/s/{Uri.EscapeDataString(heading.Id)}", article.Url, heading.Id);
                // A page's last sections cannot reach the top: there the page must be scrolled to its end with the heading on screen.
                if (top is not (>= 0 and <= 200) && !await page.EvaluateAsync<bool>(AtTheEndWithHeadingShown, heading.Id))
                {
                    missed.Add($"{article.Url}/s/{heading.Id} left the heading at y = {top}");
                }
            }
        }

        Assert.True(sections > 50, $"only {sections} sections in the real content");
        Assert.Empty(missed);
    }

    private const string AtTheEndWithHeadingShown = """
        id => {
            const box = document.getElementById(id).getBoundingClientRect();
            const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
            return atEnd && box.top >= 0 && box.bottom <= window.innerHeight;
        }
        """;

    private static (string Article, string Id) Section()
    {
        var article = SitePages.Snapshot.FindArticle(SitePages.SampleArticle)!;
        return (article.Url, article.Contents.Skip(2).First().Id);
    }

    private async Task AssertLandsAsync(string url, string article, string id, bool javaScript)
    {
        await using var context = await site.NewContextAsync(new() { JavaScriptEnabled = javaScript, ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        var top = await LandingTopAsync(page, url, article, id);
        Assert.True(top is >= 0 and <= 200, $"{url} left the heading #{id} at y = {top}, not at the top of the screen");
    }

    /// <summary>Opens <paramref name="url"/>, waits to arrive at the section, and gives the heading's distance from the top of the screen.</summary>
    private static async Task<float?> LandingTopAsync(IPage page, string url, string article, string id)
    {
        var response = await page.GotoAsync(url);
        Assert.Equal(200, response?.Status);

        // The address is polled rather than awaited with WaitForURL: that also waits for the load
        // event of the navigation it saw, and on a loaded machine it sometimes never sees the load of
        // one a meta refresh starts, though the tab has arrived.
        var hash = "#" + Uri.EscapeDataString(id);
        for (var waited = 0; !Arrived(page.Url, article, hash); waited += 100)
        {
            Assert.True(waited < 30000, $"{url} never arrived at {article}{hash}; the tab is at {page.Url}");
            await Task.Delay(100);
        }

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

        return top;
    }

    private static bool Arrived(string address, string article, string hash) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.AbsolutePath == article && uri.Fragment == hash;
}
