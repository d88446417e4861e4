using Microsoft.AspNetCore.Mvc;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Pages;

public sealed class TopicModel(ContentStore store) : SitePageModel(store)
{
    public Topic Topic { get; private set; } = null!;

    /// <param name="topic">Null when the segment is only whitespace ("/%20"): model binding turns that into null.</param>
    public IActionResult OnGet(string? topic)
    {
        if (topic is null || Snapshot.FindTopic(topic) is not { } found)
        {
            return NotFound();
        }

        Topic = found;
        PageTitle = found.Title;
        Description = found.Description;
        CurrentSectionSlug = found.Slug;
        CurrentUrl = found.Url;
        Breadcrumbs = [new("Home", "/")];
        SourcePaths = [found.SourcePath];
        return Page();
    }
}
