using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Infrastructure;

/// <summary>Valid article text for tests that add or edit articles in a temporary content folder.</summary>
public static class ContentFiles
{
    public static string Article(string title, int order = 1, string body = "## A heading\n\nSome text.\n", string extraFrontMatter = "") =>
        $"""
        ---
        title: {title}
        description: Description of {title}.
        order: {order}
        last_reviewed: 2026-01-01
        next_review: 2099-01-01
        sources:
          - title: Source A
            url: https://example.org/a
          - title: Source B
            url: https://example.org/b
        {extraFrontMatter}
        ---

        {body}
        """;

    /// <summary>Writes a file the way a careful editor tool does: all at once.</summary>
    public static void Write(string contentFolder, string relativePath, string text)
    {
        var path = Path.Combine(contentFolder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
