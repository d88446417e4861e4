using Microsoft.Playwright;
using RecoveryInfo.BrowserTests.Infrastructure;

namespace RecoveryInfo.BrowserTests.PhoneFirst;

/// <summary>The phone menu without JavaScript, section controls on their heading's line, and landing on a section.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MenuAndSectionTests(BrowserSite site)
{
    [BrowserFact]
    public async Task On_a_phone_the_Menu_opens_and_its_links_work_without_JavaScript()
    {
        var page = await site.OpenAsync(SitePages.Home, PageSetup.Phone with { JavaScript = false });
        var links = page.Locator("nav[aria-label='Main'] a");

        Assert.False(await links.First.IsVisibleAsync(), "the menu is open before it is asked for");
        var header = await page.Locator("header.site-header").BoundingBoxAsync();
        Assert.True(header!.Height <= 120, $"the phone header is {header.Height:0} px tall");

        await page.Locator("summary", new() { HasText = "Menu" }).ClickAsync();
        Assert.Equal(site.Snapshot.Topics.Count, await links.CountAsync());
        foreach (var link in await links.AllAsync())
        {
            Assert.True(await link.IsVisibleAsync());
            var box = await link.BoundingBoxAsync();
            Assert.True(box!.Height >= 44, $"{await link.InnerTextAsync()} is {box.Height:0} px tall");
        }

        // A topic with one page goes straight to it.
        var single = site.Snapshot.Topics.First(topic => topic.Articles.Count == 1);
        await page.Locator("nav[aria-label='Main']").GetByRole(AriaRole.Link, new() { Name = single.Title, Exact = true }).ClickAsync();
        await BrowserSite.ArriveAsync(page, new Uri(site.BaseAddress, single.Articles[0].Url).ToString());
        Assert.Equal(single.Articles[0].Title, await page.Locator("main h1").InnerTextAsync());
    }

    [BrowserFact]
    public async Task On_a_desktop_the_menu_is_a_row_without_a_toggle()
    {
        var page = await site.OpenAsync(SitePages.Home, PageSetup.Desktop with { JavaScript = false });

        Assert.False(await page.Locator("summary", new() { HasText = "Menu" }).IsVisibleAsync());
        var boxes = new List<LocatorBoundingBoxResult>();
        foreach (var link in await page.Locator("nav[aria-label='Main'] a").AllAsync())
        {
            Assert.True(await link.IsVisibleAsync());
            boxes.Add((await link.BoundingBoxAsync())!);
        }

        Assert.Single(boxes.Select(box => Math.Round(box.Y)).Distinct());
    }

    // Each section's control: its box, its heading's first line, and the words a sighted reader sees.
    private const string Controls = """
        () => [...document.querySelectorAll('.article-body .section-heading')].map(wrapper => {
            const heading = wrapper.querySelector('h2, h3, h4');
            const control = [...wrapper.querySelectorAll('.section-share, .permalink')].find(c => c.getClientRects().length > 0);
            const h = heading.getBoundingClientRect(), c = control.getBoundingClientRect();
            const line = parseFloat(getComputedStyle(heading).lineHeight);
            const visible = [...control.childNodes].filter(n => !(n.nodeType === 1 && n.classList.contains('visually-hidden'))).map(n => n.textContent).join('').trim();
            const problems = [];
            if (c.top >= h.top + line || c.bottom <= h.top) problems.push(`is not on the heading's first line (heading ${Math.round(h.top)}, control ${Math.round(c.top)}-${Math.round(c.bottom)})`);
            if (c.left < h.right - 1) problems.push('is not beside the heading');
            if (c.right > document.documentElement.clientWidth) problems.push('runs off the screen');
            if (c.width < 44 || c.height < 44) problems.push(`is ${Math.round(c.width)}x${Math.round(c.height)} px`);
            if (!/^(Link|Copy link|Share)$/.test(visible)) problems.push(`shows "${visible}"`);
            return problems.length ? `${heading.id}: ${problems.join('; ')}` : '';
        }).filter(p => p)
        """;

    [BrowserTheory]
    [InlineData(320, true)]
    [InlineData(390, true)]
    [InlineData(1280, true)]
    [InlineData(320, false)]
    [InlineData(1280, false)]
    public async Task Section_controls_stay_on_their_headings_line_are_big_enough_and_say_what_they_do(int width, bool javaScript)
    {
        var problems = new List<string>();
        foreach (var article in site.Snapshot.Articles)
        {
            var page = await site.OpenAsync(article.Url, new PageSetup(width, 800, JavaScript: javaScript));
            problems.AddRange((await page.EvaluateAsync<string[]>(Controls)).Select(problem => $"{article.Url}#{problem}"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [BrowserFact]
    public async Task Landing_on_a_section_link_shows_the_page_title_above_the_heading_without_covering_it()
    {
        var article = site.Snapshot.FindArticle(SitePages.SampleArticle)!;
        var section = article.Contents.Skip(1).First();
        var page = await site.OpenAsync($"{article.Url}#{section.Id}", PageSetup.Phone);

        var label = await page.EvaluateAsync<string>("id => getComputedStyle(document.getElementById(id).parentElement, '::before').content", section.Id);
        Assert.Equal($"\"{article.Title}\"", label);
        var heading = (await page.Locator($"[id='{section.Id}']").BoundingBoxAsync())!;
        Assert.InRange(heading.Y, 16, 200);
        var onTop = await page.EvaluateAsync<bool>(
            "id => { const h = document.getElementById(id), r = h.getBoundingClientRect(); return h.contains(document.elementFromPoint(r.left + 5, r.top + 5)); }",
            section.Id);
        Assert.True(onTop, "something covers the heading the link landed on");

        var elsewhere = await page.EvaluateAsync<string>("id => getComputedStyle(document.getElementById(id).parentElement, '::before').content", article.Contents.First().Id);
        Assert.Equal("none", elsewhere);
    }
}
