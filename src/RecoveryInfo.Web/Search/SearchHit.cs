using Microsoft.AspNetCore.Html;

namespace RecoveryInfo.Web.Search;

/// <summary>
/// One matching section. <see cref="Snippet"/> is already HTML-encoded text with the matched
/// words wrapped in <c>&lt;mark&gt;</c>; nothing else in it is markup.
/// </summary>
public sealed record SearchHit(string Url, string TopicTitle, string ArticleTitle, string SectionHeading, HtmlString Snippet);
