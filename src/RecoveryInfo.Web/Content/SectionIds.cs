namespace RecoveryInfo.Web.Content;

/// <summary>What may be used as a section id in a link (<c>/page#id</c>) and as an HTML id.</summary>
public static class SectionIds
{
    /// <summary>HTML ids cannot be empty or contain spaces; a leading '#' is a common slip when copying a link.</summary>
    public static bool IsValid(string id) =>
        id.Length > 0 && !id.StartsWith('#') && !id.Any(char.IsWhiteSpace);
}
