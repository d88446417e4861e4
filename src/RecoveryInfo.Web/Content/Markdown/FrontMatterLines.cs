namespace RecoveryInfo.Web.Content.Markdown;

/// <summary>
/// Where a top-level key sits in the file, for findings and reports about its value. Editors write
/// keys at the start of a line, so a scan of the lines finds them without parsing the YAML again.
/// </summary>
public static class FrontMatterLines
{
    /// <param name="yaml">The front matter text.</param>
    /// <param name="firstLine">The 1-based file line the text starts on.</param>
    /// <param name="key">A top-level key, such as <c>next_review</c>.</param>
    /// <param name="fallback">The line to give when the key is not found (a quoted key, say).</param>
    public static int Of(string yaml, int firstLine, string key, int fallback)
    {
        var line = firstLine;
        foreach (var text in yaml.AsSpan().EnumerateLines())
        {
            if (text.StartsWith(key, StringComparison.Ordinal) && text[key.Length..].TrimStart(' ').StartsWith(':'))
            {
                return line;
            }

            line++;
        }

        return fallback;
    }

    /// <summary>
    /// Where a key inside a top-level group sits (<c>url</c> under <c>quick_exit:</c>): the first line
    /// after the group's own line that starts, once indented, with the key.
    /// </summary>
    public static int Of(string yaml, int firstLine, string group, string key, int fallback)
    {
        var groupLine = Of(yaml, firstLine, group, 0);
        if (groupLine == 0)
        {
            return fallback;
        }

        var line = firstLine;
        foreach (var text in yaml.AsSpan().EnumerateLines())
        {
            if (line > groupLine)
            {
                if (text.Length > 0 && text[0] != ' ' && text[0] != '#')
                {
                    // The next top-level key: the group ended without the key.
                    return groupLine;
                }

                var inner = text.TrimStart(' ');
                if (inner.Length < text.Length && inner.StartsWith(key, StringComparison.Ordinal) && inner[key.Length..].TrimStart(' ').StartsWith(':'))
                {
                    return line;
                }
            }

            line++;
        }

        return groupLine;
    }
}
