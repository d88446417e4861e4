namespace RecoveryInfo.Web.Content.Checks;

/// <summary>A page URL, or a page URL with a section id, as written in the anchor registry.</summary>
public sealed record RegisteredLink(string Url, string? Id = null)
{
    public static RegisteredLink Parse(string text)
    {
        var hash = text.IndexOf('#');
        return hash < 0 ? new(text) : new(text[..hash], text[(hash + 1)..]);
    }

    public override string ToString() => Id is null ? Url : $"{Url}#{Id}";
}
