using BenchmarkDotNet.Attributes;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Markdown;

namespace RecoveryInfo.Benchmarks;

/// <summary>
/// Building the content snapshot: the whole site from cold (what start-up does), the rebuild after
/// one saved file (what live reload does), and one article on its own (ms per article).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class SnapshotBuildBenchmarks
{
    private string _folder = "";
    private string _editedFile = "";
    private string _editedText = "";
    private string _articleText = "";
    private int _edits;
    private SnapshotBuilder _liveLoader = null!;
    private ContentSnapshot _current = null!;
    private readonly MarkdownRenderer _renderer = new();
    private readonly FrontMatterReader _frontMatter = new();

    /// <summary>Articles added to the real ones.</summary>
    [Params(1000)]
    public int GeneratedArticles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = GeneratedContent.Create(GeneratedArticles);
        _editedFile = Path.Combine(_folder, "understanding", "physical-harm.md");
        _editedText = File.ReadAllText(_editedFile);
        _articleText = _editedText;
        _liveLoader = NewLoader();
        _current = _liveLoader.Load(_folder, includeDrafts: false);
        Console.WriteLine($"// {_current.Articles.Count()} articles in {_folder}");
    }

    [GlobalCleanup]
    public void Cleanup() => GeneratedContent.Delete(_folder);

    [Benchmark(Description = "Build every article from cold")]
    public ContentSnapshot BuildAll() => NewLoader().Load(_folder, includeDrafts: false);

    [Benchmark(Description = "Rebuild after one file changed")]
    public ContentSnapshot RebuildAfterOneEdit()
    {
        File.WriteAllText(_editedFile, _editedText + $"\nEdit {++_edits}.\n");
        _current = _liveLoader.Load(_folder, includeDrafts: false, _current);
        return _current;
    }

    [Benchmark(Description = "Read one article (parse, front matter)")]
    public ArticleFrontMatter? ReadOne()
    {
        var parsed = _renderer.Parse(_articleText, "content/understanding/physical-harm.md");
        return _frontMatter.Read<ArticleFrontMatter>(parsed.FrontMatterYaml!, parsed.FrontMatterLine + 2, "content/understanding/physical-harm.md", []);
    }

    [Benchmark(Description = "Render one article's HTML (first request)")]
    public string RenderOne() => _renderer.RenderHtml(_articleText, "content/understanding/physical-harm.md");

    private static SnapshotBuilder NewLoader() => SnapshotBuilder.Create();
}
