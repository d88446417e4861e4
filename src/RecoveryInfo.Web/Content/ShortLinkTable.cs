namespace RecoveryInfo.Web.Content;

/// <summary>
/// Every short link the content answers, to the page and section it lands on today. Besides each
/// current page and section, old page URLs (<c>aliases</c>) and old section ids (<c>anchor_aliases</c>)
/// keep their codes, so a discreet link shared before a move or a rename still lands.
/// </summary>
public sealed class ShortLinkTable
{
    private readonly Dictionary<string, ShortLinkTarget> _targets = new(StringComparer.Ordinal);
    private readonly List<(string Code, ShortLinkTarget First, ShortLinkTarget Second)> _collisions = [];
    private readonly Func<string, string?, string> _code;

    /// <param name="articles">The articles to link to (the published ones, for the public site).</param>
    /// <param name="redirects">Old page URL to current page URL.</param>
    public ShortLinkTable(IEnumerable<Article> articles, IReadOnlyDictionary<string, string> redirects)
        : this(articles, redirects, ShortLinks.Code)
    {
    }

    /// <param name="code">How a code is made: tests pass a coarse one to prove collisions are caught.</param>
    internal ShortLinkTable(IEnumerable<Article> articles, IReadOnlyDictionary<string, string> redirects, Func<string, string?, string> code)
    {
        _code = code;
        var oldUrls = redirects.GroupBy(redirect => redirect.Value, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(redirect => redirect.Key).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var urls = new List<string> { article.Url };
            urls.AddRange(oldUrls.GetValueOrDefault(article.Url) ?? []);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var url in urls)
            {
                Add(url, null, new ShortLinkTarget(article.Url, null));
                foreach (var heading in article.Headings)
                {
                    ids.Add(heading.Id);
                    Add(url, heading.Id, new ShortLinkTarget(article.Url, heading.Id));
                }

                foreach (var (oldId, currentId) in article.AnchorAliases)
                {
                    if (!ids.Contains(oldId))
                    {
                        Add(url, oldId, new ShortLinkTarget(article.Url, currentId));
                    }
                }
            }
        }
    }

    /// <summary>Codes two different targets share: only the first keeps the code, so the check reports each.</summary>
    public IReadOnlyList<(string Code, ShortLinkTarget First, ShortLinkTarget Second)> Collisions => _collisions;

    public int Count => _targets.Count;

    /// <summary>Every code and where it lands, for the static export.</summary>
    public IEnumerable<string> Codes => _targets.Keys;

    public ShortLinkTarget? Find(string code) => _targets.GetValueOrDefault(code);

    private void Add(string url, string? id, ShortLinkTarget target)
    {
        var code = _code(url, id);
        if (!_targets.TryAdd(code, target) && _targets[code] != target)
        {
            _collisions.Add((code, _targets[code], target));
        }
    }
}
