using System.Collections.Concurrent;

namespace RecoveryInfo.Web.Sharing;

/// <summary>
/// Cards already drawn, by fingerprint. A fingerprint names the words on the card, so a card stays
/// valid across content versions until its words change, and is drawn once however many requests
/// arrive together. Kept up to a memory budget; past it a card is drawn for each request, which
/// CDNs and browsers (the URL is immutable) make rare.
/// </summary>
public sealed class CardStore(CardPainter painter)
{
    /// <summary>About 3,000 cards of 20–30 KB each.</summary>
    public const long BudgetBytes = 64L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _cards = new(StringComparer.Ordinal);
    private long _bytes;

    public byte[] Get(CardText card)
    {
        if (_cards.TryGetValue(card.Fingerprint, out var kept))
        {
            return kept.Value;
        }

        if (Interlocked.Read(ref _bytes) >= BudgetBytes)
        {
            return painter.Draw(card);
        }

        var lazy = _cards.GetOrAdd(card.Fingerprint, _ => new Lazy<byte[]>(() =>
        {
            var png = painter.Draw(card);
            Interlocked.Add(ref _bytes, png.Length);
            return png;
        }));
        return lazy.Value;
    }
}
