using RecoveryInfo.BrowserTests.Infrastructure;

namespace RecoveryInfo.BrowserTests.PhoneFirst;

/// <summary>
/// On a phone every page shows its own heading and the start of its own text on the first screen,
/// and numbers never break across lines.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FirstScreenTests(BrowserSite site)
{
    // Page positions (from the top of the page) of main's h1 and of its first visible paragraph of text.
    private const string Positions = """
        () => {
            const main = document.querySelector('main');
            const box = e => { const r = e.getBoundingClientRect(); return [r.top + scrollY, r.bottom + scrollY]; };
            const h1 = main.querySelector('h1');
            const text = [...main.querySelectorAll('p')].find(p => p.getClientRects().length > 0 && p.textContent.trim().length > 0 && !p.closest('nav, .draft-tag'));
            return [...box(h1), ...(text ? box(text) : [-1, -1])];
        }
        """;

    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task On_a_390_by_844_phone_the_h1_and_the_first_paragraph_are_on_the_first_screen(string url)
    {
        var page = await site.OpenAsync(url, new PageSetup(390, 844));

        var at = await page.EvaluateAsync<double[]>(Positions);

        Assert.True(at[1] <= 844, $"{url}: the h1 ends at {at[1]:0} px, below the first screen");
        Assert.True(at[2] >= 0, $"{url}: no paragraph of text in main");
        Assert.True(at[3] <= 844, $"{url}: the first paragraph spans {at[2]:0}-{at[3]:0} px, not all on the first screen");
    }

    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task On_a_375_by_667_phone_the_h1_starts_in_the_top_half(string url)
    {
        var page = await site.OpenAsync(url, new PageSetup(375, 667));

        var at = await page.EvaluateAsync<double[]>(Positions);

        Assert.True(at[0] < 667 / 2.0, $"{url}: the h1 starts at {at[0]:0} px, not in the top half of 667 px");
    }

    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task No_phone_or_text_link_breaks_across_lines_at_320_or_390_px(string url)
    {
        foreach (var width in new[] { 320, 390 })
        {
            var page = await site.OpenAsync(url, new PageSetup(width, 700));

            var broken = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')]
                    .filter(a => a.getClientRects().length > 1)
                    .map(a => `${a.textContent.trim()} has ${a.getClientRects().length} line boxes`)
                """);

            Assert.True(broken.Length == 0, $"{url} at {width}px:\n" + string.Join("\n", broken));
        }
    }

    [BrowserFact]
    public async Task The_urgent_help_page_leads_with_the_emergency_card_on_the_first_screen()
    {
        var page = await site.OpenAsync(site.Snapshot.Site.UrgentHelp.Page, new PageSetup(375, 667));

        var card = page.Locator("main .care-card-emergency").First;
        var heading = await card.Locator(".care-card-heading").InnerTextAsync();
        Assert.EndsWith("Call 999 or go to A&E if:", heading, StringComparison.Ordinal);
        var box = await card.BoundingBoxAsync();
        Assert.True(box!.Y < 667, $"the emergency card starts at {box.Y:0} px on a 375x667 phone");
        Assert.True(await card.Locator(".care-card-body li").CountAsync() >= 3);
        Assert.Equal("tel:999", await card.Locator(".care-card-heading a").GetAttributeAsync("href"));
    }

    [BrowserFact]
    public async Task Every_link_in_a_care_card_is_at_least_44_px_each_way()
    {
        var small = new List<string>();
        foreach (var article in site.Snapshot.Articles)
        {
            var page = await site.OpenAsync(article.Url, new PageSetup(390, 844));
            small.AddRange(await page.EvaluateAsync<string[]>("""
                url => [...document.querySelectorAll('.care-card a')]
                    .map(a => [a, a.getBoundingClientRect()])
                    .filter(([, r]) => r.width < 44 || r.height < 44)
                    .map(([a, r]) => `${url}: "${a.textContent.trim()}" is ${Math.round(r.width)}x${Math.round(r.height)} px`)
                """, article.Url));
        }

        Assert.True(small.Count == 0, string.Join("\n", small));
    }
}
