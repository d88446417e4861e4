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
            >= 500 => "Sorry, something went wrong",
            _ => "This request could not be answered",
        };
        Breadcrumbs = [new("Home", "/")];
        return Page();
    }
}
