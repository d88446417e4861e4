namespace RecoveryInfo.Web.Content.Markdown;

/// <summary>One item of <c>changes:</c>, as editors write it.</summary>
public sealed class ChangeFrontMatter
{
    public DateOnly? Date { get; set; }
    public string? Summary { get; set; }
}
