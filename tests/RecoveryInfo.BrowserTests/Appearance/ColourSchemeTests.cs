using Microsoft.Playwright;
using RecoveryInfo.BrowserTests.Infrastructure;

namespace RecoveryInfo.BrowserTests.Appearance;

/// <summary>
/// The site follows the reader's light or dark setting (axe checks the contrast of both) and
/// keeps still when the reader asks for reduced motion.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ColourSchemeTests(BrowserSite site)
{
    // Relative luminance (WCAG) of the page background and the body text.
    private const string Luminances = """
        () => {
            const lum = css => {
                const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map(v => v / 255)
                    .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            const body = getComputedStyle(document.body);
            const text = body;
            return [lum(body.backgroundColor), lum(text.color)];
        }
        """;

    // Anything that still moves under prefers-reduced-motion: CSS animations, transitions, smooth scrolling, script animations.
    private const string Motion = """
        () => {
            const seconds = list => list.split(',').map(v => v.trim().endsWith('ms') ? parseFloat(v) / 1000 : parseFloat(v));
            const moving = [];
            for (const e of [document.documentElement, ...document.querySelectorAll('*')]) {
                for (const pseudo of [null, '::before', '::after']) {
                    const s = getComputedStyle(e, pseudo);
                    const animated = s.animationName !== 'none' && seconds(s.animationDuration).some(v => v > 0.00001);
                    const transitions = s.transitionProperty !== 'none' && seconds(s.transitionDuration).some(v => v > 0.00001);
                    if (animated || transitions) moving.push(`${e.tagName.toLowerCase()}${[...e.classList].map(c => '.' + c).join('')}${pseudo ?? ''}: animation ${s.animationDuration}, transition ${s.transitionDuration}`);
                }
            }
            if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') moving.push('html scrolls smoothly');
            for (const a of document.getAnimations()) {
                const d = a.effect?.getTiming().duration;
                if (typeof d === 'number' && d > 0.01) moving.push(`script animation of ${d}ms`);
            }
            return moving.slice(0, 20);
        }
        """;

    public static TheoryData<string> Pages => [SitePages.Home, SitePages.SampleArticle, SitePages.NotFound];

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task Light_scheme_gives_dark_text_on_a_light_page(string url)
    {
        var (background, text) = await LuminancesAsync(url, ColorScheme.Light);

        Assert.True(background > 0.8, $"background luminance {background:F2}");
        Assert.True(text < 0.1, $"text luminance {text:F2}");
    }

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public async Task Dark_scheme_gives_light_text_on_a_dark_page(string url)
    {
        var (background, text) = await LuminancesAsync(url, ColorScheme.Dark);

        Assert.True(background < 0.05, $"background luminance {background:F2}");
        Assert.True(text > 0.6, $"text luminance {text:F2}");
    }

    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Nothing_moves_when_the_reader_prefers_reduced_motion(string url)
    {
        var page = await site.OpenAsync(url, PageSetup.Phone with { Motion = ReducedMotion.Reduce });
        Assert.True(await page.EvaluateAsync<bool>("() => matchMedia('(prefers-reduced-motion: reduce)').matches"));

        // Hover and focus a link as a reader would, so transitions tied to those states are computed too.
        await page.Keyboard.PressAsync("Tab");
        await page.Locator("main a").First.HoverAsync();
        var moving = await page.EvaluateAsync<string[]>(Motion);

        Assert.True(moving.Length == 0, $"{url}:\n" + string.Join("\n", moving));
    }

    private async Task<(double Background, double Text)> LuminancesAsync(string url, ColorScheme scheme)
    {
        var page = await site.OpenAsync(url, PageSetup.Phone with { Scheme = scheme });
        var values = await page.EvaluateAsync<double[]>(Luminances);
        return (values[0], values[1]);
    }
}
