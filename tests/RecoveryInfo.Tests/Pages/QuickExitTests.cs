using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Pages;

[Collection(FixtureSiteCollection.Name)]
public sealed class QuickExitTests(FixtureSite site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/beta")]
    [InlineData("/beta/first")]
    [InlineData("/search?q=fixture")]
    [InlineData("/no-such-page")]
    public async Task Every_page_has_the_exit_link_right_after_the_skip_link(string url)
    {
        var document = await site.CreateClient().GetDocumentAsync(url);

        var links = document.QuerySelectorAll("body a, body button, body input").ToList();
        Assert.Equal("skip-link", links[0].ClassName);
        var exit = links[1];
        Assert.Equal("https://exit.example/weather", exit.GetAttribute("href"));
        Assert.Contains("noreferrer", (exit.GetAttribute("rel") ?? "").Split(' '));
        Assert.Equal("Emergency: Leave this site", exit.TextContent.Trim());
        Assert.Equal("Emergency:", exit.QuerySelector(".visually-hidden")?.TextContent.Trim());

        var help = links[2];
        Assert.Equal("/beta/second", help.GetAttribute("href"));
        Assert.Equal("Second article", help.TextContent.Trim());
        Assert.NotNull(document.QuerySelector(".quick-exit [role='status']"));

        var script = Assert.Single(document.QuerySelectorAll("script[src^='/js/quick-exit.js']"));
        Assert.True(script.HasAttribute("defer"));
    }

    [Fact]
    public async Task Editors_can_switch_the_control_off()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        ReplaceLine(folder, "  enabled: true", "  enabled: false");
        await using var factory = new SiteFactory(folder);

        var document = await factory.CreateClient().GetDocumentAsync("/beta/first");

        Assert.Null(document.QuerySelector(".quick-exit"));
        Assert.Empty(document.QuerySelectorAll("script[src*='quick-exit']"));
        Assert.Empty(document.QuerySelectorAll("a[href^='https://exit.example']"));
    }

    [Theory]
    [InlineData("http://exit.example/weather")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/beta/first")]
    [InlineData("//exit.example/weather")]
    public void Check_refuses_a_destination_that_is_not_https_and_names_its_line(string url)
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        ReplaceLine(folder, "  url: https://exit.example/weather", $"  url: \"{url}\"");
        var line = LineOf(folder, "  url: \"");

        var snapshot = SnapshotBuilder.Create().Load(folder, includeDrafts: false);

        var error = Assert.Single(snapshot.Diagnostics, found => found.Message.StartsWith("quick_exit url", StringComparison.Ordinal));
        Assert.Equal(
            $"content/site.yml:{line}:1: error: quick_exit url must be a full https:// address of another site, such as https://www.bbc.co.uk/weather, not '{url}'",
            error.ToString());

        // A first load has no last good settings, so the control leads to the default, never to the bad address.
        Assert.Equal(QuickExitSettings.DefaultUrl, snapshot.Site.QuickExit.Url);
    }

    [Fact]
    public void Check_refuses_an_empty_label_and_a_help_page_that_is_not_published()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        ReplaceLine(folder, "  label: Leave this site", "  label: \"\"");
        ReplaceLine(folder, "  help_page: /beta/second", "  help_page: /beta/missing");
        var line = LineOf(folder, "  label: ");

        var snapshot = SnapshotBuilder.Create().Load(folder, includeDrafts: false);

        var messages = snapshot.Diagnostics.Select(found => found.ToString()).ToList();
        Assert.Contains($"content/site.yml:{line}:1: error: quick_exit label must be short text on one line (at most 40 characters), such as 'Exit this page'", messages);
        Assert.Contains("content/site.yml:1:1: error: quick_exit help_page /beta/missing is not a published page; the exit control on every page links to it", messages);
    }

    [Fact]
    public void A_bad_destination_saved_later_keeps_the_last_good_one()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        var builder = SnapshotBuilder.Create();
        var first = builder.Load(folder, includeDrafts: false);
        ReplaceLine(folder, "  url: https://exit.example/weather", "  url: http://exit.example/weather");

        var second = builder.Load(folder, includeDrafts: false, first);

        Assert.Equal("https://exit.example/weather", second.Site.QuickExit.Url);
        Assert.Contains(second.Diagnostics, found => found.Message == "the last good site settings are still being used until the errors in this file are fixed");
    }

    private static void ReplaceLine(string folder, string line, string replacement)
    {
        var path = Path.Combine(folder, "site.yml");
        var text = File.ReadAllText(path);
        Assert.Contains(line, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(line, replacement, StringComparison.Ordinal));
    }

    private static int LineOf(string folder, string start) =>
        File.ReadAllLines(Path.Combine(folder, "site.yml")).ToList().FindIndex(text => text.StartsWith(start, StringComparison.Ordinal)) + 1;
}
