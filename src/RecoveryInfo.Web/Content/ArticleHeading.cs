namespace RecoveryInfo.Web.Content;

/// <summary>A heading inside an article body, with the id its permalink uses.</summary>
public sealed record ArticleHeading(int Level, string Id, string Text, int Line);
