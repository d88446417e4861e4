using System.Text;
using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace RecoveryInfo.Web.Content.Markdown;

/// <summary>
/// The first sentences under each h2–h4, as plain text: what a link preview of that section says.
/// A heading with no text of its own before a smaller heading takes the first text inside its part.
/// </summary>
public static partial class SectionLeads
{
    /// <summary>Link previews cut descriptions at about 200 characters; a lead stays under that.</summary>
    public const int MaxLength = 200;

    public static Dictionary<string, string> Of(MarkdownDocument document)
    {
        var parts = new List<(int Level, string Id, StringBuilder Text)>();
        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                parts.Add((heading.Level, heading.GetAttributes().Id ?? "", new StringBuilder()));
                continue;
            }

            if (parts.Count > 0)
            {
                AppendText(block, parts[^1].Text);
            }
        }

        var leads = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < parts.Count; i++)
        {
            var (level, id, _) = parts[i];
            if (id.Length == 0 || level is < 2 or > 4 || leads.ContainsKey(id))
            {
                continue;
            }

            // Its own text first, else the first text of the smaller headings inside it.
            var text = "";
            for (var j = i; j < parts.Count && (j == i || parts[j].Level > level) && text.Length == 0; j++)
            {
                text = parts[j].Text.ToString().Trim();
            }

            leads[id] = Shorten(text);
        }

        return leads;
    }

    /// <summary>Whole sentences up to <see cref="MaxLength"/>; a first sentence longer than that is cut at a word, with an ellipsis.</summary>
    public static string Shorten(string text)
    {
        text = Spaces().Replace(text, " ").Trim();
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var lead = new StringBuilder();
        foreach (var sentence in SentenceEnds().Split(text))
        {
            if (lead.Length + sentence.Length + 1 > MaxLength)
            {
                break;
            }

            lead.Append(lead.Length > 0 ? " " : "").Append(sentence);
        }

        if (lead.Length > 0)
        {
            return lead.ToString();
        }

        var cut = text.LastIndexOf(' ', MaxLength - 1);
        return text[..(cut > 0 ? cut : MaxLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    private static void AppendText(Block block, StringBuilder text)
    {
        foreach (var leaf in InlineText.LeavesOf(block).Where(leaf => leaf.Inline is not null))
        {
            var line = InlineText.Of(leaf.Inline).Trim();
            // A list item or table cell without a full stop still ends a thought in a preview.
            text.Append(line).Append(line.Length > 0 && !".!?:".Contains(line[^1]) ? ". " : " ");
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<=[.!?…])\s+")]
    private static partial Regex SentenceEnds();
}
