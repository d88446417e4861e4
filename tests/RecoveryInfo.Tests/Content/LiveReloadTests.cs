using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Content;

/// <summary>
/// Each test edits its own copy of the fixture content while the site runs (in Production, where
/// live reload must work too) and waits for the change to show over HTTP.
/// </summary>
public sealed class LiveReloadTests
{
    [Fact]
    public async Task Editing_an_article_shows_everywhere_it_appears()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();
        await Eventually.PageShows(client, "/beta/first", "First article");

        ReplaceLine(folder, "beta/first.md", "title: First article", "title: First article, edited");

        await Eventually.PageShows(client, "/beta/first", "First article, edited");
        var second = await client.GetDocumentAsync("/beta/second");
        Assert.Contains("First article, edited", second.QuerySelector(".pagination a[rel='prev']")?.TextContent);
        var home = await client.GetDocumentAsync("/");
        Assert.Contains(home.QuerySelectorAll(".home-section a"), link => link.TextContent == "First article, edited");
        var section = await client.GetDocumentAsync("/beta");
        Assert.Contains(section.QuerySelectorAll(".article-list a"), link => link.TextContent == "First article, edited");
    }

    [Fact]
    public async Task Adding_an_article_shows_it_in_its_topic_home_and_previous_next()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();
        Assert.Equal(404, (int)(await client.GetAsync("/beta/third")).StatusCode);

        ContentFiles.Write(folder, "beta/third.md", ContentFiles.Article("Third article", order: 3));

        await Eventually.PageShows(client, "/beta/third", "Third article");
        var second = await client.GetDocumentAsync("/beta/second");
        Assert.Equal("/beta/third", second.QuerySelector(".pagination a[rel='next']")?.GetAttribute("href"));
        var section = await client.GetDocumentAsync("/beta");
        Assert.Equal(["/beta/first", "/beta/second", "/beta/third"], section.QuerySelectorAll(".article-list > li > a").Select(link => link.GetAttribute("href")));
        var home = await client.GetDocumentAsync("/");
        Assert.Contains(home.QuerySelectorAll(".home-section a"), link => link.GetAttribute("href") == "/beta/third");
    }

    [Fact]
    public async Task The_sitemap_follows_additions_and_deletions()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();
        Assert.DoesNotContain(await SitemapPathsAsync(client), path => path == "/beta/third");

        ContentFiles.Write(folder, "beta/third.md", ContentFiles.Article("Third article", order: 3));
        await Eventually.Until(() => SitemapPathsAsync(client), paths => paths.Contains("/beta/third"), "the sitemap to list the new article");

        File.Delete(Path.Combine(folder, "beta", "first.md"));
        await Eventually.Until(() => SitemapPathsAsync(client), paths => !paths.Contains("/beta/first"), "the sitemap to drop the deleted article");
        Assert.Contains("/beta/third", await SitemapPathsAsync(client));
    }

    [Fact]
    public async Task Renaming_an_article_moves_it_to_its_new_url()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();
        await Eventually.PageShows(client, "/beta/second", "Second article");

        File.Move(Path.Combine(folder, "beta", "second.md"), Path.Combine(folder, "beta", "renamed.md"));

        await Eventually.PageShows(client, "/beta/renamed", "Second article");
        Assert.Equal(404, (int)(await client.GetAsync("/beta/second")).StatusCode);
        var first = await client.GetDocumentAsync("/beta/first");
        Assert.Equal("/beta/renamed", first.QuerySelector(".pagination a[rel='next']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Deleting_an_article_removes_it_and_an_emptied_topic_goes_too()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();
        await Eventually.PageShows(client, "/alpha/only", "Only article");

        // In Production alpha's only other files are a draft and an invalid article, so alpha empties.
        File.Delete(Path.Combine(folder, "alpha", "only.md"));

        await Eventually.StatusIs(client, "/alpha/only", 404);
        Assert.Equal(404, (int)(await client.GetAsync("/alpha")).StatusCode);
        var home = await client.GetDocumentAsync("/");
        Assert.Equal(["/beta"], home.QuerySelectorAll("nav[aria-label='Main'] a").Select(link => Fixtures.TopicOf(link.GetAttribute("href"))));
    }

    [Fact]
    public async Task Adding_renaming_and_deleting_a_topic_follow_in_navigation()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();

        ContentFiles.Write(folder, "gamma/_topic.yml", "title: Gamma section\norder: 3\ndescription: Added while running.\n");
        ContentFiles.Write(folder, "gamma/news.md", ContentFiles.Article("Gamma news"));
        await Eventually.PageShows(client, "/gamma", "Gamma section");
        Assert.Equal(["/beta", "/alpha", "/gamma"], await NavigationAsync(client));

        Directory.Move(Path.Combine(folder, "gamma"), Path.Combine(folder, "delta"));
        await Eventually.PageShows(client, "/delta/news", "Gamma news");
        Assert.Equal(404, (int)(await client.GetAsync("/gamma")).StatusCode);
        Assert.Equal(["/beta", "/alpha", "/delta"], await NavigationAsync(client));

        ReplaceLine(folder, "delta/_topic.yml", "order: 3", "order: 0");
        await Eventually.Until(() => NavigationAsync(client), urls => urls.SequenceEqual(["/delta", "/beta", "/alpha"]), "the section order to change");

        Directory.Delete(Path.Combine(folder, "delta"), recursive: true);
        await Eventually.StatusIs(client, "/delta", 404);
        Assert.Equal(["/beta", "/alpha"], await NavigationAsync(client));
    }

    [Fact]
    public async Task Editing_site_settings_changes_every_page()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();

        ReplaceLine(folder, "site.yml", "name: Fixture Site", "name: Renamed Site");
        ReplaceLine(folder, "site.yml", "      number: \"555\"", "      number: \"556\"");

        await Eventually.PageShows(client, "/", "Renamed Site");
        var article = await client.GetDocumentAsync("/alpha/only");
        Assert.Equal("Renamed Site", article.QuerySelector("header .site-name")?.TextContent.Trim());
        Assert.Contains(article.QuerySelectorAll(".urgent-help a"), link => link.GetAttribute("href") == "tel:556");
    }

    [Fact]
    public async Task Deleting_site_settings_keeps_the_urgent_help_numbers_and_reports_an_error()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();
        var store = site.Services.GetRequiredService<ContentStore>();

        File.Delete(Path.Combine(folder, "site.yml"));

        var expected = $"{Path.GetFileName(folder)}/site.yml:1:1: error: site.yml is missing; the site name and the urgent-help numbers come from it, so the last good settings are kept";
        await Eventually.Until(() => Task.FromResult(store.Current.Diagnostics.Select(d => d.ToString()).ToList()), found => found.Contains(expected), "the missing settings to be reported");
        var page = await client.GetDocumentAsync("/alpha/only");
        Assert.Equal("Fixture Site", page.QuerySelector("header .site-name")?.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll(".urgent-help a"), link => link.GetAttribute("href") == "tel:555");
    }

    [Fact]
    public async Task A_content_folder_that_is_removed_keeps_serving_and_a_replacement_is_picked_up()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();
        var store = site.Services.GetRequiredService<ContentStore>();
        var aside = folder + "-old";

        // Some deployments swap in a new copy of the folder; the old one's file-system watch sees nothing of it.
        Directory.Move(folder, aside);
        await Eventually.Until(() => Task.FromResult(site.Logs.Messages.ToList()), messages => messages.Any(m => m.Contains("Could not rebuild the content")), "the failed rebuild to be logged");
        Assert.Equal("Only article", (await client.GetDocumentAsync("/alpha/only")).QuerySelector("main h1")?.TextContent);

        // A new copy is a new directory: the old watch cannot see into it.
        foreach (var file in Directory.EnumerateFiles(aside, "*", SearchOption.AllDirectories))
        {
            ContentFiles.Write(folder, Path.GetRelativePath(aside, file), File.ReadAllText(file));
        }

        ReplaceLine(folder, "alpha/only.md", "title: Only article", "title: Only article, after the swap");

        await Eventually.PageShows(client, "/alpha/only", "Only article, after the swap");
        ReplaceLine(folder, "beta/first.md", "title: First article", "title: First article, watched again");
        await Eventually.PageShows(client, "/beta/first", "First article, watched again");
        Assert.NotEmpty(store.Current.Articles);
    }

    [Fact]
    public async Task Polling_notices_changes_where_file_system_events_are_not_used()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        using var site = new PollingSite(folder);
        var client = site.CreateClient();
        await Eventually.Until(() => Task.FromResult(site.Logs.Messages.ToList()), messages => messages.Any(m => m.Contains("polling every")), "the watcher to start polling");

        ContentFiles.Write(folder, "beta/third.md", ContentFiles.Article("Polled article", order: 3));
        ReplaceLine(folder, "beta/first.md", "title: First article", "title: Polled edit");

        await Eventually.PageShows(client, "/beta/third", "Polled article");
        await Eventually.PageShows(client, "/beta/first", "Polled edit");
        File.Delete(Path.Combine(folder, "beta", "third.md"));
        await Eventually.StatusIs(client, "/beta/third", 404);
    }

    [Fact]
    public async Task Reads_during_rebuilds_never_fail_or_see_half_a_snapshot()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();
        var store = site.Services.GetRequiredService<ContentStore>();
        var original = File.ReadAllText(Path.Combine(folder, "beta", "first.md"));
        var writing = true;
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var reads = 0;

        async Task ReadLoop(string url)
        {
            for (var i = 0; i < 3000 && Volatile.Read(ref writing); i++)
            {
                var response = await client.GetAsync(url);
                var document = await Html.ParseAsync(response);
                Interlocked.Increment(ref reads);
                var heading = document.QuerySelector("main h1")?.TextContent ?? "";
                var betaArticles = document.QuerySelectorAll(".article-list > li > a").Length;
                if ((int)response.StatusCode != 200 || heading.Length == 0)
                {
                    failures.Add($"{url}: {(int)response.StatusCode} '{heading}'");
                }
                else if (url == "/beta" && betaArticles < 2)
                {
                    failures.Add($"{url} listed {betaArticles} articles");
                }
                else if (url == "/beta/first" && heading != "First article" && !heading.StartsWith("Version ", StringComparison.Ordinal))
                {
                    failures.Add($"{url}: unexpected heading '{heading}'");
                }
            }
        }

        var readers = new[] { "/", "/beta", "/beta/first", "/beta/second" }.Select(url => Task.Run(() => ReadLoop(url))).ToList();
        for (var version = 0; version < 30; version++)
        {
            File.WriteAllText(Path.Combine(folder, "beta", "first.md"), original.Replace("title: First article", $"title: Version {version}"));
            if (version % 2 == 0)
            {
                ContentFiles.Write(folder, "beta/extra.md", ContentFiles.Article($"Extra {version}", order: 9));
            }
            else
            {
                File.Delete(Path.Combine(folder, "beta", "extra.md"));
            }

            // Rebuild directly as well as through the watcher, so swaps happen as often as possible under the readers.
            store.Reload();
            await Task.Delay(10);
        }

        await Eventually.PageShows(client, "/beta/first", "Version 29");
        Volatile.Write(ref writing, false);
        await Task.WhenAll(readers);

        Assert.Empty(failures);
        Assert.True(reads > 30, $"only {reads} reads happened while the content changed");
    }

    private static void ReplaceLine(string folder, string relativePath, string line, string replacement)
    {
        var path = Path.Combine(folder, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(line, text);
        File.WriteAllText(path, text.Replace(line, replacement));
    }

    private static async Task<List<string>> SitemapPathsAsync(HttpClient client)
    {
        var xml = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        return [.. xml.Descendants().Where(element => element.Name.LocalName == "loc").Select(loc => new Uri(loc.Value).AbsolutePath)];
    }

    /// <summary>The topics the menu links to (a topic with one page links straight to that page).</summary>
    private static async Task<List<string?>> NavigationAsync(HttpClient client) =>
        [.. (await client.GetDocumentAsync("/")).QuerySelectorAll("nav[aria-label='Main'] a").Select(link => Fixtures.TopicOf(link.GetAttribute("href")))];

    private sealed class PollingSite(string contentPath) : SiteFactory(contentPath)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Content:Watch", "Polling");
        }
    }
}
