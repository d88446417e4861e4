using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RecoveryInfo.Web.Content.Markdown;

/// <summary>
/// Warns about a phone number written as plain text: on a phone a reader in a hurry should be able
/// to tap it. The warning suggests the Markdown link to write.
/// </summary>
public static partial class PhoneNumberCheck
{
    public static void Check(IEnumerable<MarkdownObject> nodes, string displayPath, List<ContentDiagnostic> diagnostics)
    {
        foreach (var literal in nodes.OfType<LiteralInline>())
        {
            if (InsideLink(literal))
            {
                continue;
            }

            var text = literal.Content.ToString();
            foreach (Match match in PhoneNumber().Matches(text))
            {
                var number = match.Groups["number"].Value;
                diagnostics.Add(new(displayPath, literal.Line + 1, literal.Column + match.Groups["number"].Index + 1, DiagnosticSeverity.Warning,
                    $"the phone number '{number}' is not a link, so a phone cannot dial it; write [{number}]({Suggest(number)})"));
            }
        }
    }

    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
            {
                return true;
            }
        }

        return false;
    }

    private static string Suggest(string number)
    {
        var digits = new string([.. number.Where(char.IsAsciiDigit)]);
        return number.TrimStart().StartsWith('+') ? $"tel:+{digits}"
            : digits.StartsWith('0') && digits.Length >= 10 ? $"tel:+44{digits[1..]}"
            : $"tel:{digits}";
    }

    // UK landlines and mobiles (0300 123 6600, 0800 1111, +44 ...), 116 helplines, US and Irish or
    // Australian free numbers, and the short emergency numbers after a word that dials them.
    [GeneratedRegex(@"(?<![\w/.-])(?<number>(?:\+44\s?|0)\d{2,4}(?:[ -]?\d{3,4}){1,2}|116 ?\d{3}|1-8\d\d-\d{3}-\d{4}|1[38]00 ?\d{3} ?\d{3})(?![\w/-])|\b(?:[Cc]all|[Dd]ial|[Rr]ing|[Pp]hone|NHS|[Tt]ext \w+ to)\s+(?:on\s+)?(?<number>999|111|112|911|000|988|\d{5})\b")]
    private static partial Regex PhoneNumber();
}
