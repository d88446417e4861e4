using System.Text;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using RecoveryInfo.Web.Content.Markdown.Callouts;

namespace RecoveryInfo.Web.Content.Markdown;

/// <summary>An article's sections as plain text: what search indexes and what a reader's words are counted in.</summary>
public static class ArticleSections
{
    /// <summary>
    /// Splits the body at each top-level h2: everything up to the next h2 (h3s, lists, callouts,
    /// tables) belongs to that section, and whatever comes before the first h2 is the introduction.
    /// </summary>
    public static List<ArticleSection> Split(MarkdownDocument document)
    {
        var sections = new List<ArticleSection>();
        var heading = (Id: "", Text: "");
        var text = new StringBuilder();
        var cards = new StringBuilder();
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 } h2 && h2.GetAttributes().Id is { Length: > 0 } id)
            {
                AddSection();
                heading = (id, InlineText.Of(h2.Inline));
                text.Clear();
                cards.Clear();
                continue;
            }

            if (block is CustomContainer container && CalloutKind.Find(container.Info) is { Name: "urgent" or "emergency" } kind)
            {
                cards.Append(string.IsNullOrWhiteSpace(container.Arguments) ? kind.DefaultHeading : container.Arguments.Trim()).Append('\n');
                AppendText(block, cards);
            }

            AppendText(block, text);
        }

        AddSection();
        return sections;

        void AddSection()
        {
            var plain = text.ToString().Trim();
            if (heading.Id.Length > 0 || plain.Length > 0)
            {
                sections.Add(new ArticleSection(heading.Id, heading.Text, plain) { CareCardText = cards.ToString().Trim() });
            }
        }
    }

    private static void AppendText(Block block, StringBuilder text)
    {
        foreach (var leaf in InlineText.LeavesOf(block))
        {
            if (leaf.Inline is not null)
            {
                text.Append(InlineText.Of(leaf.Inline)).Append('\n');
            }
            else if (leaf is CodeBlock code)
            {
                text.Append(code.Lines.ToString()).Append('\n');
            }
        }
    }
}
