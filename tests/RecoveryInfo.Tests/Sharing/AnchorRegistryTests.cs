using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Cli;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Content.Checks;

namespace RecoveryInfo.Tests.Sharing;

/// <summary>The registry in content/anchors.txt catches shared links that an edit would break, and says how to keep them.</summary>
public sealed class AnchorRegistryTests
{
    private const string Regenerate = "run: dotnet run --project src/RecoveryInfo.Web -- anchors";

    private HashSet<string> _baseline = [];

    [Fact]
    public void The_fixture_registry_matches_the_fixture_content()
    {
        var diagnostics = Load(Fixtures.ContentPath).Diagnostics;

        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Path == "content/anchors.txt" || diagnostic.Message.Contains("shared links"));
    }

    [Fact]
    public void A_removed_heading_fails_the_check_with_the_alias_line_to_add_and_passes_once_it_is_added()
    {
        var content = CleanCopy();
        Replace(content, "beta/second.md", "## Another heading", "## A better heading");

        var error = Assert.Single(NewErrors(content));
        Assert.StartsWith("content/beta/second.md:1:1: error: shared links to /beta/second#another-heading no longer land on a section", error);
        Assert.Contains("add the lines \"anchor_aliases:\" and \"  another-heading: a-better-heading\" to this file's front matter", error);
        Assert.Contains(Regenerate, error);

        Replace(content, "beta/second.md", "sources:", "anchor_aliases:\n  another-heading: a-better-heading\nsources:");

        Assert.Empty(NewErrors(content));
    }

    [Fact]
    public async Task Once_aliased_the_old_section_link_lands_on_the_renamed_section_without_javascript()
    {
        var content = CleanCopy();
        Replace(content, "beta/second.md", "## Another heading", "## A better heading");
        Replace(content, "beta/second.md", "sources:", "anchor_aliases:\n  another-heading: a-better-heading\nsources:");
        using var site = new SiteFactory(content);

        var document = await site.CreateClient().GetDocumentAsync("/beta/second");

        var old = document.GetElementById("another-heading");
        Assert.NotNull(old);
        Assert.Equal("a-better-heading", old.NextElementSibling?.Id);
        Assert.Equal("H2", old.NextElementSibling?.TagName);
    }

    [Fact]
    public void An_existing_anchor_aliases_list_gets_just_the_one_line_to_add()
    {
        var content = CleanCopy();
        Replace(content, "beta/first.md", "### A detail", "### One detail");

        var error = Assert.Single(NewErrors(content));

        Assert.StartsWith("content/beta/first.md:1:1: error: shared links to /beta/first#a-detail", error);
        Assert.Contains("add the line \"  a-detail: one-detail\" under anchor_aliases: in this file's front matter", error);
    }

    [Fact]
    public void A_renamed_page_fails_the_check_until_its_old_url_is_an_alias()
    {
        var content = CleanCopy();
        File.Move(Path.Combine(content, "beta", "second.md"), Path.Combine(content, "beta", "later.md"));

        // The fixture's other article links to /beta/second#pinned; that broken link is reported too.
        var error = Assert.Single(NewErrors(content), line => line.StartsWith("content/anchors.txt:", StringComparison.Ordinal));
        Assert.Matches(@"^content/anchors\.txt:\d+:1: error: the page /beta/second no longer exists", error);
        Assert.Contains("add the lines \"aliases:\" and \"  - /beta/second\" to the front matter of content/beta/later.md", error);
        Assert.Contains(Regenerate, error);

        Replace(content, "beta/later.md", "sources:", "aliases:\n  - /beta/second\nsources:");

        Assert.Empty(NewErrors(content));
    }

    [Fact]
    public void A_renamed_topic_folder_fails_the_check_until_it_keeps_its_old_slug()
    {
        var content = CleanCopy();
        File.Delete(Path.Combine(content, "alpha", "broken.md"));
        Directory.Move(Path.Combine(content, "alpha"), Path.Combine(content, "gamma"));

        var error = Assert.Single(NewErrors(content));
        Assert.Matches(@"^content/anchors\.txt:\d+:1: error: the topic /alpha no longer exists", error);
        Assert.Contains("add the line \"slug: alpha\" to the renamed folder's _topic.yml", error);

        File.AppendAllText(Path.Combine(content, "gamma", "_topic.yml"), "slug: alpha\n");

        Assert.Empty(NewErrors(content));
    }

    [Fact]
    public void The_anchors_command_accepts_a_deliberate_removal_and_keeps_links_that_work_through_aliases()
    {
        var content = CleanCopy();
        File.Delete(Path.Combine(content, "alpha", "broken.md"));
        File.Move(Path.Combine(content, "beta", "second.md"), Path.Combine(content, "beta", "later.md"));
        Replace(content, "beta/later.md", "sources:", "aliases:\n  - /beta/second\nsources:");
        Replace(content, "beta/later.md", "## Another heading", "## Replacement");
        Assert.Single(NewErrors(content));

        var output = new StringWriter();
        var status = AnchorsCommand.Run(["--content", content], "unused", output, new StringWriter());

        Assert.Equal(0, status);
        Assert.Contains("removed /beta/second#another-heading", output.ToString());
        var registry = RegistryLines(content);
        Assert.Contains("/beta/second", registry);
        Assert.Contains("/beta/second#pinned", registry);
        Assert.Contains("/beta/later#replacement", registry);
        Assert.DoesNotContain("/beta/second#another-heading", registry);
        Assert.Empty(NewErrors(content));

        Replace(content, "beta/later.md", "aliases:\n  - /beta/second\n", "");

        Assert.Contains(NewErrors(content), line => line.Contains("the page /beta/second no longer exists", StringComparison.Ordinal));
    }

    [Fact]
    public void The_anchors_command_will_not_drop_the_links_of_a_page_that_failed_to_load()
    {
        var content = CleanCopy();
        Replace(content, "beta/second.md", "description: The second article of the beta section.\n", "");
        var before = File.ReadAllText(AnchorRegistry.PathIn(content));

        var error = new StringWriter();
        var status = AnchorsCommand.Run(["--content", content], "unused", new StringWriter(), error);

        Assert.Equal(1, status);
        Assert.Contains("content/beta/second.md:", error.ToString());
        Assert.Equal(before, File.ReadAllText(AnchorRegistry.PathIn(content)));
    }

    [Fact]
    public void New_links_that_are_not_registered_yet_are_a_warning_with_the_command_to_run()
    {
        var content = CleanCopy();
        Replace(content, "alpha/only.md", "Only text.", "Only text.\n\n## A new heading\n\nMore.");

        var warning = Assert.Single(Check(content).Output, line => line.StartsWith("content/anchors.txt:", StringComparison.Ordinal));
        Assert.Empty(NewErrors(content));
        Assert.Contains("warning: 1 new page or section link(s), such as /alpha/only#a-new-heading, are not registered yet", warning);
    }

    [Fact]
    public void Without_a_registry_the_check_warns_how_to_create_one()
    {
        var content = CleanCopy();
        File.Delete(AnchorRegistry.PathIn(content));

        Assert.Contains(Check(content).Output, line => line.StartsWith("content/anchors.txt:1:1: warning: there is no anchor registry", StringComparison.Ordinal));
        Assert.Empty(NewErrors(content));
    }

    [Theory]
    [InlineData("gone: nowhere", "anchor_aliases: 'gone' points to 'nowhere', but this page has no section with that id")]
    [InlineData("help: pinned", "anchor_aliases: 'help' is the id of a section on this page now; remove that line")]
    [InlineData("\"#with-hash\": help", "anchor_aliases: '#with-hash' is not a section id")]
    public void Anchor_alias_mistakes_are_errors_and_never_produce_duplicate_ids(string entry, string message)
    {
        var content = CleanCopy();
        Replace(content, "beta/first.md", "anchor_aliases:\n", $"anchor_aliases:\n  {entry}\n");

        var snapshot = Load(content);

        Assert.Contains(snapshot.Diagnostics, diagnostic => diagnostic.Path == "content/beta/first.md"
            && diagnostic.Severity == DiagnosticSeverity.Error && diagnostic.Message.StartsWith(message, StringComparison.Ordinal));
        var html = snapshot.FindArticle("/beta/first")!.Html;
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "id=\"help\""));
    }

    [Fact]
    public void Two_headings_with_one_id_are_an_error()
    {
        var content = CleanCopy();
        Replace(content, "beta/second.md", "## Another heading", "## Another heading {#pinned}");

        Assert.Contains(Load(content).Diagnostics, diagnostic => diagnostic.Path == "content/beta/second.md"
            && diagnostic.Message.StartsWith("the section id 'pinned' is already used on line", StringComparison.Ordinal));
    }

    /// <summary>
    /// A copy of the fixture content whose registry matches it. The fixtures hold other mistakes on
    /// purpose, so tests compare the check's errors with <see cref="_baseline"/>.
    /// </summary>
    private string CleanCopy()
    {
        var content = Fixtures.CopyContent(Fixtures.ContentPath);
        _baseline = Check(content).Output.Where(line => line.Contains(": error: ", StringComparison.Ordinal)).ToHashSet();
        Assert.DoesNotContain(_baseline, line => line.Contains("anchors.txt", StringComparison.Ordinal) || line.Contains("shared links", StringComparison.Ordinal));
        return content;
    }

    /// <summary>The errors the check reports that the untouched copy did not have.</summary>
    private List<string> NewErrors(string content) =>
        [.. Check(content).Output.Where(line => line.Contains(": error: ", StringComparison.Ordinal) && !_baseline.Contains(line))];

    private static ContentSnapshot Load(string content) =>
        SnapshotBuilder.Create().Load(content, includeDrafts: false);

    private static (int Status, List<string> Output) Check(string content)
    {
        var output = new StringWriter();
        var status = CheckCommand.Run(["--content", content], "unused", output, new StringWriter());
        return (status, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList());
    }

    private static void Replace(string content, string file, string oldText, string newText)
    {
        var path = Path.Combine(content, file);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text);
        File.WriteAllText(path, text.Replace(oldText, newText));
    }

    private static List<string> RegistryLines(string content) =>
        [.. File.ReadAllLines(AnchorRegistry.PathIn(content)).Where(line => !line.StartsWith('#'))];
}
