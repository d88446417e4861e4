using System.Net;
using System.Text.RegularExpressions;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Checks;
using RecoveryInfo.Web.Sharing;
using static RecoveryInfo.Tests.Sharing.SharePreviews;

namespace RecoveryInfo.Tests.Sharing;

/// <summary>Discreet short links: a neutral preview, an address that says nothing, and the same section at the end.</summary>
public sealed partial class ShortLinkTests(SharingSite site) : IClassFixture<SharingSite>
{
    [GeneratedRegex("^/l/[0-9a-hjkmnp-tv-z]{8}$")]
    private static partial Regex ShortLinkShape();

    private async Task<Dictionary<string, string>> ShortLinksOnAsync(HttpClient client, string page)
    {
        var document = await client.GetDocumentAsync(page);
        var pairs = document.QuerySelector(".article-body")!.GetAttribute("data-short-links")!;
        return pairs.Split(' ').Select(pair => pair.Split('=')).ToDictionary(pair => pair[0], pair => "/l/" + pair[1]);
    }

    [Fact]
    public async Task A_short_link_names_nothing_of_the_page_or_section_and_lands_on_the_section()
    {
        var client = site.CreateRawClient();
        var link = (await ShortLinksOnAsync(client, "/beta/first"))["what-happens-next"];

        var response = await GetAsCrawlerAsync(client, link, CrawlerAgents[0]);
        var document = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(ShortLinkShape(), link);
        Assert.Equal("/beta/first#what-happens-next", Refresh(document));
        Assert.Equal("/beta/first#what-happens-next", document.QuerySelector("body a")?.GetAttribute("href"));
        Assert.Null(Canonical(document));
        Assert.Null(document.Head!.QuerySelector("meta[property='og:site_name']"));
        Assert.Equal(ShareCatalog.NeutralTitle, Meta(document, "property", "og:title"));
        Assert.Equal(ShareCatalog.NeutralCard.Url, new Uri(Meta(document, "property", "og:image")!).AbsolutePath);
        Assert.Equal((1200, 630), PngSize(await client.GetByteArrayAsync(ShareCatalog.NeutralCard.Url)));

        // Every word of the page title, the heading, the path and the site's name, and the words the
        // issue names, checked in the address, every preview tag and the words drawn on the card.
        var words = "First article What happens next beta first what-happens-next Fixture Site ketamine addiction"
            .Split(' ').Select(word => word.ToLowerInvariant()).ToList();
        var previewed = PreviewTexts(document)
            .Append(link)
            .Append(ShareCatalog.NeutralCard.Title).Append(ShareCatalog.NeutralCard.Heading!).Append(ShareCatalog.NeutralCard.SiteName)
            .ToList();
        Assert.True(previewed.Count > 10, "the preview has too few tags to be a preview");
        foreach (var text in previewed)
        {
            var textWords = WordsOf(text);
            Assert.DoesNotContain(textWords, word => words.Contains(word));
        }
    }

    [Fact]
    public async Task Codes_are_stable_across_restarts_and_replicas()
    {
        using var other = new SharingSite();
        var here = await ShortLinksOnAsync(site.CreateClient(), "/beta/first");
        var there = await ShortLinksOnAsync(other.CreateClient(), "/beta/first");

        Assert.Equal(here, there);
        Assert.Equal(ShortLinks.Prefix + ShortLinks.Code("/beta/first", "help"), here["help"]);
    }

    [Theory]
    [InlineData("/beta/first", "old-heading", "/beta/first#what-happens-next")]
    [InlineData("/old/first-article", "help", "/beta/first#help")]
    [InlineData("/old/first-article", "old-heading", "/beta/first#what-happens-next")]
    public async Task Links_made_before_a_heading_was_renamed_or_a_page_moved_still_land(string pageUrl, string id, string lands)
    {
        var document = await site.CreateClient().GetDocumentAsync(ShortLinks.Prefix + ShortLinks.Code(pageUrl, id));

        Assert.Equal(lands, Refresh(document));
    }

    [Theory]
    [InlineData("/l/zzzzzzzz")]
    [InlineData("/l/short")]
    [InlineData("/l/%3Cscript%3Exss-marker%3C%2Fscript%3E")]
    [InlineData("/l/..%2F..%2Fxss-marker")]
    [InlineData("/l/xss-marker-and-a-great-deal-more-than-eight-characters")]
    public async Task Unknown_or_hostile_codes_answer_404_and_are_never_repeated(string url)
    {
        var response = await site.CreateRawClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("xss-marker", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("zzzzzzzz", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_reports_two_sections_that_would_share_a_code()
    {
        var snapshot = SnapshotBuilder.Create().Load(Fixtures.ContentPath, includeDrafts: false);
        var diagnostics = new List<ContentDiagnostic>();

        // A code of one character: the fixture's sections cannot all have their own.
        ShortLinkChecks.Run(snapshot.Topics, snapshot.Redirects, snapshot.AsOf, diagnostics, (url, id) => ((url + id).Length % 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var clean = new List<ContentDiagnostic>();
        ShortLinkChecks.Run(snapshot.Topics, snapshot.Redirects, snapshot.AsOf, clean);

        Assert.Contains(diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Message.Contains("discreet short link /l/", StringComparison.Ordinal));
        Assert.Empty(clean);
    }

    private static IEnumerable<string> WordsOf(string text) =>
        Regex.Split(text.ToLowerInvariant(), "[^a-z0-9-]+").Where(word => word.Length > 0).SelectMany(word => word.Split('-').Append(word));
}
