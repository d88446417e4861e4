using System.Text.RegularExpressions;
using Microsoft.Playwright;
using RecoveryInfo.BrowserTests.Infrastructure;

namespace RecoveryInfo.BrowserTests.Sharing;

/// <summary>
/// The per-section "Copy link" / "Share" control that <c>share.js</c> adds: it hands over the
/// section's own URL and says so to screen readers.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ShareControlTests(BrowserSite site)
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

    [GeneratedRegex("copy|share", RegexOptions.IgnoreCase)]
    private static partial Regex ControlName();

    [BrowserFact]
    public async Task Copy_link_copies_the_sections_absolute_url_and_announces_it()
    {
        await using var context = await site.NewContextAsync(new() { Permissions = ["clipboard-read", "clipboard-write"] });
        await context.AddInitScriptAsync(NoShareSheet);
        var (page, controls, sections) = await OpenArticleWithControlsAsync(context);

        for (var i = 0; i < controls.Count; i++)
        {
            await page.EvaluateAsync("() => document.querySelectorAll('[role=status]').forEach(region => { region.textContent = ''; })");
            await controls[i].ClickAsync();
            await WaitOrFailAsync(page, "() => navigator.clipboard.readText().then(text => text.length > 0)", $"control {i + 1} copied nothing");
            var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");

            AssertSectionUrl(copied, sections[i]);
            await WaitOrFailAsync(page, Announced, $"control {i + 1}: no live region announced 'copied'");
            await page.EvaluateAsync("() => navigator.clipboard.writeText('')");
        }
    }

    [BrowserFact]
    public async Task Share_hands_the_sections_absolute_url_to_the_share_sheet_where_there_is_one()
    {
        await using var context = await site.NewContextAsync();
        await context.AddInitScriptAsync(FakeShareSheet);
        var (page, controls, sections) = await OpenArticleWithControlsAsync(context);

        await controls[0].ClickAsync();
        await WaitOrFailAsync(page, "() => window.__shared !== undefined", "the control did not call navigator.share");

        AssertSectionUrl(await page.EvaluateAsync<string>("() => window.__shared.url"), sections[0]);
    }

    private async Task<(IPage Page, IReadOnlyList<ILocator> Controls, string[] Sections)> OpenArticleWithControlsAsync(IBrowserContext context)
    {
        var page = await site.OpenAsync(context, SitePages.SampleArticle);
        await page.WaitForLoadStateAsync(LoadState.Load);
        var controls = page.Locator("main").GetByRole(AriaRole.Button, new() { NameRegex = ControlName() });
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
        Assert.Equal(SitePages.SampleArticle + "#" + sectionId, uri.AbsolutePath + uri.Fragment);
        Assert.Contains(uri.Scheme, new[] { "http", "https" });
    }
}
