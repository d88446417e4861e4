using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Sharing;

namespace RecoveryInfo.Web.Export;

public sealed partial class SiteExporter
{
    /// <summary>Share URLs, discreet links and cards: reached from share.js and previews, not from page links.</summary>
    private async Task AddSharingAsync(ContentSnapshot snapshot, CancellationToken cancellationToken)
    {
        var sharing = new ShareCatalog(snapshot);
        foreach (var article in snapshot.Articles)
        {
            foreach (var heading in article.Headings)
            {
                Enqueue(ShareCatalog.SectionPath(article.Url, heading.Id), "the share links");
            }
        }

        foreach (var code in sharing.ShortLinks.Codes.Order(StringComparer.Ordinal))
        {
            Enqueue(ShortLinks.Prefix + code, "the discreet links");
        }

        await FetchCardsAsync(sharing.Cards.Select(card => card.Url), cancellationToken);
    }

    /// <summary>
    /// Cards are drawn when first asked for, a few milliseconds of CPU each, and a site has one per
    /// section: fetched side by side so a large export uses every core. Added in URL order.
    /// </summary>
    private async Task FetchCardsAsync(IEnumerable<string> cardUrls, CancellationToken cancellationToken)
    {
        var urls = cardUrls.Where(_seen.Add).Order(StringComparer.Ordinal).ToList();
        var answers = new (int Status, byte[] Bytes)[urls.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, urls.Count, options, async (index, token) =>
        {
            using var response = await client.GetAsync(urls[index], token);
            answers[index] = ((int)response.StatusCode, response.IsSuccessStatusCode ? await response.Content.ReadAsByteArrayAsync(token) : []);
        });

        for (var index = 0; index < urls.Count; index++)
        {
            if (answers[index].Status == 200)
            {
                Add(urls[index], isPage: false, answers[index].Bytes);
            }
            else
            {
                _errors.Add($"{urls[index]} (a preview card) answered {answers[index].Status}");
            }
        }
    }
}
