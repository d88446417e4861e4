using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using RecoveryInfo.BrowserTests.Infrastructure;

namespace RecoveryInfo.BrowserTests.Editorial;

/// <summary>"Page updated" notes: the earlier ones open and close without JavaScript, by pointer and by keyboard, and pass axe.</summary>
public sealed class ChangeNotesTests(ChangeNotesSite site) : IClassFixture<ChangeNotesSite>
{
    private const string Page = "/notes/updated";

    [BrowserFact]
    public async Task Earlier_updates_open_and_close_without_javascript()
    {
        var page = await site.OpenAsync(Page, PageSetup.Phone with { JavaScript = false });
        var earlier = page.Locator(".page-changes li").First;

        Assert.True(await page.Locator(".page-updated").IsVisibleAsync());
        Assert.False(await earlier.IsVisibleAsync());

        await page.Locator(".page-changes summary").ClickAsync();
        Assert.True(await earlier.IsVisibleAsync());
        Assert.Equal("20 January 2026 – Rewrote the section on withdrawal after new NICE guidance.", await earlier.InnerTextAsync());

        await page.Locator(".page-changes summary").ClickAsync();
        Assert.False(await earlier.IsVisibleAsync());
    }

    [BrowserFact]
    public async Task Earlier_updates_open_from_the_keyboard()
    {
        var page = await site.OpenAsync(Page, PageSetup.Phone with { JavaScript = false });

        await page.Locator(".page-changes summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.True(await page.Locator(".page-changes li").First.IsVisibleAsync());
        Assert.Equal("true", await page.Locator(".page-changes").EvaluateAsync<string>("details => String(details.open)"));
    }

    [BrowserTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_notes_opened_have_no_axe_violations(ColorScheme scheme)
    {
        var page = await site.OpenAsync(Page, PageSetup.Phone with { Scheme = scheme });
        await page.Locator(".page-changes summary").ClickAsync();

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(violation =>
            $"{violation.Id}: {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target))}")));
    }
}
