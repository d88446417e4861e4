using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Search;

namespace RecoveryInfo.Web.Pages;

/// <summary>Search results, rendered on the server from a GET form so they work without JavaScript.</summary>
public sealed class SearchModel(ContentStore store, SiteSearch search) : SitePageModel(store)
{
    private const int TitleQueryLength = 60;

    public SearchInput Input { get; private set; } = SearchInput.From([]);
    public SearchResults Results { get; private set; } = SearchResults.None;

    /// <summary>True in the moments after start-up before the first index is ready.</summary>
    public bool IsStarting { get; private set; }

    public async Task OnGetAsync()
    {
        Input = SearchInput.From(Request.Query["q"]);
        if (!Input.IsEmpty)
        {
            var index = await search.CurrentIndexAsync(SiteSearch.DefaultWait, HttpContext.RequestAborted);
            if (index is null)
            {
                // Nothing to search yet: say so plainly, and tell clients when to try again.
                IsStarting = true;
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                Response.Headers.RetryAfter = "5";
            }
            else
            {
                Results = index.Search(Input, SiteSearch.MaxResults);
            }
        }

        SearchText = Input.Text;
        CurrentUrl = "/search";
        Breadcrumbs = [new("Home", "/")];
        PageTitle = Input.IsEmpty ? "Search"
            : IsStarting ? "Search is starting"
            : Results.TotalHits == 0 ? $"No results for “{Shorten(Input.Text)}”"
            : $"Search results for “{Shorten(Input.Text)}”";
    }

    private static string Shorten(string text) =>
        text.Length <= TitleQueryLength ? text : text[..TitleQueryLength].TrimEnd() + "…";
}
