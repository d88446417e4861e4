using AngleSharp.Dom;
using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Search;

/// <summary>Reads a search results page as a reader sees it: one result per page of the site, its sections under it.</summary>
public static class ResultsPage
{
    public static Task<IDocument> GetAsync(HttpClient client, string query, string extra = "") =>
        client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query) + extra);

    public static List<IElement> Results(IDocument document) => [.. document.QuerySelectorAll("main ol.search-results > li")];

    /// <summary>The link of each result, in order: one per page.</summary>
    public static List<string> PageLinks(IDocument document) =>
        [.. Results(document).Select(result => result.QuerySelector("h2 a")!.GetAttribute("href")!)];

    /// <summary>The section links listed under one result.</summary>
    public static List<string> SectionLinks(IElement result) =>
        [.. result.QuerySelectorAll(".search-result-sections a").Select(link => link.GetAttribute("href")!)];

    /// <summary>Every link in the results, each page followed by its sections.</summary>
    public static List<string> AllLinks(IDocument document) =>
        [.. Results(document).SelectMany(result => SectionLinks(result).Prepend(result.QuerySelector("h2 a")!.GetAttribute("href")!))];

    public static IElement Result(IDocument document, string pageUrl) =>
        Results(document).Single(result => result.QuerySelector("h2 a")!.GetAttribute("href") == pageUrl);

    public static IElement Section(IDocument document, string sectionUrl) =>
        document.QuerySelectorAll("main .search-result-sections > li").Single(item => item.QuerySelector("a")!.GetAttribute("href") == sectionUrl);
}
