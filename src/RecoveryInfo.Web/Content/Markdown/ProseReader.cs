using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RecoveryInfo.Web.Content.Readability;

namespace RecoveryInfo.Web.Content.Markdown;

/// <summary>
/// Measures the prose a reader reads in an article: paragraphs and list items (in quotes and
/// callouts too), section by section. Headings, code, tables, pictures and the front matter (with
/// the sources) are not prose and are not counted.
/// </summary>
public static class ProseReader
{
    public static ArticleReadability Measure(MarkdownDocument document)
    {
        var sections = new List<SectionReadability>();
        var heading = (Id: "", Text: "", Line: 0, Column: 1);
        var tally = new ProseTally();
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 } h2 && h2.GetAttributes().Id is { Length: > 0 } id)
            {
                Finish();
                heading = (id, InlineText.Of(h2.Inline), h2.Line + 1, h2.Column + 1);
                tally = new ProseTally();
                continue;
            }

            if (heading.Line == 0 && block is not HeadingBlock)
            {
                heading.Line = block.Line + 1;
            }

            foreach (var paragraph in Paragraphs(block))
            {
                tally.Add(Text(paragraph.Inline));
            }
        }

        Finish();
        return new ArticleReadability(sections);

        void Finish()
        {
            if (heading.Id.Length > 0 || tally.Score.Words > 0)
            {
                sections.Add(new SectionReadability(heading.Id, heading.Text, Math.Max(1, heading.Line), heading.Column, tally.Score,
                    tally.LongestSentence, tally.LongestSentenceWords, tally.LongestWords()));
            }
        }
    }

    private static IEnumerable<ParagraphBlock> Paragraphs(Block block) => block switch
    {
        ParagraphBlock paragraph => [paragraph],
        Table => [],
        ContainerBlock container => container.Descendants<ParagraphBlock>().Where(paragraph => !InTable(paragraph)),
        _ => [],
    };

    private static bool InTable(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is Table)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words a reader reads: link text counts, code, web addresses and pictures do not.</summary>
    private static string Text(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString();
    }

    private static void Append(ContainerInline? container, StringBuilder text)
    {
        if (container is null)
        {
            return;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case ContainerInline child:
                    Append(child, text);
                    break;
                default:
                    break;
            }
        }
    }
}
