using RecoveryInfo.Web.Content.Glossary;

namespace RecoveryInfo.Web.Content.Markdown;

/// <summary>What parsing one article file gave, kept so an unchanged file is not parsed again on the next rebuild.</summary>
internal sealed class ParsedArticle(string text, string topicSlug, Article? article, IReadOnlyList<ContentDiagnostic> diagnostics)
{
    public string Text { get; } = text;
    public string TopicSlug { get; } = topicSlug;
    public Article? Article { get; } = article;
    public IReadOnlyList<ContentDiagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>The glossary the page was parsed with; a different one means parsing again.</summary>
    public GlossaryTerms? Glossary { get; init; }

    /// <summary>The rebuild that last used this entry; entries no rebuild uses any more are dropped.</summary>
    public long Generation { get; set; }
}
