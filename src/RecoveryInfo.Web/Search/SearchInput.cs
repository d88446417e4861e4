using System.Globalization;
using System.Text;

namespace RecoveryInfo.Web.Search;

/// <summary>
/// What a reader typed, cleaned into plain text: control and invisible formatting characters
/// removed, runs of white space collapsed, and long input cut to <see cref="MaxLength"/>.
/// It is only ever treated as words, never as query syntax.
/// </summary>
public sealed record SearchInput(string Text, bool WasShortened)
{
    /// <summary>Far longer than any real question, short enough that no query gets expensive.</summary>
    public const int MaxLength = 200;

    public bool IsEmpty => Text.Length == 0;

    /// <summary>Search for the words exactly as typed, without replacing a word the pages lack by the nearest one they use.</summary>
    public bool AsTyped { get; init; }

    /// <summary>Every value of <c>q</c> counts, so <c>?q=a&amp;q=b</c> searches for both words.</summary>
    public static SearchInput From(IEnumerable<string?> values)
    {
        var text = new StringBuilder();
        foreach (var value in values)
        {
            foreach (var character in value ?? "")
            {
                if (char.IsControl(character) || char.IsWhiteSpace(character))
                {
                    if (text.Length > 0 && text[^1] != ' ')
                    {
                        text.Append(' ');
                    }
                }
                else if (CharUnicodeInfo.GetUnicodeCategory(character) != UnicodeCategory.Format)
                {
                    text.Append(character);
                }
            }

            if (text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }
        }

        var cleaned = text.ToString().Trim();
        if (cleaned.Length <= MaxLength)
        {
            return new SearchInput(cleaned, WasShortened: false);
        }

        var cut = char.IsHighSurrogate(cleaned[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return new SearchInput(cleaned[..cut].TrimEnd(), WasShortened: true);
    }
}
