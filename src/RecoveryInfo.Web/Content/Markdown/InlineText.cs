using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RecoveryInfo.Web.Content.Markdown;

/// <summary>The plain text of inline Markdown (a heading, a paragraph line), as a reader or search sees it.</summary>
public static class InlineText
{
    /// <summary>The blocks that hold text in <paramref name="block"/>: itself, or every one inside a list or quote, in order.</summary>
    public static IEnumerable<LeafBlock> LeavesOf(Block block) => block switch
    {
        LeafBlock leaf => [leaf],
        ContainerBlock container => container.Descendants<LeafBlock>(),
        _ => [],
    };

    public static string Of(ContainerInline? container)
    {
        if (container is null)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline child:
                    text.Append(Of(child));
                    break;
                default:
                    break;
            }
        }

        return text.ToString();
    }
}
