using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Sharing;

namespace RecoveryInfo.Benchmarks;

/// <summary>
/// Drawing every preview card (each page and section) of the real content plus 1,000 generated
/// articles, on one core and on every core (as the export fetches them). One card's cost is the
/// first figure over the card count the set-up prints: timed alone, a single draw is mostly start-up.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1)]
public class CardBenchmarks
{
    private string _folder = "";
    private List<CardText> _cards = [];
    private readonly CardPainter _painter = new();

    [Params(1000)]
    public int GeneratedArticles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = GeneratedContent.Create(GeneratedArticles);
        var snapshot = SnapshotBuilder.Create().Load(_folder, includeDrafts: false);
        _cards = [.. new ShareCatalog(snapshot).Cards];
        Console.WriteLine($"// {snapshot.Articles.Count()} articles, {_cards.Count} cards");
    }

    [GlobalCleanup]
    public void Cleanup() => GeneratedContent.Delete(_folder);

    [Benchmark(Description = "Draw every card, one core")]
    public long DrawEvery()
    {
        long bytes = 0;
        foreach (var card in _cards)
        {
            bytes += _painter.Draw(card).Length;
        }

        return bytes;
    }

    [Benchmark(Description = "Draw every card, every core")]
    public long DrawEveryInParallel()
    {
        long bytes = 0;
        Parallel.ForEach(_cards, card => Interlocked.Add(ref bytes, _painter.Draw(card).Length));
        return bytes;
    }
}
