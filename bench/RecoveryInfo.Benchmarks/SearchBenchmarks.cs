using BenchmarkDotNet.Attributes;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Search;

namespace RecoveryInfo.Benchmarks;

/// <summary>
/// What one search request costs over the real articles (query building, Lucene search, snippets),
/// and what a rebuild after a content change costs.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private ContentSnapshot _snapshot = null!;
    private SearchIndex _index = null!;

    [Params("withdrawal how long", "bladder pain", "withdrawl", "relapsing", "zebra")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = RealContent.Load();
        _index = SearchIndexer.BuildOnce(_snapshot);
    }

    [Benchmark]
    public int Search() => _index.Search(SearchInput.From([Query]), 1, SiteSearch.ResultsPerPage).Hits.Count;
}
