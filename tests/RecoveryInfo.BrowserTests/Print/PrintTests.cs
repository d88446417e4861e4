using Microsoft.Playwright;
using RecoveryInfo.BrowserTests.Infrastructure;

namespace RecoveryInfo.BrowserTests.Print;

/// <summary>A printed article is the article: its text, review dates and sources, without navigation or controls.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintTests(BrowserSite site)
{
    // Text the printout shows in a colour too pale for white paper (browsers drop backgrounds when printing).
    private const string PaleText = """
        () => {
            const lum = css => {
                const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map(v => v / 255)
                    .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            return [...document.body.querySelectorAll('*')]
                .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()) && e.checkVisibility())
                .map(e => ({ e, ratio: 1.05 / (lum(getComputedStyle(e).color) + 0.05) }))
                .filter(x => x.ratio < 4.5)
                .map(x => `${x.e.tagName.toLowerCase()}${[...x.e.classList].map(c => '.' + c).join('')} "${x.e.textContent.trim().slice(0, 40)}": contrast ${x.ratio.toFixed(2)} on white`);
        }
        """;

    public static TheoryData<string> SchemesLightAndDark => ["light", "dark"];

    [BrowserTheory]
    [MemberData(nameof(SitePages.Articles), MemberType = typeof(SitePages))]
    public async Task Printed_article_shows_text_review_dates_and_sources_and_hides_navigation_and_controls(string url)
    {
        var article = site.Snapshot.FindArticle(url)!;
        var page = await site.OpenAsync(url);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.Equal(article.Title, await page.Locator("main h1").InnerTextAsync());
        Assert.True(await page.Locator(".article-body").IsVisibleAsync());
        if (article.LastReviewed is not null)
        {
            Assert.Contains("Page last reviewed", await page.Locator(".review-dates").InnerTextAsync(), StringComparison.Ordinal);
        }

        if (article.Sources.Count > 0)
        {
            Assert.True(await page.Locator(".sources").IsVisibleAsync());
            Assert.Equal(article.Sources.Count, await page.Locator(".sources li").CountAsync());
            // On paper a link is only useful if its address is printed.
            var printed = await page.Locator(".sources a").EvaluateAllAsync<string[]>("links => links.map(a => getComputedStyle(a, '::after').content)");
            Assert.All(article.Sources.Zip(printed), pair => Assert.Contains(pair.First.Url, pair.Second, StringComparison.Ordinal));
        }

        var shown = await page.Locator("nav, button, input, select, textarea, form, .skip-link, .site-footer")
            .EvaluateAllAsync<string[]>("elements => elements.filter(e => e.checkVisibility()).map(e => e.outerHTML.slice(0, 80))");
        Assert.True(shown.Length == 0, $"{url} prints navigation or controls:\n" + string.Join("\n", shown));
    }

    [BrowserTheory]
    [MemberData(nameof(SchemesLightAndDark))]
    public async Task Printed_text_is_dark_on_white_paper_whatever_the_screen_colour_scheme(string scheme)
    {
        var page = await site.OpenAsync(SitePages.SampleArticle, PageSetup.Phone with { Scheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var pale = await page.EvaluateAsync<string[]>(PaleText);

        Assert.True(pale.Length == 0, string.Join("\n", pale));
    }
}
