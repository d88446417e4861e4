using System.Globalization;
using System.Text;
using System.Xml;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Endpoints;

/// <summary>
/// <c>/feed.xml</c>: an Atom feed (RFC 4287) of the published articles, most recently changed first.
/// An entry's <c>updated</c> and summary follow the page's latest "Page updated" note
/// (<c>changes:</c>), so a review alone, which changes nothing readers need to know, never announces
/// a page again; a page with no note yet is dated by its <c>publish_on</c>, or else its last review.
/// It depends only on the snapshot and the public origin, so every replica serves the same bytes.
/// </summary>
public static class AtomFeed
{
    public const string Path = "/feed.xml";
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string Namespace = "http://www.w3.org/2005/Atom";

    /// <param name="snapshot">The content to announce.</param>
    /// <param name="absolute">Turns a site path into the absolute URL readers use.</param>
    public static byte[] Build(ContentSnapshot snapshot, Func<string, string> absolute)
    {
        // An article with no date at all has no honest "updated" time, which Atom requires.
        var entries = snapshot.Articles
            .Where(snapshot.IsPublished)
            .Select(article => (Article: article, Updated: Updated(article)))
            .Where(entry => entry.Updated is not null)
            .OrderByDescending(entry => entry.Updated)
            .ThenBy(entry => entry.Article.Url, StringComparer.Ordinal)
            .ToList();

        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteElementString("id", Namespace, absolute("/"));
            xml.WriteElementString("title", Namespace, snapshot.Site.Name);
            if (!string.IsNullOrWhiteSpace(snapshot.Site.Tagline))
            {
                xml.WriteElementString("subtitle", Namespace, snapshot.Site.Tagline);
            }

            xml.WriteElementString("updated", Namespace, Timestamp(entries.FirstOrDefault().Updated ?? DateTimeOffset.MinValue));
            WriteLink(xml, "self", absolute(Path), "application/atom+xml");
            WriteLink(xml, "alternate", absolute("/"), "text/html");
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, snapshot.Site.Name);
            xml.WriteEndElement();

            foreach (var (article, updated) in entries)
            {
                xml.WriteStartElement("entry", Namespace);
                xml.WriteElementString("id", Namespace, absolute(article.Url));
                xml.WriteElementString("title", Namespace, article.Title);
                xml.WriteElementString("updated", Namespace, Timestamp(updated!.Value));
                if (article.PublishOn is { } published)
                {
                    xml.WriteElementString("published", Namespace, Timestamp(published));
                }

                WriteLink(xml, "alternate", absolute(article.Url), "text/html");
                xml.WriteElementString("summary", Namespace, article.LatestChange?.Summary ?? article.Description);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// When the page last changed for readers: its latest change note, or the moment it was published
    /// if that is later; with neither, its last review.
    /// </summary>
    public static DateTimeOffset? Updated(Article article)
    {
        var changed = article.LatestChange is { } change ? Midnight(change.Date) : (DateTimeOffset?)null;
        if (article.PublishOn is { } published && !(changed > published))
        {
            return published;
        }

        return changed ?? (article.LastReviewed is { } reviewed ? Midnight(reviewed) : null);
    }

    private static DateTimeOffset Midnight(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void WriteLink(XmlWriter xml, string relation, string href, string type)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", relation);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
