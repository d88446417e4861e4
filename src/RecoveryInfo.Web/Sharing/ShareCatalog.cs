using System.Collections.Concurrent;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Sharing;

/// <summary>
/// What one content snapshot offers to share: each page's and section's card, section share URLs,
/// the discreet short links, and each section's lead sentences. Built lazily, once per snapshot.
/// </summary>
public sealed class ShareCatalog(ContentSnapshot snapshot)
{
    /// <summary>What a discreet link's preview says: no site name, no topic, no title.</summary>
    public const string NeutralTitle = "A shared link";

    public const string NeutralLine = "Someone sent you a page to read.";

    public static readonly CardText NeutralCard = new("", NeutralTitle, NeutralLine);

    private readonly Lazy<Dictionary<string, CardText>> _cards = new(() => IndexCards(snapshot));
    private readonly Lazy<ShortLinkTable> _shortLinks = new(() => new ShortLinkTable(snapshot.Articles, snapshot.Redirects));
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> _leads = new(StringComparer.Ordinal);

    public ContentSnapshot Snapshot => snapshot;

    /// <summary>The path that previews a section and lands on it: <c>/topic/page/s/section-id</c>.</summary>
    public static string SectionPath(string pageUrl, string id) => pageUrl + "/s/" + Uri.EscapeDataString(id);

    /// <summary>The home page's card, also used for pages with no card of their own (search, errors).</summary>
    public CardText SiteCard => new(snapshot.Site.Name, string.IsNullOrWhiteSpace(snapshot.Site.Tagline) ? snapshot.Site.Name : snapshot.Site.Tagline, null);

    public CardText PageCard(string title) => new(snapshot.Site.Name, title, null);

    public CardText SectionCard(Article article, ArticleHeading heading) => new(snapshot.Site.Name, article.Title, heading.Text);

    public CardText? FindCard(string fingerprint) => _cards.Value.GetValueOrDefault(fingerprint);

    /// <summary>Every card the snapshot can show, for the export and the benchmark.</summary>
    public IEnumerable<CardText> Cards => _cards.Value.Values;

    public ShortLinkTable ShortLinks => _shortLinks.Value;

    /// <summary>The discreet link to a section of a published page.</summary>
    public string ShortLinkPath(Article article, string? id) => Content.ShortLinks.Prefix + Content.ShortLinks.Code(article.Url, id);

    /// <summary>
    /// The section a share URL names, following old page URLs (<c>aliases</c>) and old section ids
    /// (<c>anchor_aliases</c>); null when there is no such published section.
    /// </summary>
    public (Article Article, ArticleHeading Heading)? FindSection(string pageUrl, string id)
    {
        var article = snapshot.FindArticle(pageUrl)
            ?? (snapshot.FindRedirect(pageUrl) is { } moved ? snapshot.FindArticle(moved) : null);
        if (article is null)
        {
            return null;
        }

        var current = article.AnchorAliases.GetValueOrDefault(id) is { } renamed && !article.Headings.Any(heading => heading.Id == id) ? renamed : id;
        return article.Headings.FirstOrDefault(heading => heading.Id == current) is { } found ? (article, found) : null;
    }

    /// <summary>The first sentences under a heading, or the page's description when it has none of its own.</summary>
    public string Lead(Article article, ArticleHeading heading)
    {
        var leads = _leads.GetOrAdd(article.Url, _ => article.SectionLeadReader());
        return leads.GetValueOrDefault(heading.Id) is { Length: > 0 } lead ? lead : article.Description;
    }

    private static Dictionary<string, CardText> IndexCards(ContentSnapshot snapshot)
    {
        var catalog = new ShareCatalog(snapshot);
        var cards = new Dictionary<string, CardText>(StringComparer.Ordinal);
        void Add(CardText card) => cards.TryAdd(card.Fingerprint, card);

        Add(catalog.SiteCard);
        Add(NeutralCard);
        foreach (var topic in snapshot.Topics)
        {
            Add(catalog.PageCard(topic.Title));
            foreach (var article in topic.Articles)
            {
                Add(catalog.PageCard(article.Title));
                foreach (var heading in article.Headings)
                {
                    Add(catalog.SectionCard(article, heading));
                }
            }
        }

        return cards;
    }
}
