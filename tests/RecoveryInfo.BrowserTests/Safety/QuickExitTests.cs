using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using RecoveryInfo.BrowserTests.Infrastructure;

namespace RecoveryInfo.BrowserTests.Safety;

/// <summary>
/// "Exit this page": a tap on a phone covers the page and leaves for the neutral destination so
/// that Back does not show it again; Shift pressed three times on its own does the same; and
/// without JavaScript it is a plain link that sends no referrer. Service workers are blocked here:
/// Playwright's routing, which answers the destination, is not reliable beside one (its docs).
/// </summary>
public sealed class QuickExitTests(QuickExitSite site) : IClassFixture<QuickExitSite>
{
    private const string Start = "/beta";
    private const string Reading = "/beta/first";

    [BrowserFact]
    public async Task A_tap_on_a_phone_leaves_for_the_destination_and_back_does_not_return_to_the_page()
    {
        await using var context = await site.NewContextAsync(new() { ServiceWorkers = ServiceWorkerPolicy.Block, ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true });
        await QuickExitSite.ServeDestinationAsync(context);
        var page = await context.NewPageAsync();
        await OpenAndTapUntilItLeavesAsync(page);
        Assert.Equal(QuickExitSite.DestinationHeading, await page.Locator("h1").InnerTextAsync());

        await page.GoBackAsync();
        Assert.EndsWith(Start, page.Url, StringComparison.Ordinal);
        Assert.Equal("Beta section", await page.Locator("main h1").InnerTextAsync());
        Assert.Equal(0, await page.Locator(".quick-exit-overlay").CountAsync());
    }

    [BrowserFact]
    public async Task The_page_is_covered_before_the_destination_is_asked_for_and_uncovered_when_restored()
    {
        await using var context = await site.NewContextAsync(new() { ServiceWorkers = ServiceWorkerPolicy.Block, ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true });
        var requests = await QuickExitSite.ServeDestinationAsync(context, stay: true);
        var page = await site.OpenAsync(context, Reading);

        // The destination answers 204, so the browser keeps the page as it was when it asked for it.
        await page.RunAndWaitForRequestFinishedAsync(
            () => page.Locator(".quick-exit-link").TapAsync(),
            new() { Predicate = request => request.Url == QuickExitSite.Destination });
        Assert.Single(requests);
        Assert.Equal(["quick-exit-overlay", "quick-exit-overlay", "quick-exit-overlay"], await page.EvaluateAsync<string[]>(
            "() => [[5, 5], [195, 422], [385, 839]].map(([x, y]) => document.elementFromPoint(x, y).className)"));
        Assert.NotEqual("First article – Fixture Site", await page.EvaluateAsync<string>("() => document.title"));

        // A browser that brings the page back from its back-forward cache fires pageshow with persisted set.
        await page.EvaluateAsync("() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }))");
        Assert.Equal(0, await page.Locator(".quick-exit-overlay").CountAsync());
        Assert.Equal("First article – Fixture Site", await page.EvaluateAsync<string>("() => document.title"));
    }

    [BrowserFact]
    public async Task The_control_is_on_the_first_screen_of_a_phone_big_enough_and_covers_nothing()
    {
        var page = await site.OpenAsync(Reading, PageSetup.Phone);

        var box = await page.Locator(".quick-exit-link").BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width >= 44 && box.Height >= 44, $"the exit control is {box.Width}x{box.Height} px");
        Assert.True(box.Y >= 0 && box.Y + box.Height <= 844 && box.X >= 0 && box.X + box.Width <= 390, $"the exit control is off the first screen at {box.X},{box.Y}");
        Assert.Equal("true", await page.EvaluateAsync<string>(
            "() => { const link = document.querySelector('.quick-exit-link'); const r = link.getBoundingClientRect(); return String(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2).closest('.quick-exit-link') === link); }"));

        // In the flow of the page, not floating over it: scrolled away with the page, never on top of the text.
        var position = await page.Locator(".quick-exit").EvaluateAsync<string>("bar => getComputedStyle(bar).position");
        Assert.Contains(position, new[] { "static", "relative" });
        var heading = await page.Locator("main h1").BoundingBoxAsync();
        Assert.True(heading!.Y >= box.Y + box.Height, "the exit control overlaps the page heading");
    }

    [BrowserFact]
    public async Task Shift_pressed_three_times_leaves_with_each_press_announced()
    {
        await using var context = await site.NewContextAsync(new() { ServiceWorkers = ServiceWorkerPolicy.Block });
        await QuickExitSite.ServeDestinationAsync(context, stay: true);
        var page = await site.OpenAsync(context, Reading);
        await page.EvaluateAsync("""
            () => {
                window.__announced = [];
                const status = document.querySelector('.quick-exit [role="status"]');
                new MutationObserver(() => window.__announced.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true });
            }
            """);

        // Pressed back to back, as a reader would: the count runs for 5 seconds from each press.
        await page.RunAndWaitForRequestFinishedAsync(
            async () =>
            {
                await page.Keyboard.PressAsync("Shift");
                await page.Keyboard.PressAsync("Shift");
                await page.Keyboard.PressAsync("Shift");
            },
            new() { Predicate = request => request.Url == QuickExitSite.Destination });

        Assert.Equal(
            ["Shift, press 2 more times to leave this page.", "Shift, press 1 more time to leave this page.", "Leaving this page."],
            await page.EvaluateAsync<string[]>("() => window.__announced"));
        Assert.Equal(1, await page.Locator(".quick-exit-overlay").CountAsync());
    }

    [BrowserFact]
    public async Task A_shift_used_for_a_capital_letter_does_not_count()
    {
        await using var context = await site.NewContextAsync(new() { ServiceWorkers = ServiceWorkerPolicy.Block });
        var requests = await QuickExitSite.ServeDestinationAsync(context);
        var page = await site.OpenAsync(context, Reading);
        var status = page.Locator(".quick-exit [role='status']");
        await page.Locator("#site-search-q").FocusAsync();

        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift+K");
        await page.Keyboard.PressAsync("Shift");

        Assert.Equal("Shift, press 2 more times to leave this page.", await status.TextContentAsync());
        Assert.Equal("K", await page.Locator("#site-search-q").InputValueAsync());

        // Held for a run of capitals, Shift still never counts.
        await page.Keyboard.DownAsync("Shift");
        await page.Keyboard.PressAsync("E");
        await page.Keyboard.PressAsync("T");
        await page.Keyboard.UpAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");

        Assert.Equal("Shift, press 1 more time to leave this page.", await status.TextContentAsync());
        Assert.Empty(requests);
        Assert.EndsWith(Reading, page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task It_is_the_second_tab_stop_after_the_skip_link()
    {
        var page = await site.OpenAsync(Reading, PageSetup.Phone);

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("quick-exit-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
    }

    [BrowserFact]
    public async Task Without_javascript_it_is_a_plain_link_that_sends_no_referrer()
    {
        await using var context = await site.NewContextAsync(new() { ServiceWorkers = ServiceWorkerPolicy.Block, JavaScriptEnabled = false });
        var requests = await QuickExitSite.ServeDestinationAsync(context);
        var page = await site.OpenAsync(context, Reading);

        await page.Locator(".quick-exit-link").ClickAsync();
        await BrowserSite.WaitForAddressAsync(page, url => url == QuickExitSite.Destination);

        Assert.Equal(QuickExitSite.DestinationHeading, await page.Locator("h1").InnerTextAsync());
        var headers = Assert.Single(requests);
        Assert.False(headers.ContainsKey("referer"), "the destination was told which page the reader left: " + headers.GetValueOrDefault("referer"));
    }

    [BrowserTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_control_passes_axe_in_both_colour_schemes(ColorScheme scheme)
    {
        var page = await site.OpenAsync(Reading, PageSetup.Phone with { Scheme = scheme });

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });

        Assert.True(result.Passes.Length > 0, "axe ran no rule at all");
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(violation =>
            $"{violation.Id}: {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target))}")));
    }

    /// <summary>
    /// Opens the page from another (so Back has somewhere to go), taps "Exit this page" and waits to
    /// arrive at the destination. An emulated tap on a loaded machine may miss (read as a long press,
    /// or aimed before a layout change); then it starts over, at most three times, and a control
    /// that never leaves still fails, naming where each tap left the tab.
    /// </summary>
    private static async Task OpenAndTapUntilItLeavesAsync(IPage page)
    {
        var missed = new List<string>();
        while (true)
        {
            await page.GotoAsync(Start);
            await page.GotoAsync(Reading);
            Assert.Equal("First article", await page.Locator("main h1").InnerTextAsync());
            await page.Locator(".quick-exit-link").TapAsync();
            try
            {
                await BrowserSite.WaitForAddressAsync(page, url => url == QuickExitSite.Destination, timeoutMs: 10000);
                return;
            }
            catch (TimeoutException) when (missed.Count < 2)
            {
                missed.Add(page.Url);
            }
            catch (TimeoutException exception)
            {
                throw new TimeoutException($"three taps did not leave for the destination; they left the tab at {string.Join(", ", missed.Append(page.Url))}", exception);
            }
        }
    }
}
