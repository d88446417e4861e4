using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Pages;

/// <summary>The urgent-help box on every page leads with the home numbers; others are one tap away.</summary>
public sealed class UrgentHelpBoxTests(UrgentHelpBoxTests.FixtureSite site) : IClassFixture<UrgentHelpBoxTests.FixtureSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/beta/first")]
    public async Task Home_numbers_come_first_and_numbers_for_elsewhere_sit_in_a_closed_disclosure(string url)
    {
        var box = (await site.CreateClient().GetDocumentAsync(url)).QuerySelector("aside.urgent-help")!;

        Assert.Equal(["tel:555"], box.QuerySelectorAll(".urgent-numbers a").Select(link => link.GetAttribute("href")));
        var elsewhere = box.QuerySelector("details.urgent-elsewhere")!;
        Assert.False(elsewhere.HasAttribute("open"));
        Assert.Equal("Outside the UK", elsewhere.QuerySelector("summary")?.TextContent);
        Assert.Equal(["tel:777", "tel:0700700"], elsewhere.QuerySelectorAll("a").Select(link => link.GetAttribute("href")));
        Assert.DoesNotContain(box.QuerySelectorAll("a").Where(link => link.Closest("details") is null), link => link.GetAttribute("href") is "tel:777" or "tel:0700700");
    }

    [Fact]
    public async Task A_text_only_line_opens_a_text_with_its_message_and_every_number_is_a_link()
    {
        var box = (await site.CreateClient().GetDocumentAsync("/")).QuerySelector("aside.urgent-help")!;

        var text = Assert.Single(box.QuerySelectorAll("a"), link => link.TextContent == "text HELLO to 80808");
        Assert.Equal("sms:80808?body=HELLO", text.GetAttribute("href"));
        Assert.All(box.QuerySelectorAll("li"), item => Assert.Contains(
            item.QuerySelectorAll("a"), link => link.GetAttribute("href")!.StartsWith("tel:", StringComparison.Ordinal) || link.GetAttribute("href")!.StartsWith("sms:", StringComparison.Ordinal)));
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
