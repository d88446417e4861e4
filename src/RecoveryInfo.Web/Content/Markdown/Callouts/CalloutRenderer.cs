using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace RecoveryInfo.Web.Content.Markdown.Callouts;

/// <summary>
/// Renders <c>:::emergency</c> and friends. A care card gets a visible heading (the text after the
/// kind, or the kind's NHS wording) with its kind spelt out for screen readers; a warning shows its
/// "Important" label to everyone; an info box is inset text.
/// </summary>
public sealed partial class CalloutRenderer : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        var kind = CalloutKind.Find(container.Info);
        renderer.EnsureLine();
        if (kind is null)
        {
            renderer.Write("<div>");
            renderer.WriteChildren(container);
            renderer.WriteLine("</div>");
            return;
        }

        if (kind.IsCareCard)
        {
            WriteCareCard(renderer, container, kind);
            return;
        }

        renderer.Write("<div class=\"callout callout-").Write(kind.Name).Write("\">");
        if (kind.ShowsLabel)
        {
            renderer.Write("<p class=\"callout-label\">").WriteEscape(kind.Label).Write("<span class=\"visually-hidden\">:</span></p>");
        }
        else
        {
            renderer.Write("<span class=\"visually-hidden\">").WriteEscape(kind.Label).Write(": </span>");
        }

        renderer.WriteChildren(container);
        renderer.WriteLine("</div>");
    }

    private static void WriteCareCard(HtmlRenderer renderer, CustomContainer container, CalloutKind kind)
    {
        var heading = string.IsNullOrWhiteSpace(container.Arguments) ? kind.DefaultHeading : container.Arguments.Trim();
        var level = FollowsSectionHeading(container) ? 3 : 2;
        renderer.Write("<div class=\"care-card care-card-").Write(kind.Name).WriteLine("\">");
        renderer.Write("<h").Write(level.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write(" class=\"care-card-heading\">")
            .Write("<span class=\"visually-hidden\">").WriteEscape(kind.Label).Write(": </span>")
            .Write(LinkUkNumbers(heading))
            .Write("</h").Write(level.ToString(System.Globalization.CultureInfo.InvariantCulture)).WriteLine(">");
        renderer.WriteLine("<div class=\"care-card-body\">");
        renderer.WriteChildren(container);
        renderer.WriteLine("</div>");
        renderer.WriteLine("</div>");
    }

    /// <summary>A card before the page's first h2 is a section of its own; after one, it belongs to that section.</summary>
    private static bool FollowsSectionHeading(Block block)
    {
        while (block.Parent is { } parent)
        {
            var index = parent.IndexOf(block);
            for (var previous = index - 1; previous >= 0; previous--)
            {
                if (parent[previous] is HeadingBlock { Level: >= 2 })
                {
                    return true;
                }
            }

            block = parent;
        }

        return false;
    }

    /// <summary>The heading's 999 and NHS 111 become numbers a phone can dial; everything else is escaped text.</summary>
    private static string LinkUkNumbers(string heading)
    {
        var escaped = System.Net.WebUtility.HtmlEncode(heading);
        return UkNumber().Replace(escaped, match =>
            $"<a href=\"tel:{match.Groups["digits"].Value}\">{match.Value}</a>");
    }

    [GeneratedRegex(@"(?<![\w&#;])(?:NHS )?(?<digits>999|111)(?!\w)")]
    private static partial Regex UkNumber();
}
