using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using RecoveryInfo.BrowserTests.Infrastructure;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.BrowserTests.Sharing;

/// <summary>
/// The per-section "Share" control that <c>share.js</c> adds: a small panel that hands over the
/// section's share URL, or its discreet short link, and says so to screen readers.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ShareControlTests(BrowserSite site)
{
    // For each control, the URL its section should share: the nearest heading with an id at or before it.
    private const string SectionOfEachControl = """
        buttons => buttons.map(b => {
            const headings = [...document.querySelectorAll('main h2[id], main h3[id], main h4[id]')];
            const own = b.closest('h2[id], h3[id], h4[id]')
                || headings.filter(h => h.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
            return own ? own.id : '';
        })
        """;

    // Init scripts (statements, run before the page's own): take over the Web Share API so the test
    // sees what would have been shared, or remove it so the control copies instead.
    private const string FakeShareSheet = "navigator.share = async data => { window.__shared = data; }; navigator.canShare = () => true;";
    private const string NoShareSheet = "delete Navigator.prototype.share; delete Navigator.prototype.canShare;";

    private const string Announced = """
        () => [...document.querySelectorAll('[aria-live="polite"], [aria-live="assertive"], [role="status"], [role="alert"]')]
            .some(region => /copied/i.test(region.textContent))
        """;

    [BrowserFact]
    public async Task Copy_link_copies_the_sections_share_url_and_announces_it()
    {
        await using var context = await site.NewContextAsync(new() { Permissions = ["clipboard-read", "clipboard-write"] });
        await context.AddInitScriptAsync(NoShareSheet);
        var (page, controls, sections) = await OpenArticleWithControlsAsync(context);

        for (var i = 0; i < controls.Count; i++)
        {
            await page.EvaluateAsync("() => document.querySelectorAll('[role=status]').forEach(region => { region.textContent = ''; })");
            await controls[i].ClickAsync();
            await Option(page, "Copy link").ClickAsync();
            await WaitOrFailAsync(page, "() => navigator.clipboard.readText().then(text => text.length > 0)", $"control {i + 1} copied nothing");
            var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");

            AssertSectionUrl(copied, sections[i]);
            await WaitOrFailAsync(page, Announced, $"control {i + 1}: no live region announced 'copied'");
            await page.EvaluateAsync("() => navigator.clipboard.writeText('')");
        }
    }

    [BrowserFact]
    public async Task Copying_without_the_topic_copies_the_sections_discreet_link_and_says_so_where_it_is_offered()
    {
        await using var context = await site.NewContextAsync(new() { Permissions = ["clipboard-read", "clipboard-write"] });
        await context.AddInitScriptAsync(NoShareSheet);
        var (page, controls, sections) = await OpenArticleWithControlsAsync(context);

        await controls[0].ClickAsync();
        var note = await page.Locator(".share-menu:not([hidden]) .share-note").InnerTextAsync();
        await Option(page, "Copy link without showing the topic").ClickAsync();
        await WaitOrFailAsync(page, "() => navigator.clipboard.readText().then(text => text.includes('/l/'))", "the discreet option copied no short link");
        var copied = new Uri(await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        Assert.Equal(ShortLinks.Prefix + ShortLinks.Code(SitePages.SampleArticle, sections[0]), copied.AbsolutePath);
        Assert.Contains("topic", note, StringComparison.OrdinalIgnoreCase);
        await WaitOrFailAsync(page, Announced, "no live region announced the discreet link was copied");
    }

    [BrowserFact]
    public async Task Share_hands_the_sections_share_url_to_the_share_sheet_and_the_discreet_one_no_topic_words()
    {
        await using var context = await site.NewContextAsync();
        await context.AddInitScriptAsync(FakeShareSheet);
        var (page, controls, sections) = await OpenArticleWithControlsAsync(context);

        await controls[0].ClickAsync();
        await Option(page, "Share").ClickAsync();
        await WaitOrFailAsync(page, "() => window.__shared !== undefined", "the control did not call navigator.share");
        AssertSectionUrl(await page.EvaluateAsync<string>("() => window.__shared.url"), sections[0]);

        await page.EvaluateAsync("() => { window.__shared = undefined; }");
        await controls[0].ClickAsync();
        await Option(page, "Share without showing the topic").ClickAsync();
        await WaitOrFailAsync(page, "() => window.__shared !== undefined", "the discreet option did not call navigator.share");
        var shared = await page.EvaluateAsync<string>("() => JSON.stringify(window.__shared)");
        var article = site.Snapshot.FindArticle(SitePages.SampleArticle)!;
        var heading = article.Headings.First(each => each.Id == sections[0]);
        foreach (var word in $"{article.Title} {heading.Text} ketamine addiction".Split(' ').Where(word => word.Length > 3))
        {
            Assert.DoesNotContain(word, shared, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains(ShortLinks.Prefix + ShortLinks.Code(SitePages.SampleArticle, sections[0]), shared, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task The_panel_opens_from_the_keyboard_and_escape_closes_it_returning_focus()
    {
        await using var context = await site.NewContextAsync();
        await context.AddInitScriptAsync(NoShareSheet);
        var (page, controls, _) = await OpenArticleWithControlsAsync(context);

        await controls[0].FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await controls[0].GetAttributeAsync("aria-expanded"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('share-option')"), "focus did not move into the panel");

        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("false", await controls[0].GetAttributeAsync("aria-expanded"));
        Assert.Equal(0, await page.Locator(".share-menu:not([hidden])").CountAsync());
        Assert.True(await controls[0].EvaluateAsync<bool>("control => document.activeElement === control"), "focus did not return to the Share button");
    }

    [BrowserTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_open_panel_has_no_axe_violations(ColorScheme scheme)
    {
        await using var context = await site.NewContextAsync(new() { ColorScheme = scheme, ViewportSize = new() { Width = 320, Height = 700 } });
        await context.AddInitScriptAsync(FakeShareSheet);
        var (page, controls, _) = await OpenArticleWithControlsAsync(context);
        await controls[1].ClickAsync();

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(violation => $"{violation.Id}: {violation.Help} {string.Join(", ", violation.Nodes.Select(node => node.Target))}")));
        Assert.False(overflow, "the open panel scrolls sideways at 320 px");
    }

    private static ILocator Option(IPage page, string name) =>
        page.Locator(".share-menu:not([hidden])").GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private async Task<(IPage Page, IReadOnlyList<ILocator> Controls, string[] Sections)> OpenArticleWithControlsAsync(IBrowserContext context)
    {
        var page = await site.OpenAsync(context, SitePages.SampleArticle);
        await page.WaitForLoadStateAsync(LoadState.Load);
        var controls = page.Locator("main .section-share");
        Assert.True(await controls.CountAsync() > 0, "no button named 'Copy link' or 'Share' in the article after its script ran");

        var sections = await controls.EvaluateAllAsync<string[]>(SectionOfEachControl);
        Assert.All(sections, id => Assert.False(string.IsNullOrEmpty(id), "a copy/share control belongs to no heading with an id"));
        return (page, await controls.AllAsync(), sections);
    }

    private static async Task WaitOrFailAsync(IPage page, string condition, string failure)
    {
        try
        {
            await page.WaitForFunctionAsync(condition, null, new() { Timeout = 5000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail(failure);
        }
    }

    private static void AssertSectionUrl(string shared, string sectionId)
    {
        Assert.True(Uri.TryCreate(shared, UriKind.Absolute, out var uri), $"'{shared}' is not an absolute URL");
        Assert.Equal(SitePages.SampleArticle + "/s/" + sectionId, uri.AbsolutePath);
        Assert.Contains(uri.Scheme, new[] { "http", "https" });
    }
}
