using System.Net;
using System.Text;
using AngleSharp;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Export;

namespace RecoveryInfo.Tests.Export;

public sealed class ExportTests(ExportFixture export) : IClassFixture<ExportFixture>
{
    private ContentSnapshot Snapshot => export.Site.Services.GetRequiredService<ContentStore>().Current;

    [Fact]
    public void The_export_finds_no_problem_in_clean_content()
    {
        Assert.Empty(export.Result.Errors);
    }

    [Fact]
    public async Task Every_page_is_exported_as_index_html_with_the_live_bytes()
    {
        var urls = new[] { "/" }
            .Concat(Snapshot.Topics.Select(section => section.Url))
            .Concat(Snapshot.Articles.Select(article => article.Url))
            .ToList();
        Assert.Contains("/care/next-steps", urls);
        var client = export.Site.CreateRawClient();

        foreach (var url in urls)
        {
            // Byte for byte the live page, except the search form a static host cannot answer.
            var live = SearchFormRewriter.Rewrite(await client.GetStringAsync(url), "");
            var file = url == "/" ? "index.html" : url.TrimStart('/') + "/index.html";
            Assert.True(Encoding.UTF8.GetBytes(live).AsSpan().SequenceEqual(export.ReadBytes(file)), $"{file} differs from the live {url}");
        }
    }

    [Fact]
    public async Task No_exported_page_offers_a_search_form_that_cannot_work()
    {
        var live = await Parse(await export.Site.CreateRawClient().GetStringAsync("/care/first-steps"));
        Assert.NotNull(live.QuerySelector("form[action='/search']"));

        foreach (var page in Directory.EnumerateFiles(export.OutputFolder, "*.html", SearchOption.AllDirectories))
        {
            var document = await Parse(File.ReadAllText(page));
            Assert.Empty(document.QuerySelectorAll("form[action='/search']"));
            // The offline page has no search box at all: with no connection it could not work.
            if (document.QuerySelector("main") is not null && Path.GetRelativePath(export.OutputFolder, page) != Path.Combine("offline", "index.html"))
            {
                Assert.NotNull(document.QuerySelector("header .search-unavailable"));
            }
        }
    }

    [Theory]
    [InlineData("/feed.xml", "feed.xml")]
    [InlineData("/sitemap.xml", "sitemap.xml")]
    [InlineData("/robots.txt", "robots.txt")]
    [InlineData("/js/share.js", "js/share.js")]
    [InlineData("/css/site.css", "css/site.css")]
    [InlineData("/favicon.svg", "favicon.svg")]
    public async Task Feed_and_assets_are_exported_with_the_live_bytes(string url, string file)
    {
        var live = await export.Site.CreateRawClient().GetByteArrayAsync(url);

        Assert.Equal(live, export.ReadBytes(file));
    }

    [Fact]
    public async Task The_fingerprinted_stylesheet_the_pages_reference_is_at_its_path()
    {
        var home = await Parse(export.ReadText("index.html"));
        var href = home.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");

        Assert.NotNull(href);
        Assert.Contains("?v=", href);
        var live = await export.Site.CreateRawClient().GetByteArrayAsync(href);
        Assert.Equal(live, export.ReadBytes(href.TrimStart('/').Split('?')[0]));
    }

    [Fact]
    public async Task The_404_page_is_the_live_not_found_page()
    {
        var response = await export.Site.CreateRawClient().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var live = SearchFormRewriter.Rewrite(await response.Content.ReadAsStringAsync(), "");
        Assert.Equal(Encoding.UTF8.GetBytes(live), export.ReadBytes("404.html"));
    }

    [Fact]
    public async Task Every_alias_has_a_redirects_line_and_a_redirect_page()
    {
        Assert.NotEmpty(Snapshot.Redirects);
        var lines = export.ReadText("_redirects").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        foreach (var (alias, target) in Snapshot.Redirects)
        {
            Assert.Contains($"{alias} {target} 301", lines);
            var page = await Parse(export.ReadText(alias.TrimStart('/') + "/index.html"));
            Assert.Equal($"0; url={target}", page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
            Assert.Equal("http://localhost:5080" + target, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Equal(target, page.QuerySelector("body a")?.GetAttribute("href"));
            Assert.Empty(page.QuerySelectorAll("script"));
        }
    }

    [Fact]
    public async Task Every_local_link_and_anchor_in_the_export_resolves_to_an_exported_file()
    {
        var pages = Directory.EnumerateFiles(export.OutputFolder, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count >= 8, $"only {pages.Count} pages exported");
        var checkedLinks = 0;

        foreach (var page in pages)
        {
            var document = await Parse(File.ReadAllText(page));
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var link = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                var (path, fragment) = Split(link);
                var target = ExistingFile(path);
                Assert.True(target is not null, $"{link} in {Path.GetRelativePath(export.OutputFolder, page)} has no exported file");
                if (fragment.Length > 0)
                {
                    var targetDocument = await Parse(File.ReadAllText(target));
                    Assert.True(targetDocument.GetElementById(fragment) is not null, $"{link} in {page}: no element with id '{fragment}'");
                }

                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 50, $"only {checkedLinks} links checked");
    }

    [Fact]
    public async Task Precompressed_twins_and_files_the_site_does_not_serve_are_left_out()
    {
        var exporter = new SiteExporter(export.Site.CreateRawClient(), "http://localhost:5080", "", TextWriter.Null);

        var site = await exporter.ExportAsync(Snapshot, ["/css/site.css", "/css/site.css.br", "/css/site.css.gz", "/unserved.bin"]);

        Assert.Empty(site.Errors);
        Assert.Contains("css/site.css", site.Files.Keys);
        Assert.DoesNotContain(site.Files.Keys, file => file.EndsWith(".br", StringComparison.Ordinal) || file.EndsWith(".gz", StringComparison.Ordinal) || file.EndsWith(".bin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_broken_local_link_stops_the_export()
    {
        var content = ExportFixture.CleanContent();
        File.AppendAllText(Path.Combine(content, "care", "next-steps.md"), "\nSee [the stylesheet](/css/missing.css).\n");
        using var site = new Infrastructure.SiteFactory(content);
        var exporter = new SiteExporter(site.CreateRawClient(), "http://localhost:5080", "", TextWriter.Null);

        var result = await exporter.ExportAsync(site.Services.GetRequiredService<ContentStore>().Current, []);

        Assert.Contains("/css/missing.css (linked from /care/next-steps) answered 404", result.Errors);
    }

    [Fact]
    public void Drafts_are_not_exported()
    {
        Assert.DoesNotContain(export.Result.Files.Keys, file => file.Contains("unfinished", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(export.OutputFolder, "care", "unfinished")));
    }

    [Fact]
    public void Nothing_is_written_outside_the_output_folder()
    {
        Assert.Equal([export.OutputFolder], Directory.EnumerateFileSystemEntries(export.Parent));
        var written = Directory.EnumerateFiles(export.OutputFolder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(export.OutputFolder, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(export.Result.Files.Keys.Append(ExportWriter.ManifestFile).Order(StringComparer.Ordinal), written);
    }

    [Fact]
    public void Progress_names_every_file()
    {
        var progress = export.Progress.ToString();

        foreach (var file in export.Result.Files.Keys.Where(file => file.EndsWith("index.html", StringComparison.Ordinal)))
        {
            Assert.Contains(file, progress);
        }
    }

    private static (string Path, string Fragment) Split(string link)
    {
        var hash = link.IndexOf('#');
        var withoutFragment = hash < 0 ? link : link[..hash];
        return (withoutFragment.Split('?')[0], hash < 0 ? "" : link[(hash + 1)..]);
    }

    private string? ExistingFile(string path)
    {
        var relative = path.Trim('/');
        var candidates = new[] { Path.Combine(export.OutputFolder, relative), Path.Combine(export.OutputFolder, relative, "index.html") };
        return candidates.FirstOrDefault(File.Exists);
    }

    private static Task<IDocument> Parse(string html) =>
        BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));
}
