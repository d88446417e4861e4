using Markdig;
using Markdig.Renderers;

namespace RecoveryInfo.Web.Content.Markdown.Glossary;

/// <summary>Renders the glossary terms <see cref="GlossaryMarker"/> marked; the marking is done per article, before rendering.</summary>
public sealed class GlossaryExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<GlossaryTermRenderer>())
        {
            html.ObjectRenderers.Insert(0, new GlossaryTermRenderer());
        }
    }
}
