using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace RecoveryInfo.Web.Content.Markdown.Permalinks;

/// <summary>Swaps Markdig's heading renderer for <see cref="PermalinkHeadingRenderer"/>.</summary>
public sealed class PermalinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.RemoveAll(candidate => candidate is HeadingRenderer);
            html.ObjectRenderers.Add(new PermalinkHeadingRenderer());
        }
    }
}
