using Microsoft.AspNetCore.Mvc;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Reviews;

namespace RecoveryInfo.Web.Pages;

/// <summary><c>/_content</c>: every current content problem, for editors. It does not exist outside Development.</summary>
public sealed class ContentReportModel(ContentStore store, IHostEnvironment environment) : SitePageModel(store)
{
    public IReadOnlyList<IGrouping<string, ContentDiagnostic>> Files { get; private set; } = [];

    /// <summary>Pages overdue for review or due within the default window, most urgent first.</summary>
    public IReadOnlyList<ReviewDue> Reviews { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }

        PageTitle = "Content problems";
        Reviews = ReviewList.Due(Snapshot, ReviewList.DefaultWindowDays);
        Breadcrumbs = [new("Home", "/")];
        Files = [.. Snapshot.Diagnostics
            .OrderBy(diagnostic => diagnostic.Path, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Line)
            .ThenBy(diagnostic => diagnostic.Column)
            .GroupBy(diagnostic => diagnostic.Path)];
        return Page();
    }

    public Article? ArticleFrom(string path) => Snapshot.Articles.FirstOrDefault(article => article.SourcePath == path);
}
