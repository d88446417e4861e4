using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.BrowserTests.Infrastructure;

/// <summary>
/// One running site on a real loopback port and one headless Chromium, shared by a test
/// collection. Most tests reuse one tab (one with script, one without) and navigate it afresh:
/// a new browser context per test starts a new renderer process, which costs about three times
/// as much as the page itself on this two-core machine.
/// </summary>
public class BrowserSite : IAsyncLifetime
{
    private readonly WebApplicationFactory<Program> _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _scriptedTab;
    private IPage? _unscriptedTab;

    public BrowserSite()
        : this(new RealContentSite())
    {
    }

    /// <summary>For tests of a feature the real content does not use yet, over fixture content.</summary>
    protected BrowserSite(WebApplicationFactory<Program> factory)
    {
        _factory = factory;
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>
    /// After a click that leaves the page: waits for the tab's address to be <paramref name="url"/>,
    /// then for the site's footer, the last thing every page sends, so the whole page is there.
    /// The address is polled: WaitForURL also waits for a load state, and in CI it waited out its
    /// whole timeout for "load" and for "commit" alike, with the page already there.
    /// </summary>
    public static Task ArriveAsync(IPage page, string url) => ArriveAsync(page, address => address == url);

    /// <inheritdoc cref="ArriveAsync(IPage, string)"/>
    public static async Task ArriveAsync(IPage page, Func<string, bool> url)
    {
        await WaitForAddressAsync(page, url);
        await page.Locator("footer.site-footer").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>Polls the tab's address until <paramref name="url"/> accepts it (see <see cref="ArriveAsync(IPage, string)"/> for why).</summary>
    public static async Task WaitForAddressAsync(IPage page, Func<string, bool> url, int timeoutMs = 30000)
    {
        var waited = Stopwatch.StartNew();
        while (!url(page.Url))
        {
            if (waited.ElapsedMilliseconds > timeoutMs)
            {
                throw new TimeoutException($"the tab is still at {page.Url} after {timeoutMs} ms");
            }

            await Task.Delay(50);
        }
    }

    public ContentSnapshot Snapshot => _factory.Services.GetRequiredService<ContentStore>().Current;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(Chromium.MissingMessage);

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;
        await WaitForSearchAsync();

        if (!Chromium.IsInstalled)
        {
            // Outside CI the tests that need the browser are already marked skipped.
            if (Chromium.IsCi)
            {
                throw new InvalidOperationException(Chromium.MissingMessage + " CI=true, so the browser tests fail rather than skip.");
            }

            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic"],
        });
    }

    /// <summary>A fresh browser context, for tests that need their own permissions or scripts.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = BaseAddress.ToString();
        return await Browser.NewContextAsync(options);
    }

    /// <summary>Opens a page in the shared tab, set up as asked, and checks its status.</summary>
    public async Task<IPage> OpenAsync(string url, PageSetup? setup = null)
    {
        setup ??= PageSetup.Phone;
        var tab = setup.JavaScript
            ? _scriptedTab ??= await (await NewContextAsync()).NewPageAsync()
            : _unscriptedTab ??= await (await NewContextAsync(new() { JavaScriptEnabled = false })).NewPageAsync();

        await tab.SetViewportSizeAsync(setup.Width, setup.Height);
        await tab.EmulateMediaAsync(new() { Media = Media.Screen, ColorScheme = setup.Scheme, ReducedMotion = setup.Motion });
        await tab.Mouse.MoveAsync(0, 0);
        await GoAsync(tab, url);
        return tab;
    }

    /// <summary>Opens a page in a new tab of the given context and checks its status.</summary>
    public async Task<IPage> OpenAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        await GoAsync(page, url);
        return page;
    }

    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseAddress };

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>
    /// Search answers 503 "Search is starting" until its first index exists (tested on its own); the
    /// page tests start once it answers, so a loaded machine cannot turn them into tests of start-up.
    /// </summary>
    private async Task WaitForSearchAsync()
    {
        // Asked of the site's search directly: polling /search would spend the search rate limit.
        var search = _factory.Services.GetRequiredService<RecoveryInfo.Web.Search.SiteSearch>();
        await search.CurrentIndexAsync(TimeSpan.FromSeconds(120), CancellationToken.None);
    }

    private static async Task GoAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url) ?? throw new InvalidOperationException($"No response for {url}");
        Assert.True(response.Status == SitePages.ExpectedStatus(url), $"{url} answered {response.Status}");
    }
}
