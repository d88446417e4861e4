namespace RecoveryInfo.Web.Content.Checks;

/// <summary>
/// Two sections whose discreet short links share a code cannot both have one. Eight characters give
/// about a trillion codes, so this should never fire; if it does, the check names both and asks for an id.
/// </summary>
public static class ShortLinkChecks
{
    public static void Run(IReadOnlyList<Topic> topics, IReadOnlyDictionary<string, string> redirects, DateTimeOffset now, List<ContentDiagnostic> diagnostics) =>
        Run(topics, redirects, now, diagnostics, ShortLinks.Code);

    /// <param name="code">How a code is made: tests pass a coarse one to prove collisions are reported.</param>
    internal static void Run(
        IReadOnlyList<Topic> topics, IReadOnlyDictionary<string, string> redirects, DateTimeOffset now, List<ContentDiagnostic> diagnostics, Func<string, string?, string> code)
    {
        var articles = topics.SelectMany(topic => topic.Articles).Where(article => article.StatusAt(now) != PageStatus.Draft).ToList();
        var table = new ShortLinkTable(articles, redirects, code);
        foreach (var (shared, first, second) in table.Collisions)
        {
            var article = articles.First(candidate => candidate.Url == second.PageUrl);
            diagnostics.Add(new(article.SourcePath, 1, 1, DiagnosticSeverity.Error,
                $"the discreet short link {ShortLinks.Prefix}{shared} would lead both to {first.Href} and to {second.Href}; give one of these sections another id with {{#new-id}}"));
        }
    }
}
