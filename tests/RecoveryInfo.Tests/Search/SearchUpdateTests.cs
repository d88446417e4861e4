using AngleSharp.Dom;
using Lucene.Net.Index;
using Microsoft.Extensions.DependencyInjection;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Search;
using Serilog.Events;

namespace RecoveryInfo.Tests.Search;

/// <summary>
/// The site updates one search index in place after an edit. Whatever the edits, a search must
/// answer exactly as an index built from scratch over the same files would.
/// </summary>
public sealed class SearchUpdateTests
{
    // Words the edits below add, remove, move or leave alone. Misspellings ask for near spellings,
    // which must never offer a word that only a replaced or deleted article had; "zeppelin" and
    // "hammock" are in sections alike but for that word, so they tie unless a replaced article
    // still counts in how common "zeppelin" looks.
    private static readonly string[] _queries =
    [
        "sleep", "kestrel", "kestrl", "kestrl bladder", "zeppelin", "zepelin", "zeppelin hammock", "note", "notes sleep",
        "withdrawal", "coming off", "bladder pain", "ketamine", "staying well", "recovery", "cravings", "hibernation",
    ];

    [Fact]
    public async Task After_edits_search_answers_as_a_fresh_index_of_the_same_files_does()
    {
        var folder = await CopyContentWithNotesAsync();
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();
        Assert.NotEmpty(await ResultsAsync(client, "sleep"));
        var store = site.Services.GetRequiredService<ContentStore>();

        await EditEverythingAsync(folder);
        store.Reload();
        await AssertSameAsFreshSiteAsync(client, folder);

        await EditAgainAsync(folder);
        store.Reload();
        await AssertSameAsFreshSiteAsync(client, folder);

        var search = site.Services.GetRequiredService<SiteSearch>();
        Assert.Equal(store.Current.Version, search.Index?.ContentVersion);
        Assert.Equal(SearchIndexer.BuildOnce(store.Current).DocumentCount, search.Index?.DocumentCount);
    }

    [Fact]
    public async Task Replaced_documents_not_yet_merged_away_change_no_result()
    {
        var folder = await CopyContentWithNotesAsync();
        using var site = new SiteFactory(folder);
        var store = site.Services.GetRequiredService<ContentStore>();
        using var indexer = new SearchIndexer(NoMergePolicy.NO_COMPOUND_FILES);
        indexer.Update(store.Current);

        await EditEverythingAsync(folder);
        store.Reload();
        AssertSameAsFullBuild(indexer.Update(store.Current), store.Current);

        await EditAgainAsync(folder);
        store.Reload();
        AssertSameAsFullBuild(indexer.Update(store.Current), store.Current);
    }

    [Fact]
    public async Task An_edit_re_indexes_only_the_article_that_changed()
    {
        var folder = Fixtures.CopyContent(Fixtures.SearchContentPath);
        using var site = new SiteFactory(folder);
        var client = site.CreateClient();
        Assert.NotEmpty(await ResultsAsync(client, "relapse"));
        Assert.Equal((3, 3), LastUpdate(site));

        var file = Path.Combine(folder, "recovery", "relapse.md");
        await File.AppendAllTextAsync(file, "\nA hammock helps some people rest.\n");
        site.Services.GetRequiredService<ContentStore>().Reload();
        Assert.Equal(["/recovery/relapse", "/recovery/relapse#making-a-plan"], ResultsPage.AllLinks(await ResultsPage.GetAsync(client, "hammock")));
        Assert.Equal((1, 3), LastUpdate(site));

        // Renaming a section changes what each of its articles' results say, so all of them are re-indexed.
        var sectionFile = Path.Combine(folder, "health", "_topic.yml");
        await File.WriteAllTextAsync(sectionFile, (await File.ReadAllTextAsync(sectionFile)).Replace("title: Health", "title: Body", StringComparison.Ordinal));
        site.Services.GetRequiredService<ContentStore>().Reload();
        Assert.All(await ResultsAsync(client, "bladder"), result => Assert.Equal("In Body", result[^1]));
        Assert.Equal((2, 3), LastUpdate(site));
    }

    private static async Task<string> CopyContentWithNotesAsync()
    {
        var folder = Fixtures.CopyContent(Fixtures.SearchContentPath);
        Directory.CreateDirectory(Path.Combine(folder, "notes"));
        await File.WriteAllTextAsync(Path.Combine(folder, "notes", "_topic.yml"), "title: Notes\norder: 3\ndescription: Notes for the search tests.\n");
        for (var number = 1; number <= 8; number++)
        {
            await WriteArticleAsync(folder, "notes", $"note-{number}", $"Sleep note {number}", $"Sleep is part of recovery. This note is number {number}.");
        }

        return folder;
    }

    /// <summary>An edit, a new article, a renamed one (new slug), a deleted one and a renamed section.</summary>
    private static async Task EditEverythingAsync(string folder)
    {
        var bladder = Path.Combine(folder, "health", "bladder.md");
        var text = await File.ReadAllTextAsync(bladder);
        await File.WriteAllTextAsync(bladder, text.Replace("A kestrel is only mentioned in this opening paragraph.", "", StringComparison.Ordinal)
            + "\n## Zeppelin rides\n\nA zeppelin is mentioned only after the change.\n");
        await WriteArticleAsync(folder, "recovery", "rest", "Rest", "Regular hours help sleep, and a note by the bed helps too.\n\n## Hammock rides\n\nA hammock is mentioned only after the change.");
        File.Move(Path.Combine(folder, "health", "withdrawal.md"), Path.Combine(folder, "health", "coming-off.md"));
        File.Delete(Path.Combine(folder, "notes", "note-3.md"));
        var sectionFile = Path.Combine(folder, "recovery", "_topic.yml");
        await File.WriteAllTextAsync(sectionFile, (await File.ReadAllTextAsync(sectionFile)).Replace("title: Recovery", "title: Staying well", StringComparison.Ordinal));
    }

    /// <summary>More replaced and deleted documents, on top of the first edits.</summary>
    private static async Task EditAgainAsync(string folder)
    {
        await WriteArticleAsync(folder, "notes", "note-5", "Sleep note 5", "Hibernation is not sleep. This note changed.");
        await File.AppendAllTextAsync(Path.Combine(folder, "health", "bladder.md"), "\nThe zeppelin landed.\n");
        File.Delete(Path.Combine(folder, "notes", "note-6.md"));
    }

    private static void AssertSameAsFullBuild(SearchIndex updated, ContentSnapshot snapshot)
    {
        var fresh = SearchIndexer.BuildOnce(snapshot);
        Assert.Equal(fresh.DocumentCount, updated.DocumentCount);
        foreach (var query in _queries)
        {
            var input = SearchInput.From([query]);
            Assert.Equal(Describe(fresh.Search(input, 1, SiteSearch.ResultsPerPage)), Describe(updated.Search(input, 1, SiteSearch.ResultsPerPage)));
        }
    }

    private static List<string> Describe(SearchResults results) =>
    [
        $"{results.TotalHits} hits, all words: {results.MatchedAllWords}, searched for: {results.CorrectedText}",
        .. results.Hits.Select(hit => $"{hit.Url} / {hit.TopicTitle} / {hit.ArticleTitle} / {hit.Snippet} / "
            + string.Join(" / ", hit.Sections.Select(section => $"{section.Url} / {section.Heading} / {section.Snippet}"))),
    ];

    /// <summary>Each query's results on the site, against those of a site just started over the same files.</summary>
    private static async Task AssertSameAsFreshSiteAsync(HttpClient client, string folder)
    {
        using var fresh = new SiteFactory(folder);
        var freshClient = fresh.CreateClient();
        foreach (var query in _queries)
        {
            var expected = await PageAsync(freshClient, query);
            var actual = await PageAsync(client, query);
            Assert.True(expected.SequenceEqual(actual), $"Search for \"{query}\":\nexpected {string.Join(" | ", expected)}\nactual   {string.Join(" | ", actual)}");
        }
    }

    /// <summary>What a search page tells the reader: the heading, the notes, and each result in order.</summary>
    private static async Task<List<string>> PageAsync(HttpClient client, string query)
    {
        var document = await client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));
        var said = document.QuerySelectorAll("main h1, main .search-note, main .search-pages").Select(element => element.TextContent.Trim()).ToList();
        said.AddRange((await ResultsAsync(document)).Select(result => string.Join(" / ", result)));
        return said;
    }

    private static async Task<List<string[]>> ResultsAsync(HttpClient client, string query) =>
        await ResultsAsync(await client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query)));

    private static Task<List<string[]>> ResultsAsync(IDocument document) =>
        Task.FromResult(ResultsPage.Results(document).Select(item => new[]
        {
            item.QuerySelector("h2 a")!.GetAttribute("href")!,
            item.QuerySelector("h2")!.TextContent.Trim(),
            item.QuerySelector(".search-result-snippet")!.InnerHtml.Trim(),
            string.Join(" | ", item.QuerySelectorAll(".search-result-sections li").Select(section => section.InnerHtml.Trim())),
            item.QuerySelector(".search-result-where")!.TextContent.Trim(),
        }).ToList());

    /// <summary>The articles re-indexed and the articles indexed, from the last "Search index updated" line.</summary>
    private static (int Reindexed, int Articles) LastUpdate(SiteFactory site)
    {
        var update = site.Logs.Events.Last(logEvent => logEvent.MessageTemplate.Text.StartsWith("Search index updated", StringComparison.Ordinal));
        return (Number(update, "Reindexed"), Number(update, "Articles"));
    }

    private static int Number(LogEvent logEvent, string property) => (int)((ScalarValue)logEvent.Properties[property]).Value!;

    private static Task WriteArticleAsync(string folder, string section, string slug, string title, string body) =>
        File.WriteAllTextAsync(
            Path.Combine(folder, section, slug + ".md"),
            ContentFiles.Article(title, body: $"{body}\n\n## More about {title.ToLowerInvariant()}\n\nCravings pass.\n"));
}
