using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RecoveryInfo.Benchmarks;

/// <summary>
/// Serving a card already drawn against serving a cached page, through the whole request pipeline
/// in process (ASP.NET Core's test server, no sockets), over the real content.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class CardServingBenchmarks
{
    private WebApplicationFactory<RecoveryInfo.Web.Sharing.CardPainter> _site = null!;
    private HttpClient _client = null!;
    private string _card = "";
    private const string Page = "/understanding/physical-harm";

    [GlobalSetup]
    public void Setup()
    {
        _site = new WebApplicationFactory<RecoveryInfo.Web.Sharing.CardPainter>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Content:Path", GeneratedContent.RealFolder);
        });
        _client = _site.CreateClient();
        var html = _client.GetStringAsync(Page).GetAwaiter().GetResult();
        var start = html.IndexOf("/cards/", StringComparison.Ordinal);
        _card = html[start..html.IndexOf('"', start)];
        _client.GetByteArrayAsync(_card).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _site.Dispose();

    [Benchmark(Description = "Serve a cached card", Baseline = true)]
    public Task<byte[]> ServeCard() => _client.GetByteArrayAsync(_card);

    [Benchmark(Description = "Serve a cached page")]
    public Task<byte[]> ServePage() => _client.GetByteArrayAsync(Page);
}
