using System.Security.Cryptography;
using System.Text;

namespace RecoveryInfo.Web.Sharing;

/// <summary>
/// The words on one preview card. The card's URL is a fingerprint of these words and of the
/// painter's design, so a card changes URL exactly when what it shows changes: it can be cached
/// for a year, and every replica names and draws it the same.
/// </summary>
/// <param name="SiteName">From <c>site.yml</c>; empty on the neutral card.</param>
/// <param name="Title">The page title, or the neutral card's name.</param>
/// <param name="Heading">A section's heading, or the neutral card's line; null for a page.</param>
public sealed record CardText(string SiteName, string Title, string? Heading)
{
    public const string UrlPrefix = "/cards/";

    // Worked out on each read rather than stored: a stored value would survive a `with` copy unchanged.
    public string Fingerprint => Hash(SiteName, Title, Heading);

    public string Url => UrlPrefix + Fingerprint + ".png";

    private static string Hash(string siteName, string title, string? heading)
    {
        var text = $"{CardPainter.Design}\n{siteName}\n{title}\n{heading ?? "\0"}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 10));
    }
}
