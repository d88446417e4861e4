using Microsoft.Playwright;
using RecoveryInfo.BrowserTests.Infrastructure;

namespace RecoveryInfo.BrowserTests.Keyboard;

/// <summary>A keyboard-only reader: the skip link comes first, and every link and control can be reached and seen.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserSite site)
{
    // Marks each element the Tab key should reach, in document order, and records how it looks unfocused.
    private const string MarkFocusables = """
        () => {
            const look = e => {
                const s = getComputedStyle(e);
                return {
                    outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` : 'none',
                    shadow: s.boxShadow, background: s.backgroundColor, border: `${s.borderStyle} ${s.borderWidth} ${s.borderColor}`,
                };
            };
            window.__focusLook = look;
            const candidates = document.querySelectorAll('a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex]');
            // What a closed <details> holds is reached once its summary opens it, not before, unless the
            // stylesheet shows it anyway (the menu is a row on a desktop).
            const folded = e => { const d = e.closest('details:not([open])'); return d !== null && !(e.tagName === 'SUMMARY' && e.parentElement === d) && !e.checkVisibility(); };
            const reachable = [...candidates].filter(e => !e.disabled && e.tabIndex >= 0 && !e.closest('[inert]') && !folded(e)
                && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden');
            reachable.forEach((e, i) => { e.dataset.focusIndex = i; e.dataset.focusBefore = JSON.stringify(look(e)); });
            return reachable.map(e => `${e.tagName.toLowerCase()} "${(e.textContent || e.getAttribute('aria-label') || e.name || '').trim().slice(0, 60)}"`);
        }
        """;

    // Where focus is now: "index|problem" ("" when fine), or null when focus left the marked elements.
    private const string FocusState = """
        () => {
            const e = document.activeElement;
            if (!e || e.dataset.focusIndex === undefined) return null;
            const before = JSON.parse(e.dataset.focusBefore), now = window.__focusLook(e);
            const changed = ['outline', 'shadow', 'background', 'border'].filter(k => before[k] !== now[k] && !(k === 'outline' && now[k] === 'none'));
            const r = e.getBoundingClientRect();
            const problems = [];
            if (changed.length === 0) problems.push('no visible focus indicator (outline, box-shadow, background and border unchanged)');
            if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) problems.push('focused element is outside the viewport');
            return `${e.dataset.focusIndex}|${problems.join('; ')}`;
        }
        """;

    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task First_tab_reaches_the_skip_link_and_enter_moves_focus_to_main(string url)
    {
        var page = await site.OpenAsync(url, PageSetup.Desktop);

        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<string>("() => `${document.activeElement.className}|${document.activeElement.textContent.trim()}|${document.activeElement.getAttribute('href')}`");
        Assert.Equal("skip-link|Skip to main content|#main-content", first);
        var box = await page.Locator(".skip-link").BoundingBoxAsync();
        Assert.True(box is { Y: >= 0, Height: > 0 }, "the focused skip link is not on screen");

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'main-content'");
        Assert.EndsWith("#main-content", page.Url, StringComparison.Ordinal);

        // The next Tab continues from the main content, not from the top of the page.
        if (await page.Locator("main a[href], main button, main input, main select, main textarea").CountAsync() > 0)
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('main-content').contains(document.activeElement)"),
                "after the skip link, Tab did not go to the first link in the main content");
        }
    }

    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Every_link_and_control_is_reached_by_tab_and_shows_a_visible_focus_indicator(string url)
    {
        var page = await site.OpenAsync(url, PageSetup.Desktop);
        var expected = await page.EvaluateAsync<string[]>(MarkFocusables);
        Assert.NotEmpty(expected);

        var reached = new HashSet<int>();
        var problems = new List<string>();
        for (var step = 0; step < expected.Length + 5; step++)
        {
            await page.Keyboard.PressAsync("Tab");
            var state = await page.EvaluateAsync<string?>(FocusState);
            if (state is null)
            {
                if (reached.Count > 0)
                {
                    break;
                }

                continue;
            }

            var parts = state.Split('|', 2);
            var index = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
            if (!reached.Add(index))
            {
                break;
            }

            if (parts[1].Length > 0)
            {
                problems.Add($"{expected[index]}: {parts[1]}");
            }
        }

        var missed = expected.Where((_, index) => !reached.Contains(index)).ToList();
        Assert.True(missed.Count == 0, $"{url}: Tab never reached:\n" + string.Join("\n", missed));
        Assert.True(problems.Count == 0, $"{url}:\n" + string.Join("\n", problems));
    }
}
