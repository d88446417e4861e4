using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Search;

namespace RecoveryInfo.Web.Pages;

/// <summary>Search results, rendered on the server from a GET form so they work without JavaScript.</summary>
public sealed class SearchModel(ContentStore store, SiteSearch search) : SitePageModel(store)
{
    private const int TitleQueryLength = 60;

    /// <summary>The query parameter that asks for the words as typed, with no spelling replaced.</summary>
    public const string AsTypedParameter = "exact";

    public const string PageParameter = "page";

    public SearchInput Input { get; private set; } = SearchInput.From([]);
    public SearchResults Results { get; private set; } = SearchResults.None;

    /// <summary>True in the moments after start-up before the first index is ready.</summary>
    public bool IsStarting { get; private set; }

    public async Task OnGetAsync()
    {
        Input = SearchInput.From(Request.Query["q"]) with { AsTyped = Request.Query[AsTypedParameter] == "1" };
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
                Results = index.Search(Input, RequestedPage(), SiteSearch.ResultsPerPage);
            }
        }

        SearchText = Input.Text;
        CurrentUrl = "/search";
        Breadcrumbs = [new("Home", "/")];
        PageTitle = Input.IsEmpty ? "Search"
            : IsStarting ? "Search is starting"
            : Results.TotalHits == 0 ? $"No results for “{Shorten(Input.Text)}”"
            : Results.PageNumber > 1 ? $"Search results for “{Shorten(Input.Text)}”, page {Results.PageNumber} of {Results.PageCount}"
            : $"Search results for “{Shorten(Input.Text)}”";
    }

    /// <summary>The link to another page of these results, or to the same words searched as typed.</summary>
    public string SearchUrl(string text, bool asTyped, int pageNumber = 1)
    {
        var parameters = new Dictionary<string, string?> { ["q"] = text };
        if (asTyped)
        {
            parameters[AsTypedParameter] = "1";
        }

        if (pageNumber > 1)
        {
            parameters[PageParameter] = pageNumber.ToString(CultureInfo.InvariantCulture);
        }

        return QueryHelpers.AddQueryString("/search", parameters);
    }

    /// <summary>Any page number the URL holds, read leniently: nonsense gives the first page, one past the end the last.</summary>
    private int RequestedPage() =>
        int.TryParse(Request.Query[PageParameter].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : 1;

    private static string Shorten(string text) =>
        text.Length <= TitleQueryLength ? text : text[..TitleQueryLength].TrimEnd() + "…";
}
