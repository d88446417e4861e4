using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Pages;

/// <summary>
/// The slim urgent-help line on every page: the home emergency number and the helplines marked
/// every_page, tappable, then a link to the full list; numbers for elsewhere are left to that page.
/// </summary>
public sealed class UrgentHelpBoxTests(UrgentHelpBoxTests.FixtureSite site) : IClassFixture<UrgentHelpBoxTests.FixtureSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/beta/first")]
    [InlineData("/search?q=first")]
    [InlineData("/no-such-page")]
    public async Task Every_page_has_one_slim_line_with_the_home_number_the_every_page_lines_and_the_way_to_the_rest(string url)
    {
        var document = await site.CreateClient().GetDocumentAsync(url);

        var line = Assert.Single(document.QuerySelectorAll("aside.urgent-help"));
        Assert.Equal("Urgent help", line.GetAttribute("aria-label"));
        Assert.Equal("Need help now?", line.QuerySelector(".urgent-label")?.TextContent);
        Assert.Equal(
            [("tel:555", "Call 555"), ("tel:+44100200300", "Fixture Helpline"), ("sms:80808?body=HELLO", "Fixture Textline"), ("/beta/first", "Helplines ›")],
            line.QuerySelectorAll("a").Select(link => (link.GetAttribute("href"), link.TextContent)));
        Assert.Empty(line.QuerySelectorAll("ul, details, h2"));
    }

    [Fact]
    public async Task The_lines_words_come_from_site_yml()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        var settings = Path.Combine(folder, "site.yml");
        File.WriteAllText(settings, File.ReadAllText(settings)
            .Replace("heading: Need help now?", "heading: Emergency?\n  more_label: All numbers", StringComparison.Ordinal));
        using var changed = new SiteFactory(folder);

        var line = (await changed.CreateClient().GetDocumentAsync("/")).QuerySelector("aside.urgent-help")!;

        Assert.Equal("Emergency?", line.QuerySelector(".urgent-label")?.TextContent);
        Assert.Equal("All numbers ›", line.QuerySelectorAll("a").Last().TextContent);
    }

    [Fact]
    public async Task Every_page_footer_links_the_pages_site_yml_lists()
    {
        foreach (var url in new[] { "/", "/beta", "/beta/first", "/search?q=first", "/no-such-page" })
        {
            var footer = (await site.CreateClient().GetDocumentAsync(url)).QuerySelector("footer nav[aria-label='About this site']");

            var link = Assert.Single(footer!.QuerySelectorAll("a"));
            Assert.Equal(("/beta/second", "About the fixtures"), (link.GetAttribute("href"), link.TextContent));
        }
    }

    [Fact]
    public void A_footer_link_to_a_page_that_does_not_exist_is_an_error_in_the_check()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        File.WriteAllText(Path.Combine(folder, "site.yml"), File.ReadAllText(Path.Combine(folder, "site.yml")).Replace("url: /beta/second", "url: /beta/gone", StringComparison.Ordinal));

        var snapshot = SnapshotBuilder.Create().Load(folder, includeDrafts: true);

        Assert.Contains(
            "content/site.yml:1:1: error: footer_links: 'About the fixtures' must have a title and the URL of a published page, not '/beta/gone'",
            snapshot.Diagnostics.Select(found => found.ToString()));
    }

    public sealed class FixtureSite() : SiteFactory(Fixtures.ContentPath);
}
