using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using RecoveryInfo.BrowserTests.Infrastructure;

namespace RecoveryInfo.BrowserTests.Glossary;

/// <summary>
/// A glossary term's first use opens its definition in place: by keyboard, by tap without
/// JavaScript, printed on paper, with no axe violations while open; and /glossary has an anchor per term.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GlossaryDisclosureTests(BrowserSite site)
{
    private static readonly AxeRunOptions _wcagRules = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [BrowserFact]
    public async Task The_keyboard_opens_a_definition_moves_into_it_and_closes_it_back_to_the_term()
    {
        var (url, id) = SitePages.GlossaryArticle;
        var page = await site.OpenAsync(url);
        var term = page.Locator($"#word-{id}");
        var definition = page.Locator($"#define-{id}");
        Assert.False(await definition.IsVisibleAsync(), "the definition shows before it is asked for");

        await term.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.True(await definition.IsVisibleAsync(), "Enter on the term did not open its definition");
        var entry = site.Snapshot.Glossary.FindById(id)!;
        Assert.Contains(entry.Definition, await definition.InnerTextAsync(), StringComparison.Ordinal);
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>($"() => document.activeElement.closest('#define-{id}') !== null"), "Tab after opening does not go into the definition");

        await definition.Locator(".glossary-close").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.False(await definition.IsVisibleAsync(), "Close did not hide the definition");
        Assert.Equal($"word-{id}", await page.EvaluateAsync<string>("() => location.hash.slice(1)"));
    }

    [BrowserFact]
    public async Task A_tap_opens_a_definition_without_javascript()
    {
        var (url, id) = SitePages.GlossaryArticle;
        await using var context = await site.NewContextAsync(new() { JavaScriptEnabled = false, HasTouch = true, IsMobile = true, ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await site.OpenAsync(context, url);

        await page.Locator($"#word-{id}").TapAsync();

        Assert.True(await page.Locator($"#define-{id}").IsVisibleAsync());
    }

    [BrowserFact]
    public async Task The_term_names_its_definition_to_screen_readers()
    {
        var (url, id) = SitePages.GlossaryArticle;
        var page = await site.OpenAsync(url);

        var description = await page.Locator($"#word-{id}").GetAttributeAsync("aria-describedby");

        Assert.Contains(site.Snapshot.Glossary.FindById(id)!.Definition, await page.Locator($"#{description}").TextContentAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task A_printed_article_shows_each_definition_in_brackets_without_its_links()
    {
        var (url, id) = SitePages.GlossaryArticle;
        var page = await site.OpenAsync(url, PageSetup.Desktop);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var definitions = page.Locator(".glossary-definition");

        Assert.Equal(site.Snapshot.FindArticle(url)!.GlossaryTerms.Count, await definitions.CountAsync());
        Assert.True(await page.Locator($"#define-{id}").IsVisibleAsync(), "the definition is not printed");
        Assert.Equal(" (", await page.Locator($"#define-{id}").EvaluateAsync<string>("e => getComputedStyle(e, '::before').content.replaceAll('\"', '')"));
        Assert.Equal(0, await page.Locator(".glossary-definition a").EvaluateAllAsync<int>("links => links.filter(a => a.checkVisibility()).length"));
    }

    [BrowserTheory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task An_open_definition_has_no_axe_violations(string scheme)
    {
        var (url, id) = SitePages.GlossaryArticle;
        var page = await site.OpenAsync(url, PageSetup.Phone with { Scheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await page.Locator($"#word-{id}").ClickAsync();
        Assert.True(await page.Locator($"#define-{id}").IsVisibleAsync());

        var result = await page.RunAxe(_wcagRules);

        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(violation =>
            $"{violation.Id}: {violation.Help} at {string.Join(", ", violation.Nodes.Select(node => node.Target))}")));
    }

    [BrowserFact]
    public async Task The_glossary_page_lands_on_each_term_and_its_link_from_an_article_works()
    {
        var (url, id) = SitePages.GlossaryArticle;
        var page = await site.OpenAsync(url);
        await page.Locator($"#word-{id}").ClickAsync();

        await page.Locator($"#define-{id} .glossary-all").ClickAsync();

        await BrowserSite.ArriveAsync(page, url => url.EndsWith($"{SitePages.Glossary}#{id}", StringComparison.Ordinal));
        // The browser sets the :target once it has found the term, which may be after the page arrives.
        await page.WaitForFunctionAsync("id => document.getElementById(id)?.matches(':target')", id, new() { PollingInterval = 100, Timeout = 10000 });
        var entry = page.Locator($"[id='{id}']");
        Assert.True(await entry.IsVisibleAsync());
        Assert.True(await entry.EvaluateAsync<bool>("e => e.matches(':target')"));
        Assert.Equal(site.Snapshot.Glossary.FindById(id)!.DisplayTerm, await entry.Locator("dfn").InnerTextAsync());
    }

    public static TheoryData<int> Widths => [390, 1280];

    [BrowserTheory]
    [MemberData(nameof(Widths))]
    public async Task An_open_definition_and_the_glossary_are_saved_as_screenshots(int width)
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        var (url, id) = SitePages.GlossaryArticle;
        var setup = new PageSetup(width, width < 600 ? 844 : 900);
        var page = await site.OpenAsync(url, setup);
        await page.Locator($"#word-{id}").ClickAsync();
        var article = Path.Combine(RepositoryPaths.Screenshots, $"glossary-term-{width}.png");
        await page.ScreenshotAsync(new() { Path = article });

        page = await site.OpenAsync($"{SitePages.Glossary}#{id}", setup);
        var glossary = Path.Combine(RepositoryPaths.Screenshots, $"glossary-{width}.png");
        await page.ScreenshotAsync(new() { Path = glossary });

        Assert.True(new FileInfo(article).Length > 10_000, $"{article} looks empty");
        Assert.True(new FileInfo(glossary).Length > 10_000, $"{glossary} looks empty");
    }
}
