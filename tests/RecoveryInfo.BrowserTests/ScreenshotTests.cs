using Microsoft.Playwright;
using RecoveryInfo.BrowserTests.Infrastructure;

namespace RecoveryInfo.BrowserTests;

/// <summary>
/// Pictures of each page type (home, topic, article, urgent help, search, not found) at phone and
/// desktop widths, light and dark, for a person to look at after each run, saved into
/// the git-ignored <c>screenshots/</c> folder of this project.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserSite site)
{
    public static TheoryData<int, string> Layouts => new()
    {
        { 390, "light" },
        { 390, "dark" },
        { 1280, "light" },
        { 1280, "dark" },
    };

    [BrowserTheory]
    [MemberData(nameof(Layouts))]
    public async Task Each_page_type_is_saved_as_screenshots(int width, string scheme)
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        var setup = new PageSetup(width, width < 600 ? 844 : 900, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);

        var pageTypes = new[]
        {
            ("home", SitePages.Home),
            ("topic", site.Snapshot.Topics.First(topic => topic.Articles.Count > 1).Url),
            ("article", SitePages.SampleArticle),
            ("urgent-help", site.Snapshot.Site.UrgentHelp.Page),
            ("search", SitePages.SearchResults),
            ("not-found", SitePages.NotFound),
        };
        foreach (var (name, url) in pageTypes)
        {
            var page = await site.OpenAsync(url, setup);
            var path = Path.Combine(RepositoryPaths.Screenshots, $"{name}-{width}-{scheme}.png");
            await page.ScreenshotAsync(new() { Path = path, FullPage = true });

            Assert.True(new FileInfo(path).Length > 10_000, $"{path} looks empty");
        }
    }

    [BrowserFact]
    public async Task The_article_is_saved_as_a_printed_pdf()
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        var page = await site.OpenAsync(SitePages.SampleArticle, PageSetup.Desktop);
        var path = Path.Combine(RepositoryPaths.Screenshots, "article-print.pdf");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await page.PdfAsync(new() { Path = path, Format = "A4" });

        Assert.True(new FileInfo(path).Length > 10_000, $"{path} looks empty");
    }
}
