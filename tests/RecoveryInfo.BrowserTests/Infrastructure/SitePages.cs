using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Search;

namespace RecoveryInfo.BrowserTests.Infrastructure;

/// <summary>
/// Every page a reader can reach, from the real content: home, each section, each article, the
/// 404 page and the search pages. Listed when tests are discovered, so each URL is its own test case.
/// </summary>
public static class SitePages
{
    public const string Home = "/";
    public const string NotFound = "/this-page-does-not-exist";
    public const string Glossary = "/glossary";
    public const string SearchPrompt = "/search";
    public const string SearchResults = "/search?q=withdrawal";
    public const string SearchNoResults = "/search?q=qwzxv";

    /// <summary>A middle page of results (previous and next links), and a misspelt search (the "Search instead for" line).</summary>
    public const string SearchPaged = "/search?q=ketamine&page=2";
    public const string SearchCorrected = "/search?q=withdrawl";

    private static readonly Lazy<ContentSnapshot> _snapshot = new(() =>
        SnapshotBuilder.Create()
            .Load(RepositoryPaths.Content, includeDrafts: false));

    public static ContentSnapshot Snapshot => _snapshot.Value;

    public static IEnumerable<string> Urls =>
        Snapshot.Topics.Select(section => section.Url)
            .Concat(Snapshot.Articles.Select(article => article.Url))
            .Prepend(Home)
            .Append(Glossary)
            .Append(NotFound)
            .Concat(SearchUrls);

    public static IEnumerable<string> SearchUrls => [SearchPrompt, SearchResults, SearchNoResults, SearchPaged, SearchCorrected];

    public static TheoryData<string> All => [.. Urls];

    public static TheoryData<string> Articles => [.. Snapshot.Articles.Select(article => article.Url)];

    /// <summary>The article the screenshots, print and share tests use: it has contents, callouts, sources and review dates.</summary>
    public static string SampleArticle =>
        Snapshot.Articles
            .Where(article => article.Sources.Count > 0 && article.LastReviewed is not null && article.NextReview is not null)
            .OrderByDescending(article => article.Contents.Count())
            .First().Url;

    /// <summary>The article that explains the most glossary terms, and the first term it explains.</summary>
    public static (string Url, string TermId) GlossaryArticle =>
        Snapshot.Articles.OrderByDescending(article => article.GlossaryTerms.Count).Select(article => (article.Url, article.GlossaryTerms[0])).First();

    public static int ExpectedStatus(string url) => url == NotFound ? 404 : 200;
}
