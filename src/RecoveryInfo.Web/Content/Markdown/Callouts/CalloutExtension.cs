using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace RecoveryInfo.Web.Content.Markdown.Callouts;

/// <summary>Swaps Markdig's plain custom-container renderer for <see cref="CalloutRenderer"/>.</summary>
public sealed class CalloutExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.RemoveAll(candidate => candidate is HtmlCustomContainerRenderer);
            html.ObjectRenderers.Add(new CalloutRenderer());
        }
    }
}
