using AngleSharp.Dom;
using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Glossary;

/// <summary>How glossary terms appear in an article and on /glossary, over HTTP.</summary>
public sealed class GlossaryPageTests : IClassFixture<GlossaryPageTests.Site>
{
    private readonly HttpClient _client;

    public GlossaryPageTests(Site site) => _client = site.CreateClient();

    public sealed class Site() : SiteFactory(GlossaryContent.Create());

    [Fact]
    public async Task Only_the_first_use_of_each_term_in_prose_opens_a_definition()
    {
        var page = await WordsPageAsync();

        var terms = page.QuerySelectorAll("a.glossary-term").Select(term => (term.Id, term.TextContent)).ToList();

        Assert.Equal(
            [("word-cbt", "talking therapy"), ("word-detox", "Detox"), ("word-urologist", "urologists"), ("word-cystitis", "Cystitis"), ("word-nice", "NICE")],
            terms);
    }

    [Fact]
    public async Task Headings_links_code_and_callouts_are_left_alone()
    {
        var page = await WordsPageAsync();

        Assert.Empty(page.QuerySelectorAll("h2 a.glossary-term, .callout a.glossary-term, code a.glossary-term, a a.glossary-term"));
        Assert.Equal("See cystitis explained, or read cystitis in code.", Sentence(page, "See "));
        var list = page.QuerySelector(".article-body li")!;
        Assert.Equal("Cystitis", list.QuerySelector("a.glossary-term")!.TextContent);
        Assert.DoesNotContain(list.QuerySelectorAll("a.glossary-term"), term => term.TextContent == "nice");
    }

    [Fact]
    public async Task A_term_the_page_turns_off_is_not_explained()
    {
        var page = await WordsPageAsync();

        Assert.Null(page.QuerySelector("#word-tolerance"));
        Assert.Contains("Your tolerance drops", page.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_definition_follows_its_term_with_links_to_the_page_and_the_glossary()
    {
        var page = await WordsPageAsync();

        var term = page.QuerySelector("#word-detox")!;
        var definition = page.QuerySelector("#define-detox")!;

        Assert.Equal("#define-detox", term.GetAttribute("href"));
        Assert.Same(definition, term.NextElementSibling);
        Assert.Equal("The time when your body clears a drug.", page.QuerySelector($"#{term.GetAttribute("aria-describedby")}")!.TextContent.Replace("Detox: ", "", StringComparison.Ordinal));
        Assert.Equal("/beta/first#help", definition.QuerySelector("a.glossary-more")!.GetAttribute("href"));
        Assert.Equal("/glossary#detox", definition.QuerySelector("a.glossary-all")!.GetAttribute("href"));
        Assert.Equal("#word-detox", definition.QuerySelector("a.glossary-close")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("#define-urologist a.glossary-more"));
        Assert.Equal("P", term.ParentElement!.TagName);
    }

    [Fact]
    public async Task The_glossary_page_lists_every_term_a_to_z_each_at_its_own_anchor()
    {
        var page = await _client.GetDocumentAsync("/glossary");

        Assert.Equal("Words explained", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal(["CBT", "Cystitis", "Detox", "NICE", "Tolerance", "Urologist"], page.QuerySelectorAll("dl dfn").Select(term => term.TextContent));
        Assert.Equal(["cbt", "cystitis", "detox", "nice", "tolerance", "urologist"], page.QuerySelectorAll(".glossary-entry").Select(entry => entry.Id));
        Assert.All(page.QuerySelectorAll(".glossary-entry"), entry => Assert.Equal($"#{entry.Id}", entry.QuerySelector("a.permalink")!.GetAttribute("href")));
        Assert.Equal(["#letter-c", "#letter-d", "#letter-n", "#letter-t", "#letter-u"], page.QuerySelectorAll(".glossary-letters a").Select(link => link.GetAttribute("href")));
        Assert.Equal("Also written as: detoxification", page.QuerySelector("#detox .glossary-forms")!.TextContent);
        Assert.Equal("/beta/second", page.QuerySelector("#cystitis dd a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Glossary_urls_are_canonical()
    {
        using var site = new SiteFactory(GlossaryContent.Create());
        var response = await site.CreateRawClient().GetAsync("/Glossary/");

        Assert.Equal(301, (int)response.StatusCode);
        Assert.Equal("/glossary", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task There_is_no_glossary_page_without_glossary_yml()
    {
        using var site = new SiteFactory(Fixtures.CopyContent(Fixtures.ContentPath));

        Assert.Equal(404, (int)(await site.CreateClient().GetAsync("/glossary")).StatusCode);
    }

    private Task<IDocument> WordsPageAsync() => _client.GetDocumentAsync("/alpha/words");

    private static string Sentence(IDocument page, string start) =>
        page.QuerySelectorAll(".article-body p").Select(paragraph => paragraph.TextContent).Single(text => text.StartsWith(start, StringComparison.Ordinal)).Split(" Your")[0];
}
