namespace RecoveryInfo.Web.Search;

/// <summary>The words of a section around a match, as plain text in parts; the page decides how to mark the matched ones.</summary>
public sealed record Snippet(IReadOnlyList<SnippetPart> Parts)
{
    public string Text => string.Concat(Parts.Select(part => part.Text));

    /// <summary>The text with matched words in brackets, for logs and tests.</summary>
    public override string ToString() => string.Concat(Parts.Select(part => part.Matched ? $"[{part.Text}]" : part.Text));

    /// <summary>Splits text in which matches are wrapped in <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static Snippet FromMarked(string marked, char start, char end)
    {
        var parts = new List<SnippetPart>();
        var matched = false;
        var from = 0;
        for (var index = 0; index <= marked.Length; index++)
        {
            if (index < marked.Length && marked[index] != start && marked[index] != end)
            {
                continue;
            }

            if (index > from)
            {
                parts.Add(new SnippetPart(marked[from..index], matched));
            }

            if (index < marked.Length)
            {
                matched = marked[index] == start;
            }

            from = index + 1;
        }

        return new Snippet(parts);
    }
}
