using System.Diagnostics;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Markdown;
using Xunit.Abstractions;

namespace RecoveryInfo.Tests.Content;

/// <summary>
/// The generated corpus in <see cref="HostileMarkdown"/>, loaded by the site next to the fixture
/// content: every file is rendered safely or refused with a clear diagnostic, nothing throws, the
/// rebuild finishes, and the ordinary pages keep serving.
/// </summary>
public sealed class HostileMarkdownTests(HostileMarkdownTests.CorpusSite site, ITestOutputHelper output) : IClassFixture<HostileMarkdownTests.CorpusSite>
{
    /// <summary>Not a speed limit: only there so a stalled rebuild fails the test instead of hanging the run.</summary>
    private static readonly TimeSpan _hangGuard = TimeSpan.FromMinutes(3);

    public static TheoryData<string> CaseNames => [.. HostileMarkdown.Corpus().Select(hostile => hostile.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Each_hostile_file_is_rendered_safely_or_refused_with_a_clear_diagnostic(string name)
    {
        var hostile = HostileMarkdown.Corpus().Single(candidate => candidate.Name == name);
        var response = await site.Client.GetAsync($"/{HostileMarkdown.Section}/{name}");
        var diagnostics = site.Snapshot.Diagnostics.Where(diagnostic => diagnostic.Path == $"content/{HostileMarkdown.Section}/{name}.md").ToList();
        output.WriteLine($"{name}: {(int)response.StatusCode}; {diagnostics.Count} diagnostic(s); first: {diagnostics.FirstOrDefault()}");

        if (hostile.Refusal is { } refusal)
        {
            Assert.Equal(404, (int)response.StatusCode);
            Assert.Contains(diagnostics, diagnostic => diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Message.Contains(refusal, StringComparison.Ordinal));
        }
        else if (hostile.MustRender)
        {
            Assert.Equal(200, (int)response.StatusCode);
        }
        else
        {
            Assert.True((int)response.StatusCode == 200 || diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error),
                $"{name} was neither published nor reported");
        }

        if ((int)response.StatusCode == 200)
        {
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain('\0', html);
            AssertSafe(await Html.ParseAsync(response), name);
        }
    }

    [Fact]
    public async Task The_ordinary_pages_keep_serving_next_to_the_corpus()
    {
        foreach (var url in new[] { "/", "/beta", "/beta/first", "/beta/second", $"/{HostileMarkdown.Section}" })
        {
            Assert.Equal(200, (int)(await site.Client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task A_rebuild_over_the_corpus_finishes_and_reports_the_same_findings()
    {
        var store = site.Services.GetRequiredService<ContentStore>();
        var watch = Stopwatch.StartNew();

        var rebuilt = await Task.Run(store.Reload).WaitAsync(_hangGuard);

        output.WriteLine($"rebuild over the corpus took {watch.ElapsedMilliseconds} ms");
        Assert.Equal(
            site.Snapshot.Diagnostics.Select(diagnostic => diagnostic.ToString()).Order(StringComparer.Ordinal),
            rebuilt.Diagnostics.Select(diagnostic => diagnostic.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Direction_overrides_and_zero_width_spaces_are_reported_with_their_line()
    {
        var path = $"content/{HostileMarkdown.Section}/right-to-left-and-zero-width-headings.md";
        var warnings = site.Snapshot.Diagnostics.Where(diagnostic => diagnostic.Path == path && diagnostic.Message.StartsWith("invisible character", StringComparison.Ordinal)).ToList();

        Assert.Contains(warnings, warning => warning.Message.Contains("U+202E", StringComparison.Ordinal) && warning.Line == 10);
        Assert.Contains(warnings, warning => warning.Message.Contains("U+200B", StringComparison.Ordinal) && warning.Line == 14);
        Assert.DoesNotContain(warnings, warning => warning.Line == 22);
        Assert.All(warnings, warning => Assert.Equal(DiagnosticSeverity.Warning, warning.Severity));
    }

    [Fact]
    public void Unsafe_links_are_reported_with_their_line()
    {
        var path = $"content/{HostileMarkdown.Section}/every-link-scheme.md";
        var reported = site.Snapshot.Diagnostics.Where(diagnostic => diagnostic.Path == path && diagnostic.Message.Contains("is not allowed", StringComparison.Ordinal)).ToList();

        Assert.True(reported.Count >= 20, $"only {reported.Count} unsafe links reported");
        Assert.All(reported, diagnostic => Assert.True(diagnostic.Line > 4));
    }

    private static void AssertSafe(IDocument document, string name)
    {
        var main = document.QuerySelector("main") ?? throw new InvalidOperationException($"{name}: no main element");
        Assert.Empty(main.QuerySelectorAll("script, iframe, object, embed, style, svg, form, base, meta, link"));
        foreach (var element in main.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{name}: <{element.LocalName} {attribute.Name}>");
                Assert.NotEqual("style", attribute.Name);
                Assert.NotEqual("srcdoc", attribute.Name);
                if (attribute.Name is "href" or "src" or "srcset" or "action" or "formaction" or "data")
                {
                    Assert.True(LinkSafety.IsAllowed(attribute.Value), $"{name}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }
            }
        }
    }

    /// <summary>The fixture content plus the corpus in its own section, loaded once for the class.</summary>
    public sealed class CorpusSite : IDisposable
    {
        private readonly SiteFactory _factory;

        public CorpusSite()
        {
            var content = Fixtures.CopyContent(Fixtures.ContentPath);
            var folder = Path.Combine(content, HostileMarkdown.Section);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "_topic.yml"), "title: Hostile\ndescription: Generated hostile files.\n");
            foreach (var hostile in HostileMarkdown.Corpus())
            {
                File.WriteAllBytes(Path.Combine(folder, hostile.Name + ".md"), hostile.Bytes);
            }

            _factory = new SiteFactory(content);
            var watch = Stopwatch.StartNew();
            Client = Task.Run(() => _factory.CreateClient()).WaitAsync(_hangGuard).GetAwaiter().GetResult();
            StartupMilliseconds = watch.ElapsedMilliseconds;
            Snapshot = _factory.Services.GetRequiredService<ContentStore>().Current;
        }

        public HttpClient Client { get; }

        public ContentSnapshot Snapshot { get; }

        public long StartupMilliseconds { get; }

        public IServiceProvider Services => _factory.Services;

        public void Dispose() => _factory.Dispose();
    }
}
