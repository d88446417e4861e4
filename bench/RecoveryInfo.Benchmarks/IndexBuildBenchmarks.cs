using BenchmarkDotNet.Attributes;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Search;

namespace RecoveryInfo.Benchmarks;

/// <summary>The cost of building the search index from a content snapshot, as after each content change.</summary>
[MemoryDiagnoser]
public class IndexBuildBenchmarks
{
    private ContentSnapshot _snapshot = null!;

    [GlobalSetup]
    public void Setup() => _snapshot = RealContent.Load();

    [Benchmark]
    public int BuildIndex() => SearchIndexer.BuildOnce(_snapshot).DocumentCount;
}
