using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using RecoveryInfo.Web.Content.Markdown;

namespace RecoveryInfo.Web.Content.Markdown.Permalinks;

/// <summary>
/// Renders h2–h4 inside a <c>section-heading</c> wrapper with a permalink after the heading, so the
/// heading's own accessible name stays just its text. Old ids from <c>anchor_aliases</c> become empty
/// targets at the same place, so old links land on the section without JavaScript.
/// </summary>
public sealed class PermalinkHeadingRenderer : HeadingRenderer
{
    /// <summary>Key of the heading data that lists the old ids to keep as link targets.</summary>
    public static readonly object OldIdsKey = new();

    /// <summary>Key of the document data that holds the page's title, shown above a section a link lands on.</summary>
    public static readonly object PageTitleKey = new();

    public const int FirstLevel = 2;
    public const int LastLevel = 4;

    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var id = heading.TryGetAttributes()?.Id;
        var oldIds = heading.GetData(OldIdsKey) as IReadOnlyList<string> ?? [];
        var linkable = !string.IsNullOrEmpty(id) && heading.Level is >= FirstLevel and <= LastLevel;

        renderer.EnsureLine();
        if (linkable)
        {
            renderer.Write("<div class=\"section-heading\"");
            if (PageTitleOf(heading) is { Length: > 0 } pageTitle)
            {
                renderer.Write(" data-page=\"").WriteEscape(pageTitle).Write('"');
            }

            renderer.WriteLine(">");
        }

        foreach (var oldId in oldIds)
        {
            renderer.Write("<span class=\"anchor-alias\" id=\"").WriteEscape(oldId).WriteLine("\"></span>");
        }

        base.Write(renderer, heading);
        if (!linkable)
        {
            return;
        }

        // Visible words rather than "#": most readers do not know what a bare "#" does.
        renderer.Write("<a class=\"permalink\" href=\"#").WriteEscapeUrl(id).Write("\">")
            .Write("Link <span class=\"visually-hidden\">to this section: ").WriteEscape(InlineText.Of(heading.Inline)).Write("</span>")
            .WriteLine("</a>");
        renderer.WriteLine("</div>");
    }

    private static string? PageTitleOf(Block block)
    {
        while (block.Parent is { } parent)
        {
            block = parent;
        }

        return block.GetData(PageTitleKey) as string;
    }
}
