namespace RecoveryInfo.Web.Content.Markdown;

/// <summary>Only these link targets become links: http, https, mailto, tel, sms and relative URLs.</summary>
public static class LinkSafety
{
    private static readonly string[] _allowedSchemes = ["http", "https", "mailto", "tel", "sms"];

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers ignore whitespace and control characters inside a scheme ("java\tscript:"), so we must too.
        var compact = new string(url.Where(character => !char.IsWhiteSpace(character) && !char.IsControl(character)).ToArray());
        var colon = compact.IndexOf(':');
        if (colon < 0)
        {
            return true;
        }

        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (firstDelimiter >= 0 && firstDelimiter < colon)
        {
            return true;
        }

        var scheme = compact[..colon];
        return _allowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }
}
