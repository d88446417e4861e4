using RecoveryInfo.BrowserTests.Infrastructure;

namespace RecoveryInfo.BrowserTests.Reflow;

/// <summary>Small phones and large text: nothing scrolls sideways, text grows, and targets are big enough to tap.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReflowTests(BrowserSite site)
{
    // Elements whose right edge passes the viewport, unless a scrolling box (a wide table) holds them.
    private const string Overflowing = """
        () => {
            const width = document.documentElement.clientWidth;
            const problems = [];
            if (document.documentElement.scrollWidth > width) problems.push(`page is ${document.documentElement.scrollWidth}px wide in a ${width}px viewport`);
            const scrolls = e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
            for (const e of document.body.querySelectorAll('*')) {
                if (e.closest('.visually-hidden, .skip-link')) continue;
                let inside = false;
                for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) if (scrolls(p)) { inside = true; break; }
                if (inside) continue;
                const r = e.getBoundingClientRect();
                if (r.width > 0 && (r.right > width + 1 || r.left < -1)) {
                    problems.push(`${e.tagName.toLowerCase()}${[...e.classList].map(c => '.' + c).join('')} "${e.textContent.trim().slice(0, 40)}" spans ${Math.round(r.left)}..${Math.round(r.right)}px`);
                }
            }
            return problems.slice(0, 20);
        }
        """;

    // The font size of every element with its own text, so a size fixed in px (which ignores the reader's setting) shows.
    private const string TextSizes = """
        () => [...document.body.querySelectorAll('*')]
            .filter(e => [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()) && e.getClientRects().length > 0 && !e.closest('.visually-hidden'))
            .map(e => `${e.tagName.toLowerCase()}${[...e.classList].map(c => '.' + c).join('')}|${parseFloat(getComputedStyle(e).fontSize)}`)
        """;

    // WCAG 2.5.8: a target under 24x24 px passes only inside a sentence, or when a 24 px circle on its
    // centre touches no other target and no other undersized target's circle.
    private const string SmallTargets = """
        () => {
            const targets = [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
                // checkVisibility: what a closed <details> holds is laid out but not shown, so nobody can tap it.
                .filter(e => e.getClientRects().length > 0 && e.checkVisibility() && !e.closest('.visually-hidden'))
                .map(e => ({ e, r: e.getBoundingClientRect() }))
                .filter(t => t.r.bottom + scrollY > 0);
            const small = t => t.r.width < 24 || t.r.height < 24;
            const inSentence = e => {
                if (getComputedStyle(e).display !== 'inline') return false;
                let block = e.parentElement;
                while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
                return block.textContent.replace(e.textContent, '').trim().length > 0;
            };
            const centre = r => [r.left + r.width / 2, r.top + r.height / 2];
            return targets.filter(t => small(t) && !inSentence(t.e)).filter(t => {
                const [x, y] = centre(t.r);
                return targets.some(o => {
                    if (o === t) return false;
                    const dx = Math.max(o.r.left - x, 0, x - o.r.right), dy = Math.max(o.r.top - y, 0, y - o.r.bottom);
                    if (dx * dx + dy * dy < 144) return true;
                    if (!small(o)) return false;
                    const [ox, oy] = centre(o.r);
                    return (ox - x) ** 2 + (oy - y) ** 2 < 576;
                });
            }).map(t => `${t.e.tagName.toLowerCase()} "${t.e.textContent.trim().slice(0, 40)}" is ${Math.round(t.r.width)}x${Math.round(t.r.height)}px and too close to another target`);
        }
        """;

    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Page_does_not_scroll_sideways_at_320_px(string url)
    {
        var page = await site.OpenAsync(url, new PageSetup(320, 640));

        var problems = await page.EvaluateAsync<string[]>(Overflowing);

        Assert.True(problems.Length == 0, $"{url} at 320px:\n" + string.Join("\n", problems));
    }

    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Text_at_200_percent_grows_and_does_not_scroll_sideways(string url)
    {
        var page = await site.OpenAsync(url, new PageSetup(640, 800));
        var before = ParseSizes(await page.EvaluateAsync<string[]>(TextSizes));

        // What a reader's "text size 200%" setting does: the root font size doubles.
        await page.EvaluateAsync("() => { document.documentElement.style.fontSize = '200%'; }");
        var after = ParseSizes(await page.EvaluateAsync<string[]>(TextSizes));
        var problems = await page.EvaluateAsync<string[]>(Overflowing);

        // Headings use clamp(rem, rem + vw, rem), which grows a little less than 2x; text sized in px would not grow at all.
        Assert.Equal(before.Count, after.Count);
        var unscaled = before.Zip(after).Where(pair => pair.Second.Size < pair.First.Size * 1.5).Select(pair => $"{pair.First.Element}: {pair.First.Size}px -> {pair.Second.Size}px").Distinct().ToList();
        Assert.True(unscaled.Count == 0, $"{url}: text that did not grow with the reader's text size:\n" + string.Join("\n", unscaled));
        Assert.True(problems.Length == 0, $"{url} with 200% text at 640px:\n" + string.Join("\n", problems));
    }

    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Targets_are_at_least_24_px_or_spaced_apart(string url)
    {
        var page = await site.OpenAsync(url, PageSetup.Phone);

        var problems = await page.EvaluateAsync<string[]>(SmallTargets);

        Assert.True(problems.Length == 0, $"{url} at 390px:\n" + string.Join("\n", problems));
    }

    private static List<(string Element, double Size)> ParseSizes(IEnumerable<string> sizes) =>
        [.. sizes.Select(line => line.Split('|')).Select(parts => (parts[0], double.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)))];
}
