using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace RecoveryInfo.Web.Content.Markdown.Glossary;

/// <summary>
/// Renders a term's first use as a link to its definition, which sits hidden right after it and
/// opens in place when the link is followed (CSS <c>:target</c>): by tap, click or Enter, with no
/// JavaScript, and printed in full on paper. The definition also describes the link to screen readers.
/// </summary>
public sealed class GlossaryTermRenderer : HtmlObjectRenderer<GlossaryTermInline>
{
    /// <summary>Where the full glossary lives; each term has its own id there.</summary>
    public const string GlossaryUrl = "/glossary";

    public static string TermId(string id) => "word-" + id;

    public static string DefinitionId(string id) => "define-" + id;

    protected override void Write(HtmlRenderer renderer, GlossaryTermInline term)
    {
        var entry = term.Entry;
        var definition = DefinitionId(entry.Id);
        renderer.Write("<a class=\"glossary-term\" id=\"").Write(TermId(entry.Id)).Write("\" href=\"#").Write(definition)
            .Write("\" aria-describedby=\"").Write(definition).Write("-text\">");
        renderer.WriteChildren(term);
        renderer.Write("</a><span class=\"glossary-definition\" id=\"").Write(definition).Write("\"><span id=\"").Write(definition).Write("-text\">");
        renderer.Write("<span class=\"glossary-word\">").WriteEscape(entry.DisplayTerm).Write(":</span> ").WriteEscape(entry.Definition).Write("</span>");
        if (term.LinksOut && entry.Link is { } link)
        {
            renderer.Write(" <a class=\"glossary-more\" href=\"").WriteEscapeUrl(link).Write("\">Read more<span class=\"visually-hidden\"> about ")
                .WriteEscape(entry.Term).Write("</span></a>");
        }

        renderer.Write(" <a class=\"glossary-all\" href=\"").Write(GlossaryUrl).Write('#').Write(entry.Id).Write("\">All words explained</a>");
        renderer.Write(" <a class=\"glossary-close\" href=\"#").Write(TermId(entry.Id)).Write("\">Close<span class=\"visually-hidden\"> the meaning of ")
            .WriteEscape(entry.Term).Write("</span></a></span>");
    }
}
