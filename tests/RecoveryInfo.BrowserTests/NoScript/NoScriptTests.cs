using Microsoft.Playwright;
using RecoveryInfo.BrowserTests.Infrastructure;

namespace RecoveryInfo.BrowserTests.NoScript;

/// <summary>With JavaScript switched off the whole site still reads, navigates and searches.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoScriptTests(BrowserSite site)
{
    private static readonly PageSetup _noScript = PageSetup.Phone with { JavaScript = false };

    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Page_shows_its_content_navigation_and_urgent_help_without_javascript(string url)
    {
        var page = await site.OpenAsync(url, _noScript);

        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("main h1").InnerTextAsync()));
        Assert.True(await page.Locator("main h1").IsVisibleAsync());
        var nav = page.Locator("nav[aria-label='Main'] a");
        // A topic with one page links straight to that page.
        Assert.Equal(
            site.Snapshot.Topics.Select(topic => topic.Articles.Count == 1 ? topic.Articles[0].Url : topic.Url),
            await nav.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        await page.Locator("summary", new() { HasText = "Menu" }).ClickAsync();
        foreach (var link in await nav.AllAsync())
        {
            Assert.True(await link.IsVisibleAsync(), $"{await link.InnerTextAsync()} is hidden without JavaScript");
        }

        Assert.True(await page.Locator(".urgent-help").IsVisibleAsync());
        if (site.Snapshot.FindArticle(url) is not null)
        {
            Assert.True((await page.Locator(".article-body").InnerTextAsync()).Length > 200, "the article text is missing");
        }
    }

    [BrowserFact]
    public async Task Topics_articles_and_section_links_are_followed_without_javascript()
    {
        var page = await site.OpenAsync(SitePages.Home, _noScript);

        foreach (var topic in site.Snapshot.Topics)
        {
            await page.Locator("summary", new() { HasText = "Menu" }).ClickAsync();
            await page.Locator("nav[aria-label='Main']").GetByRole(AriaRole.Link, new() { Name = topic.Title, Exact = true }).ClickAsync();
            var article = topic.Articles[0];
            if (topic.Articles.Count > 1)
            {
                await BrowserSite.ArriveAsync(page, new Uri(site.BaseAddress, topic.Url).ToString());
                Assert.Equal(topic.Title, await page.Locator("main h1").InnerTextAsync());
                await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = article.Title, Exact = true }).ClickAsync();
            }

            // A topic with one page goes straight to it.
            await BrowserSite.ArriveAsync(page, new Uri(site.BaseAddress, article.Url).ToString());
            Assert.Equal(article.Title, await page.Locator("main h1").InnerTextAsync());

            // A page that leads with an emergency card has no list of contents.
            if (article.Contents.FirstOrDefault() is { } first && await page.Locator("nav.contents").CountAsync() > 0)
            {
                await page.Locator("nav.contents").GetByRole(AriaRole.Link, new() { Name = first.Text, Exact = true }).ClickAsync();
                await AssertAtHeadingAsync(page, article.Url, first.Id);

                // The permalink next to a heading, and the same link opened afresh as a shared link would be.
                var last = article.Contents.Last();
                await page.Locator($".permalink[href='#{last.Id}']").ClickAsync();
                await AssertAtHeadingAsync(page, article.Url, last.Id);
                await page.GotoAsync(SitePages.Home);
                await page.GotoAsync($"{article.Url}#{first.Id}");
                await AssertAtHeadingAsync(page, article.Url, first.Id);
            }
        }
    }

    private static async Task AssertAtHeadingAsync(IPage page, string articleUrl, string id)
    {
        Assert.EndsWith($"{articleUrl}#{id}", page.Url, StringComparison.Ordinal);
        var top = await page.EvaluateAsync<double>("id => document.getElementById(id).getBoundingClientRect().top", id);
        Assert.True(top is > -2 and < 844, $"{articleUrl}#{id} left its heading at {top}px from the top of the window");
    }

    [BrowserFact]
    public async Task Search_from_the_header_form_works_without_javascript()
    {
        var page = await site.OpenAsync(SitePages.Home, _noScript);
        var form = page.Locator("header form:has(input[name='q'])");
        Assert.True(await form.CountAsync() == 1, "the header has no search form with an input named q");

        await form.Locator("input[name='q']").FillAsync("withdrawal");
        await form.Locator("input[name='q']").PressAsync("Enter");
        await BrowserSite.ArriveAsync(page, url => new Uri(url).AbsolutePath == "/search");

        Assert.Contains("q=withdrawal", page.Url, StringComparison.Ordinal);
        var results = await page.Locator("main li a[href*='#']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(results);
        // Each section link goes to an article's section, or to a term on the glossary page.
        Assert.All(results, href => Assert.True(
            site.Snapshot.FindArticle(href.Split('#')[0]) is not null || site.Snapshot.Glossary.FindById(href.Split('#')[1]) is not null && href.StartsWith(SitePages.Glossary + "#", StringComparison.Ordinal),
            href));
    }
}
