using System.Globalization;
using System.Text;

namespace RecoveryInfo.Web.Content;

/// <summary>Readable, lower-case URL segments from file and folder names ("Peer Support.md" → "peer-support").</summary>
public static class Slugs
{
    public static string FromName(string name)
    {
        var slug = new StringBuilder();
        foreach (var character in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (character is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(character);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }
}
