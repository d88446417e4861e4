using Microsoft.Playwright;
using RecoveryInfo.BrowserTests.Infrastructure;

namespace RecoveryInfo.BrowserTests.Safety;

/// <summary>
/// After one visit the urgent-help numbers work with no connection: any page opened offline shows
/// the offline page, the worker keeps only the urgent-help files, and a changed number in
/// <c>site.yml</c> replaces the saved one on the next visit.
/// </summary>
public sealed class OfflineTests(OfflineSite site) : IClassFixture<OfflineSite>
{
    private const string UrgentPage = "/beta/first";
    private const string ReadArticle = "/beta/second";
    private const string NeverOpened = "/alpha/only";

    // Every file the worker saved, as a path with its query, across all of its caches.
    private const string SavedFiles = """
        async () => {
            const saved = [];
            for (const name of await caches.keys()) {
                for (const request of await (await caches.open(name)).keys()) {
                    const url = new URL(request.url);
                    saved.push(url.pathname + url.search);
                }
            }
            return saved.sort();
        }
        """;

    [BrowserFact]
    public async Task A_page_never_opened_shows_the_offline_page_with_phone_links_when_offline()
    {
        await using var context = await site.NewContextAsync();
        var page = await VisitOnceAsync(context, "/");

        await context.SetOfflineAsync(true);
        await page.GotoAsync(NeverOpened);

        Assert.Equal("You are offline", await page.Locator("main h1").InnerTextAsync());
        var links = await page.Locator("main a[href^='tel:'], main a[href^='sms:']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(["tel:555", "tel:+44100200300", "sms:80808?body=HELLO"], links);
        Assert.True(await page.Locator("main a[href='tel:555']").IsVisibleAsync());

        // The saved stylesheet applies: the emergency number is set large and bold.
        Assert.Equal("700", await page.Locator("main a[href='tel:555']").EvaluateAsync<string>("a => getComputedStyle(a).fontWeight"));

        // The urgent-help page itself is saved whole.
        await page.GotoAsync(UrgentPage);
        Assert.Equal("First article", await page.Locator("main h1").InnerTextAsync());
        await context.SetOfflineAsync(false);
    }

    [BrowserFact]
    public async Task The_worker_keeps_only_the_urgent_help_files_never_an_article_the_reader_opened()
    {
        await using var context = await site.NewContextAsync();
        var page = await VisitOnceAsync(context, "/");
        await page.GotoAsync(ReadArticle);
        Assert.Equal("Second article", await page.Locator("main h1").InnerTextAsync());

        var saved = await page.EvaluateAsync<string[]>(SavedFiles);

        Assert.DoesNotContain(ReadArticle, saved);
        Assert.DoesNotContain("/", saved);
        Assert.Equal([UrgentPage, "/offline"], saved.Where(path => !path.Contains('?', StringComparison.Ordinal)));
        Assert.All(saved.Where(path => path.Contains('?', StringComparison.Ordinal)), path =>
            Assert.Matches("^/(css/site\\.css|favicon\\.svg|js/quick-exit\\.js)\\?v=", path));
        Assert.Equal(3, saved.Count(path => path.Contains('?', StringComparison.Ordinal)));
    }

    [BrowserFact]
    public async Task A_number_changed_in_site_yml_replaces_the_saved_one_on_the_next_visit()
    {
        var settings = Path.Combine(site.ContentFolder, "site.yml");
        var original = await File.ReadAllTextAsync(settings);
        await using var context = await site.NewContextAsync();
        var page = await VisitOnceAsync(context, "/");
        var before = site.Snapshot.Version;
        try
        {
            await File.WriteAllTextAsync(settings, original.Replace("number: \"555\"", "number: \"556\"", StringComparison.Ordinal));
            await WaitForAsync(() => site.Snapshot.Version != before, "the site did not reload site.yml");
            var after = site.Snapshot.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

            await page.ReloadAsync();
            await page.WaitForFunctionAsync(
                "version => navigator.serviceWorker.controller && new URL(navigator.serviceWorker.controller.scriptURL).searchParams.get('content') === version",
                after);
            await page.WaitForFunctionAsync("async version => (await caches.keys()).join() === 'urgent-help-' + version", after);

            await context.SetOfflineAsync(true);
            await page.GotoAsync("/alpha");
            Assert.Equal("You are offline", await page.Locator("main h1").InnerTextAsync());
            Assert.Equal(1, await page.Locator("main a[href='tel:556']").CountAsync());
            Assert.Equal(0, await page.Locator("main a[href='tel:555']").CountAsync());
        }
        finally
        {
            await context.SetOfflineAsync(false);
            var changed = site.Snapshot.Version;
            await File.WriteAllTextAsync(settings, original);
            await WaitForAsync(() => site.Snapshot.Version != changed, "the site did not reload the restored site.yml");
        }
    }

    /// <summary>Opens a page online and waits until the worker controls it, as after a reader's first visit.</summary>
    private async Task<IPage> VisitOnceAsync(IBrowserContext context, string url)
    {
        var page = await site.OpenAsync(context, url);
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");
        return page;
    }

    private static async Task WaitForAsync(Func<bool> condition, string failure)
    {
        for (var attempt = 0; attempt < 200 && !condition(); attempt++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), failure);
    }
}
