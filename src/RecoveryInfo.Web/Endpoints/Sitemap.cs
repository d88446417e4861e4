using System.Globalization;
using System.Text;
using System.Xml;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Glossary;
using RecoveryInfo.Web.Serving;

namespace RecoveryInfo.Web.Endpoints;

/// <summary>
/// <c>/sitemap.xml</c>: the home page, the glossary (when there is one), every topic and every
/// published article, each with the date it was last reviewed. Drafts, and pages before their publish_on or after their expire_on, never
/// appear, even where the snapshot holds them (Development).
/// </summary>
public static class Sitemap
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Build(ContentSnapshot snapshot, PublicUrls urls)
    {
        var topics = snapshot.Topics
            .Select(topic => (topic, articles: topic.Articles.Where(snapshot.IsPublished).ToList()))
            .Where(pair => pair.articles.Count > 0)
            .ToList();

        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            WriteUrl(xml, urls.Absolute("/"), Latest(topics.SelectMany(pair => pair.articles)));
            if (snapshot.Glossary.Entries.Count > 0)
            {
                // glossary.yml carries no review date of its own.
                WriteUrl(xml, urls.Absolute(GlossaryTerms.Url), lastModified: null);
            }

            foreach (var (topic, articles) in topics)
            {
                WriteUrl(xml, urls.Absolute(topic.Url), Latest(articles));
                foreach (var article in articles)
                {
                    WriteUrl(xml, urls.Absolute(article.Url), article.LastReviewed);
                }
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static DateOnly? Latest(IEnumerable<Article> articles) => articles.Max(article => article.LastReviewed);

    private static void WriteUrl(XmlWriter xml, string location, DateOnly? lastModified)
    {
        xml.WriteStartElement("url", Namespace);
        xml.WriteElementString("loc", Namespace, location);
        if (lastModified is { } date)
        {
            xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }
}
