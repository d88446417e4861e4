using Microsoft.Playwright;
using RecoveryInfo.BrowserTests.Infrastructure;

namespace RecoveryInfo.BrowserTests;

/// <summary>
/// Pictures of the home page and an article for a person to look at after each run, saved into
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
    public async Task Home_and_an_article_are_saved_as_screenshots(int width, string scheme)
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        var setup = new PageSetup(width, width < 600 ? 844 : 900, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);

        foreach (var (name, url) in new[] { ("home", SitePages.Home), ("article", SitePages.SampleArticle) })
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
