using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using RecoveryInfo.BrowserTests.Infrastructure;

namespace RecoveryInfo.BrowserTests.Accessibility;

/// <summary>axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules, colour contrast included, in both colour schemes.</summary>
[Collection(AxeCollection.Name)]
public sealed class AxeTests(BrowserSite site)
{
    private static readonly AxeRunOptions _wcagRules = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public Task Page_has_no_axe_violations_in_light_mode(string url) => AssertNoViolationsAsync(url, ColorScheme.Light);

    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public Task Page_has_no_axe_violations_in_dark_mode(string url) => AssertNoViolationsAsync(url, ColorScheme.Dark);

    private async Task AssertNoViolationsAsync(string url, ColorScheme scheme)
    {
        var page = await site.OpenAsync(url, PageSetup.Phone with { Scheme = scheme });

        var result = await page.RunAxe(_wcagRules);

        Assert.True(result.Passes.Length > 0, "axe ran no rule at all");
        Assert.True(result.Violations.Length == 0, Describe(url, scheme, result.Violations));
    }

    private static string Describe(string url, ColorScheme scheme, IEnumerable<AxeResultItem> violations) =>
        $"axe violations on {url} ({scheme}):\n" + string.Join("\n", violations.Select(violation =>
            $"- {violation.Id} ({violation.Impact}): {violation.Help}\n" + string.Join("\n", violation.Nodes.Select(node =>
                $"    {node.Target}: {string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(check => check.Message))}"))));
}
