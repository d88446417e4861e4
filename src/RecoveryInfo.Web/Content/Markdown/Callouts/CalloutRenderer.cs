using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace RecoveryInfo.Web.Content.Markdown.Callouts;

/// <summary>
/// Renders <c>:::urgent</c> and friends as boxes that announce their kind to screen readers
/// with visually hidden text, as the NHS care cards do.
/// </summary>
public sealed class CalloutRenderer : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        var label = CalloutKind.LabelFor(container.Info);
        renderer.EnsureLine();
        if (label is null)
        {
            renderer.Write("<div>");
            renderer.WriteChildren(container);
            renderer.WriteLine("</div>");
            return;
        }

        renderer.Write("<div class=\"callout callout-").Write(container.Info).Write("\">");
        renderer.Write("<span class=\"visually-hidden\">").WriteEscape(label).Write(": </span>");
        renderer.WriteChildren(container);
        renderer.WriteLine("</div>");
    }
}
