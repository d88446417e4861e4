using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Pages;

/// <summary>The page shown for 404s, 500s and other error statuses, always with navigation and urgent help.</summary>
public sealed class StatusModel(ContentStore store) : SitePageModel(store)
{
    public int Code { get; private set; }

    public IActionResult OnGet(int code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        if (!reExecuted)
        {
            return NotFound();
        }

        Code = code;
        PageTitle = code switch
        {
            404 => "Page not found",
            410 => "This page has been removed",
            429 => "Please wait a moment",
            >= 500 => "Sorry, something went wrong",
            _ => "This request could not be answered",
        };
        Breadcrumbs = [new("Home", "/")];
        if (code == 404 && HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath is { } missing)
        {
            SourcePaths = FilesThatWouldServe(missing);
        }

        return Page();
    }

    /// <summary>
    /// A new article whose first save is broken has no page yet; its problems belong on the 404
    /// its editor gets. Only problem files are considered, so this reads no disk.
    /// </summary>
    private string[] FilesThatWouldServe(string path)
    {
        var segments = path.Trim('/').Split('/');
        return [.. Snapshot.Diagnostics.Select(diagnostic => diagnostic.Path).Distinct().Where(file =>
        {
            var parts = file.Split('/');
            return segments.Length == 2 && parts.Length >= 2
                && Slugs.FromName(Path.GetFileNameWithoutExtension(parts[^1])) == segments[1]
                && Slugs.FromName(parts[^2]) == segments[0];
        })];
    }
}
