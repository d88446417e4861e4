using Microsoft.AspNetCore.Mvc;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Glossary;

namespace RecoveryInfo.Web.Pages;

/// <summary><c>/glossary</c>: every term of <c>glossary.yml</c>, A–Z by first letter, each with its own permalink.</summary>
public sealed class GlossaryModel(ContentStore store) : SitePageModel(store)
{
    public const string Title = GlossaryTerms.PageTitle;

    /// <summary>The terms grouped by their first letter (digits and symbols under '#').</summary>
    public IReadOnlyList<IGrouping<string, GlossaryEntry>> Letters { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (Snapshot.Glossary.Entries.Count == 0)
        {
            return NotFound();
        }

        PageTitle = Title;
        Description = GlossaryTerms.PageDescription;
        CurrentUrl = GlossaryTerms.Url;
        Breadcrumbs = [new("Home", "/")];
        SourcePaths = [DisplayPath(ContentPaths.GlossaryFile)];
        Letters = [.. Snapshot.Glossary.Entries.GroupBy(entry => char.IsLetter(entry.Term[0]) ? char.ToUpperInvariant(entry.Term[0]).ToString() : "#")];
        return Page();
    }

    /// <summary>The title of the page a term links to, or null when the link leads to no published page.</summary>
    public string? LinkTitle(GlossaryEntry entry)
    {
        if (entry.Link is not { } link)
        {
            return null;
        }

        var hash = link.IndexOf('#', StringComparison.Ordinal);
        return Snapshot.FindArticle(hash < 0 ? link : link[..hash]) is { } article && Snapshot.IsPublished(article) ? article.Title : null;
    }

    public static string LetterId(string letter) => letter == "#" ? "letter-other" : "letter-" + letter.ToLowerInvariant();
}
