using Microsoft.AspNetCore.Mvc;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Pages;

public sealed class SectionModel(ContentStore store) : SitePageModel(store)
{
    public Section Section { get; private set; } = null!;

    /// <param name="section">Null when the segment is only whitespace ("/%20"): model binding turns that into null.</param>
    public IActionResult OnGet(string? section)
    {
        if (section is null || Snapshot.FindSection(section) is not { } found)
        {
            return NotFound();
        }

        Section = found;
        PageTitle = found.Title;
        Description = found.Description;
        CurrentSectionSlug = found.Slug;
        CurrentUrl = found.Url;
        Breadcrumbs = [new("Home", "/")];
        SourcePaths = [found.SourcePath];
        return Page();
    }
}
