using Microsoft.Playwright;
using RecoveryInfo.BrowserTests.Infrastructure;

namespace RecoveryInfo.BrowserTests.Security;

/// <summary>
/// Every page works under the site's Content-Security-Policy in a real browser: nothing it ships is
/// refused (no inline style or script, nothing from elsewhere), including what share.js does when a
/// reader copies or shares a section. A refusal shows as a <c>securitypolicyviolation</c> event and
/// as a console message; both are collected, and the header itself must be there, or a page without
/// a policy would pass.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserSite site)
{
    // Runs before the page's own scripts: keeps every violation the document reports, as text.
    private const string RecordViolations = """
        window.__cspViolations = [];
        window.addEventListener('securitypolicyviolation', event => {
            window.__cspViolations.push(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline')
                + ' at ' + (event.sourceFile || event.documentURI) + ':' + event.lineNumber
                + (event.sample ? ' (' + event.sample + ')' : ''));
        }, true);
        """;

    // Removes the Web Share API so each control takes the copy path (clipboard, or the selection fallback).
    private const string NoShareSheet = "delete Navigator.prototype.share; delete Navigator.prototype.canShare;";

    private const string FakeShareSheet = "navigator.share = async data => { window.__shared = data; }; navigator.canShare = () => true;";

    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Page_runs_under_the_policy_without_a_single_violation(string url)
    {
        await using var context = await site.NewContextAsync(new() { Permissions = ["clipboard-read", "clipboard-write"] });
        await context.AddInitScriptAsync(RecordViolations);
        await context.AddInitScriptAsync(NoShareSheet);
        var (page, console) = await OpenWatchedAsync(context, url);

        // Articles: every share panel is opened and its link copied, and the first panel's discreet
        // link too, so share.js runs its whole copy-and-announce path.
        var controls = page.Locator("main button.section-share");
        var opened = 0;
        foreach (var control in await controls.AllAsync())
        {
            var options = page.Locator($"[id='{await control.GetAttributeAsync("aria-controls")}'] .share-option");
            await control.ClickAsync();
            await options.First.ClickAsync();
            if (opened++ == 0)
            {
                await control.ClickAsync();
                await options.Last.ClickAsync();
            }
        }

        if (await controls.CountAsync() > 0)
        {
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('[role=status]')].some(r => r.textContent.length > 0)", null, new() { Timeout = 5000 });
        }

        await AssertNoViolationsAsync(page, console, url);
    }

    [BrowserFact]
    public async Task Share_sheet_path_of_the_share_script_runs_without_a_violation()
    {
        await using var context = await site.NewContextAsync();
        await context.AddInitScriptAsync(RecordViolations);
        await context.AddInitScriptAsync(FakeShareSheet);
        var (page, console) = await OpenWatchedAsync(context, SitePages.SampleArticle);

        var controls = page.Locator("main button.section-share");
        Assert.True(await controls.CountAsync() > 0, "share.js added no share controls to the sample article");
        await controls.First.ClickAsync();
        await page.Locator($"[id='{await controls.First.GetAttributeAsync("aria-controls")}'] .share-option").First.ClickAsync();
        await page.WaitForFunctionAsync("() => window.__shared !== undefined", null, new() { Timeout = 5000 });

        await AssertNoViolationsAsync(page, console, SitePages.SampleArticle);
    }

    private static async Task<(IPage Page, List<string> Console)> OpenWatchedAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (console)
                {
                    console.Add($"{message.Type}: {message.Text}");
                }
            }
        };

        var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load }) ?? throw new InvalidOperationException($"No response for {url}");
        Assert.Equal(SitePages.ExpectedStatus(url), response.Status);
        var policy = await response.HeaderValueAsync("content-security-policy");
        Assert.True(policy is not null && policy.Contains("default-src 'none'", StringComparison.Ordinal), $"{url} has no strict Content-Security-Policy header: '{policy}'");
        return (page, console);
    }

    private static async Task AssertNoViolationsAsync(IPage page, List<string> console, string url)
    {
        // Violation events are queued as tasks; two turns of the event loop let any pending ones land.
        await page.EvaluateAsync("() => new Promise(done => setTimeout(() => setTimeout(done, 0), 0))");
        var violations = await page.EvaluateAsync<string[]>("() => window.__cspViolations");

        Assert.True(violations.Length == 0, $"{url}: securitypolicyviolation events:\n" + string.Join('\n', violations));
        lock (console)
        {
            Assert.True(console.Count == 0, $"{url}: console messages about the Content Security Policy:\n" + string.Join('\n', console));
        }
    }
}
