using Microsoft.AspNetCore.Mvc;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Pages;

public sealed class ArticleModel(ContentStore store) : SitePageModel(store)
{
    public Article Article { get; private set; } = null!;
    public Article? Previous { get; private set; }
    public Article? Next { get; private set; }

    public IActionResult OnGet(string topic, string article)
    {
        if (Snapshot.FindArticle($"/{topic}/{article}") is not { } found || Snapshot.FindTopic(found.TopicSlug) is not { } parent)
        {
            return NotFound();
        }

        Article = found;
        (Previous, Next) = Snapshot.Neighbours(found);
        PageTitle = found.Title;
        Description = found.Description;
        CurrentSectionSlug = found.TopicSlug;
        CurrentUrl = found.Url;
        Breadcrumbs = [new("Home", "/"), new(parent.Title, parent.Url)];
        SourcePaths = [found.SourcePath];
        return Page();
    }
}
