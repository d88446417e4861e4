using System.Globalization;
using System.Text;
using System.Xml;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Endpoints;

/// <summary>
/// <c>/feed.xml</c>: an Atom feed (RFC 4287) of the published articles, most recently reviewed first.
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
        // An article without a review date has no honest "updated" time, which Atom requires.
        var articles = snapshot.Articles
            .Where(article => !article.Draft && article.LastReviewed is not null)
            .OrderByDescending(article => article.LastReviewed)
            .ThenBy(article => article.Url, StringComparer.Ordinal)
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

            xml.WriteElementString("updated", Namespace, Timestamp(articles.FirstOrDefault()?.LastReviewed ?? DateOnly.MinValue));
            WriteLink(xml, "self", absolute(Path), "application/atom+xml");
            WriteLink(xml, "alternate", absolute("/"), "text/html");
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, snapshot.Site.Name);
            xml.WriteEndElement();

            foreach (var article in articles)
            {
                xml.WriteStartElement("entry", Namespace);
                xml.WriteElementString("id", Namespace, absolute(article.Url));
                xml.WriteElementString("title", Namespace, article.Title);
                xml.WriteElementString("updated", Namespace, Timestamp(article.LastReviewed!.Value));
                WriteLink(xml, "alternate", absolute(article.Url), "text/html");
                xml.WriteElementString("summary", Namespace, article.Description);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static string Timestamp(DateOnly date) =>
        date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void WriteLink(XmlWriter xml, string relation, string href, string type)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", relation);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
