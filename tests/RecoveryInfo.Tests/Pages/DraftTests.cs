using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Pages;

/// <summary><c>draft: true</c> (Fixtures/content/alpha/draft.md): visible and marked in Development, absent in Production.</summary>
public sealed class DraftTests
{
    [Fact]
    public async Task In_development_a_draft_is_served_and_marked_everywhere_it_is_listed()
    {
        using var site = new SiteFactory(Fixtures.ContentPath, "Development");
        var client = site.CreateClient();

        var page = await client.GetDocumentAsync("/alpha/draft");
        Assert.Equal("Draft article", page.QuerySelector("main h1")?.TextContent);
        Assert.StartsWith("Draft", page.QuerySelector("main .draft-tag")?.TextContent);

        var section = await client.GetDocumentAsync("/alpha");
        var listed = section.QuerySelectorAll(".article-list > li").Single(item => item.QuerySelector("a")?.GetAttribute("href") == "/alpha/draft");
        Assert.Equal("Draft", listed.QuerySelector(".draft-tag")?.TextContent);

        var home = await client.GetDocumentAsync("/");
        var onHome = home.QuerySelectorAll(".home-section li").Single(item => item.QuerySelector("a")?.GetAttribute("href") == "/alpha/draft");
        Assert.Equal("Draft", onHome.QuerySelector(".draft-tag")?.TextContent);
    }

    [Fact]
    public async Task In_production_a_draft_answers_404_and_is_in_no_navigation_listing_or_sitemap()
    {
        using var site = new SiteFactory(Fixtures.ContentPath);
        var client = site.CreateClient();

        Assert.Equal(404, (int)(await client.GetAsync("/alpha/draft")).StatusCode);
        foreach (var url in new[] { "/", "/alpha", "/alpha/only", "/beta/first" })
        {
            var document = await client.GetDocumentAsync(url);
            Assert.DoesNotContain(document.QuerySelectorAll("a"), link => link.GetAttribute("href") == "/alpha/draft");
            Assert.Empty(document.QuerySelectorAll(".draft-tag"));
        }

        var sitemap = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var paths = sitemap.Descendants().Where(element => element.Name.LocalName == "loc").Select(loc => new Uri(loc.Value).AbsolutePath).ToList();
        Assert.Contains("/alpha/only", paths);
        Assert.DoesNotContain("/alpha/draft", paths);
    }

    [Fact]
    public async Task A_topic_with_only_drafts_is_absent_in_production()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        ContentFiles.Write(folder, "gamma/_topic.yml", "title: Gamma section\norder: 3\n");
        ContentFiles.Write(folder, "gamma/soon.md", ContentFiles.Article("Coming soon", extraFrontMatter: "draft: true"));
        using var production = new SiteFactory(folder);
        using var development = new SiteFactory(folder, "Development");

        Assert.Equal(404, (int)(await production.CreateClient().GetAsync("/gamma")).StatusCode);
        var home = await production.CreateClient().GetDocumentAsync("/");
        Assert.DoesNotContain(home.QuerySelectorAll("nav[aria-label='Main'] a"), link => link.GetAttribute("href") == "/gamma");
        Assert.Equal(200, (int)(await development.CreateClient().GetAsync("/gamma/soon")).StatusCode);
    }

    [Fact]
    public async Task Publishing_a_draft_shows_it_in_production_without_a_restart()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();
        Assert.Equal(404, (int)(await client.GetAsync("/alpha/draft")).StatusCode);

        var path = Path.Combine(folder, "alpha", "draft.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("draft: true\n", ""));

        await Eventually.PageShows(client, "/alpha/draft", "Draft article");
    }
}
