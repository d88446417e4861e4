using Markdig.Syntax.Inlines;
using RecoveryInfo.Web.Content.Glossary;

namespace RecoveryInfo.Web.Content.Markdown.Glossary;

/// <summary>The first use of a glossary term on a page; its child is the text as written.</summary>
public sealed class GlossaryTermInline(GlossaryEntry entry, bool linksOut) : ContainerInline
{
    public GlossaryEntry Entry { get; } = entry;

    /// <summary>False when the term's "read more" page is the page it is used on.</summary>
    public bool LinksOut { get; } = linksOut;
}
