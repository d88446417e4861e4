using System.Security.Cryptography;
using System.Text;

namespace RecoveryInfo.Web.Content;

/// <summary>
/// Discreet short links (<c>/l/7k2m9qxp</c>): eight characters derived from the page URL and section
/// id by a keyed hash, so the same section always gets the same link, on every replica and after
/// every restart, and the address says nothing about what it leads to.
/// </summary>
public static class ShortLinks
{
    public const string Prefix = "/l/";
    public const int Length = 8;

    // Crockford's base32 without capitals: no i, l, o or u, so a code read aloud or retyped survives.
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    // A fixed key keeps codes stable everywhere; it separates these codes from any other hash of a URL.
    private static readonly byte[] _key = Encoding.UTF8.GetBytes("RecoveryInfo short link v1");

    /// <summary>The code for a page (<paramref name="id"/> null) or one of its sections.</summary>
    public static string Code(string pageUrl, string? id)
    {
        var hash = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(id is null ? pageUrl : pageUrl + "#" + id));
        // 8 characters of 5 bits: the first 40 bits of the hash.
        var bits = 0UL;
        for (var i = 0; i < 5; i++)
        {
            bits = (bits << 8) | hash[i];
        }

        var code = new char[Length];
        for (var i = Length - 1; i >= 0; i--)
        {
            code[i] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }

        return new string(code);
    }

    /// <summary>Whether <paramref name="value"/> could be a code at all, before any lookup.</summary>
    public static bool IsWellFormed(string value) => value.Length == Length && value.All(Alphabet.Contains);
}
