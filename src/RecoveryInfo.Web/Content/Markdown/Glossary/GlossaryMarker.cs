using Markdig.Extensions.CustomContainers;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using RecoveryInfo.Web.Content.Glossary;

namespace RecoveryInfo.Web.Content.Markdown.Glossary;

/// <summary>
/// Finds the first use of each glossary term in an article's prose and marks it, so the page can
/// explain it there. Headings, links, code and callouts are left as they are: a definition inside a
/// heading or a link cannot be opened, and urgent advice stays uncluttered.
/// </summary>
public static class GlossaryMarker
{
    /// <summary>Marks first uses in document order and returns the ids of the terms marked.</summary>
    /// <param name="off">Terms (ids, terms or forms) the page's <c>glossary_off</c> turns off.</param>
    /// <param name="pageUrl">The page's URL, so a term does not offer to "read more" on the page the reader is on.</param>
    public static List<string> Mark(MarkdownDocument document, GlossaryTerms glossary, IReadOnlyList<string> off, string? pageUrl = null)
    {
        var used = new List<string>();
        if (glossary.Entries.Count == 0)
        {
            return used;
        }

        var skip = off.Select(glossary.FindByName).OfType<GlossaryEntry>().Select(entry => entry.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(skip, StringComparer.Ordinal);
        var pending = new Stack<Block>();
        pending.Push(document);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case HeadingBlock or CustomContainer:
                    break;
                case ContainerBlock container:
                    for (var index = container.Count - 1; index >= 0; index--)
                    {
                        pending.Push(container[index]);
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    MarkInlines(inline, glossary, seen, used, pageUrl);
                    break;
                default:
                    break;
            }
        }

        return used;
    }

    private static void MarkInlines(ContainerInline container, GlossaryTerms glossary, HashSet<string> seen, List<string> used, string? pageUrl)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            switch (child)
            {
                case LiteralInline literal:
                    MarkLiteral(literal, glossary, seen, used, pageUrl);
                    break;
                case LinkInline or GlossaryTermInline:
                    break;
                case ContainerInline inner:
                    MarkInlines(inner, glossary, seen, used, pageUrl);
                    break;
                default:
                    break;
            }

            child = next;
        }
    }

    /// <summary>Splits a run of text around each first use in it: text, marked term, rest of the text.</summary>
    private static void MarkLiteral(LiteralInline literal, GlossaryTerms glossary, HashSet<string> seen, List<string> used, string? pageUrl)
    {
        var text = literal.Content.ToString();
        var consumed = 0;
        foreach (var (index, length, entry) in glossary.Find(text))
        {
            if (!seen.Add(entry.Id))
            {
                continue;
            }

            used.Add(entry.Id);
            if (index > consumed)
            {
                literal.InsertBefore(new LiteralInline(text[consumed..index]));
            }

            var linksOut = entry.Link is { } link && (pageUrl is null || link.Split('#')[0] != pageUrl);
            var term = new GlossaryTermInline(entry, linksOut);
            term.AppendChild(new LiteralInline(new StringSlice(text.Substring(index, length))));
            literal.InsertBefore(term);
            consumed = index + length;
        }

        if (consumed > 0)
        {
            if (consumed < text.Length)
            {
                literal.Content = new StringSlice(text[consumed..]);
            }
            else
            {
                literal.Remove();
            }
        }
    }
}
