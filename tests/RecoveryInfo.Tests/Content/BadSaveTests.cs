using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Files;
using Serilog.Events;

namespace RecoveryInfo.Tests.Content;

/// <summary>
/// An editor saves beta/second.md in a broken state while the site runs. The page must keep its
/// last good version, and the problem must be reported once, exactly, with file, line and column.
/// </summary>
public sealed class BadSaveTests
{
    private const string Victim = "beta/second.md";
    private const string LastGoodWarning = "1:1: warning: the last good version of this page is still being served until the errors in this file are fixed";

    public static TheoryData<string, string> BadSaves => new()
    {
        { "invalid YAML", "2:8: error: invalid YAML: While scanning a multi-line double-quoted scalar, found wrong indentation. (is a quote left open?)" },
        { "unclosed bracket", "2:1: error: invalid YAML: it could not be read; look for an unclosed [, { or quote" },
        { "missing required field", "1:1: error: front matter is missing the required field 'description'" },
        { "wrong type", "4:8: error: 'order' must be a whole number, not 'second'" },
        { "impossible date", "5:16: error: 'last_reviewed' must be a real date written as YYYY-MM-DD, not '2026-02-30'" },
        { "not UTF-8", "16:11: error: the file is not valid UTF-8 text (byte 0xE9 here); save it with UTF-8 encoding" },
        { "empty file", "1:1: error: the file is empty; if a save went wrong, undo it or restore the file from version control" },
        { "5 MB file", "1:1: error: the file is 5 MB, over the 1 MB limit, so it was not read; split it into smaller articles" },
        { "replaced by a symbolic link", "1:1: error: is a symbolic link; links are never followed, so it is not published. Copy the file here instead" },
    };

    [Theory]
    [MemberData(nameof(BadSaves))]
    public async Task A_bad_save_keeps_the_last_good_page_and_reports_the_exact_problem(string badSave, string expected)
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        using var site = new SiteFactory(folder, "Development");
        var client = site.CreateClient();
        await Eventually.PageShows(client, "/beta/second", "Second article");
        var prefix = $"{Path.GetFileName(folder)}/{Victim}:";

        Save(folder, badSave);

        var report = await Eventually.Until(() => ContentReportAsync(client), lines => lines.Contains(prefix + expected), $"/_content to list '{expected}'");
        Assert.Contains(prefix + LastGoodWarning, report);

        var page = await client.GetDocumentAsync("/beta/second");
        Assert.Equal("Second article", page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("pinned", page.QuerySelector(".article-body h2")?.Id);
        var banner = page.QuerySelectorAll("main .content-problems li code").Select(code => code.TextContent).ToList();
        Assert.Contains(prefix + expected, banner);
        Assert.Contains(prefix + LastGoodWarning, banner);

        // Another editor's save rebuilds everything again; the unchanged problem is not logged again.
        ContentFiles.Write(folder, "alpha/only.md", ContentFiles.Article("Only article, edited"));
        await Eventually.PageShows(client, "/alpha/only", "Only article, edited");
        var logged = site.Logs.Events.Where(logEvent => logEvent.RenderMessage() == prefix + expected).ToList();
        Assert.Equal(LogEventLevel.Warning, Assert.Single(logged).Level);
        Assert.Contains(prefix + expected, await ContentReportAsync(client));
        Assert.Equal("Second article", (await client.GetDocumentAsync("/beta/second")).QuerySelector("main h1")?.TextContent);
    }

    [Fact]
    public async Task Fixing_the_file_publishes_it_and_clears_the_banner()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        using var site = new SiteFactory(folder, "Development");
        var client = site.CreateClient();
        var good = File.ReadAllText(Path.Combine(folder, Victim));
        Save(folder, "impossible date");
        await Eventually.Until(() => ContentReportAsync(client), lines => lines.Any(line => line.Contains("2026-02-30")), "the bad date to be reported");

        File.WriteAllText(Path.Combine(folder, Victim), good.Replace("title: Second article", "title: Second article, fixed"));

        var page = await Eventually.PageShows(client, "/beta/second", "Second article, fixed");
        Assert.Empty(page.QuerySelectorAll("main .content-problems li"));
        Assert.DoesNotContain(await ContentReportAsync(client), line => line.Contains(Victim));
    }

    [Fact]
    public async Task A_new_article_whose_first_save_is_broken_shows_its_problems_on_its_404_in_development()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        using var site = new SiteFactory(folder, "Development");
        var client = site.CreateClient();

        ContentFiles.Write(folder, "beta/Brand New.md", "---\ntitle: Brand new\n---\n\nText.\n");

        var expected = $"{Path.GetFileName(folder)}/beta/Brand New.md:1:1: error: front matter is missing the required field 'description'";
        await Eventually.Until(() => ContentReportAsync(client), lines => lines.Contains(expected), "the new file's problem to be reported");
        var response = await client.GetAsync("/beta/brand-new");
        Assert.Equal(404, (int)response.StatusCode);
        var page = await Html.ParseAsync(response);
        Assert.Equal([expected], page.QuerySelectorAll("main .content-problems li code").Select(code => code.TextContent));
    }

    [Fact]
    public void A_file_gone_between_listing_and_opening_is_reported_not_thrown()
    {
        // The moment between the loader listing a file and opening it cannot be held open from
        // outside, so this asks the reader directly about a name that opens nothing.
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        var diagnostics = new List<ContentDiagnostic>();

        var text = ContentFileReader.ReadText(Path.Combine(folder, "beta", "gone.md"), "content/beta/gone.md", diagnostics);

        Assert.Null(text);
        Assert.Equal(
            "content/beta/gone.md:1:1: warning: the file disappeared while it was being read (renamed or deleted during a save?)",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public async Task Outside_development_a_bad_save_keeps_the_page_with_no_banner_and_no_report_page()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();
        var store = site.Services.GetRequiredService<ContentStore>();
        var expected = $"{Path.GetFileName(folder)}/{Victim}:5:16: error: 'last_reviewed' must be a real date written as YYYY-MM-DD, not '2026-02-30'";
        // The first load runs beside start-up: a save it reads first has no good version to keep.
        await Eventually.PageShows(client, "/beta/second", "Second article");

        Save(folder, "impossible date");

        await Eventually.Until(() => Task.FromResult(site.Logs.Messages.ToList()), messages => messages.Contains(expected), "the problem to be logged");
        Assert.Contains(expected, store.Current.Diagnostics.Select(diagnostic => diagnostic.ToString()));
        var page = await client.GetDocumentAsync("/beta/second");
        Assert.Equal("Second article", page.QuerySelector("main h1")?.TextContent);
        Assert.Null(page.QuerySelector(".content-problems"));
        Assert.Equal(404, (int)(await client.GetAsync("/_content")).StatusCode);
        Assert.Null((await client.GetDocumentAsync("/beta/nothing-here")).QuerySelector(".content-problems"));
    }

    [Fact]
    public async Task A_broken_topic_settings_file_keeps_the_topic_where_it_was()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        ContentFiles.Write(folder, "beta/_topic.yml", "title: Beta section\nslug: bee\norder: 1\n");
        using var site = new SiteFactory(folder, "Development");
        var client = site.CreateClient();
        await Eventually.PageShows(client, "/bee", "Beta section");

        ContentFiles.Write(folder, "beta/_topic.yml", "title: [Beta section\nslug: bee\n");

        var prefix = $"{Path.GetFileName(folder)}/beta/_topic.yml:";
        var report = await Eventually.Until(() => ContentReportAsync(client), lines => lines.Any(line => line.StartsWith(prefix, StringComparison.Ordinal)), "the broken section file to be reported");
        Assert.Contains(prefix + "1:1: warning: the last good settings of this topic are still being used until the errors in this file are fixed", report);
        await Eventually.PageShows(client, "/bee", "Beta section");
        await Eventually.PageShows(client, "/bee/first", "First article");
    }

    [Fact]
    public async Task Site_settings_that_lose_the_emergency_numbers_keep_the_last_good_settings()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        using var site = new SiteFactory(folder, "Development");
        var client = site.CreateClient();

        ContentFiles.Write(folder, "site.yml", "name: Careless Save\n");

        var prefix = $"{Path.GetFileName(folder)}/site.yml:";
        var report = await Eventually.Until(() => ContentReportAsync(client), lines => lines.Any(line => line.StartsWith(prefix, StringComparison.Ordinal)), "the settings problem to be reported");
        Assert.Contains(prefix + "1:1: error: urgent_help has no emergency numbers; every page must show at least one (emergency: - region: … number: …)", report);
        var home = await client.GetDocumentAsync("/");
        Assert.Equal("Fixture Site", home.QuerySelector("header .site-name")?.TextContent.Trim());
        Assert.Contains(home.QuerySelectorAll(".urgent-help a"), link => link.GetAttribute("href") == "tel:555");
    }

    /// <summary>Each kind of bad save an editor (or an editor's tool) can make.</summary>
    private static void Save(string folder, string badSave)
    {
        var path = Path.Combine(folder, Victim);
        var good = File.ReadAllText(path);
        switch (badSave)
        {
            case "invalid YAML":
                File.WriteAllText(path, good.Replace("title: Second article", "title: \"Second article"));
                break;
            case "unclosed bracket":
                File.WriteAllText(path, good.Replace("title: Second article", "title: [Second article"));
                break;
            case "missing required field":
                File.WriteAllText(path, good.Replace("description: The second article of the beta section.\n", ""));
                break;
            case "wrong type":
                File.WriteAllText(path, good.Replace("order: 2", "order: second"));
                break;
            case "impossible date":
                File.WriteAllText(path, good.Replace("last_reviewed: 2026-02-01", "last_reviewed: 2026-02-30"));
                break;
            case "not UTF-8":
                File.WriteAllBytes(path, Encoding.Latin1.GetBytes(good.Replace("Pinned section text.", "Pinned caf\u00e9 text.")));
                break;
            case "empty file":
                File.WriteAllBytes(path, []);
                break;
            case "5 MB file":
                File.WriteAllText(path, good + new string('x', (5 * 1024 * 1024) - good.Length));
                break;
            case "replaced by a symbolic link":
                // Links are never followed, even one that points nowhere.
                File.Delete(path);
                File.CreateSymbolicLink(path, Path.Combine(folder, "nowhere", "second.md"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(badSave), badSave, null);
        }
    }

    private static async Task<List<string>> ContentReportAsync(HttpClient client) =>
        [.. (await client.GetDocumentAsync("/_content")).QuerySelectorAll("main li code").Select(code => code.TextContent)];
}
