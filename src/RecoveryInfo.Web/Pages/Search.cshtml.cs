using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Search;

namespace RecoveryInfo.Web.Pages;

/// <summary>Search results, rendered on the server from a GET form so they work without JavaScript.</summary>
public sealed class SearchModel(ContentStore store, SiteSearch search) : SitePageModel(store)
{
    private const int TitleQueryLength = 60;

    public SearchInput Input { get; private set; } = SearchInput.From([]);
    public SearchResults Results { get; private set; } = SearchResults.None;

    public void OnGet()
    {
        Input = SearchInput.From(Request.Query["q"]);
        Results = Input.IsEmpty ? SearchResults.None : search.Search(Input);
        SearchText = Input.Text;
        CurrentUrl = "/search";
        Breadcrumbs = [new("Home", "/")];
        PageTitle = Input.IsEmpty ? "Search"
            : Results.TotalHits == 0 ? $"No results for “{Shorten(Input.Text)}”"
            : $"Search results for “{Shorten(Input.Text)}”";
    }

    private static string Shorten(string text) =>
        text.Length <= TitleQueryLength ? text : text[..TitleQueryLength].TrimEnd() + "…";
}
