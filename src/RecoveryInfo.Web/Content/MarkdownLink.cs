namespace RecoveryInfo.Web.Content;

/// <summary>A link target written in an article, with where it was written (1-based).</summary>
public sealed record MarkdownLink(string Url, int Line, int Column, bool IsImage, bool HasAltText);
