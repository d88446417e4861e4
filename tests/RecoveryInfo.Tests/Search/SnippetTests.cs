using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;
using RecoveryInfo.Web.Search;

namespace RecoveryInfo.Tests.Search;

/// <summary>The index answers with data; the search page alone turns it into markup.</summary>
public sealed class SnippetTests
{
    [Fact]
    public void A_hit_carries_its_snippet_as_plain_text_with_the_matched_words_marked_as_data()
    {
        var snapshot = SnapshotBuilder.Create().Load(Fixtures.SearchContentPath, includeDrafts: false);
        var index = SearchIndexer.BuildOnce(snapshot);

        var hit = index.Search(SearchInput.From(["bladder"]), 1, 10).Hits[0].Sections[0];

        Assert.Contains(hit.Snippet.Parts, part => part.Matched && part.Text.Equals("bladder", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(hit.Snippet.Parts, part => part.Text.Contains('<') || part.Text.Contains('\uE000'));
        Assert.Equal(string.Concat(hit.Snippet.Parts.Select(part => part.Text)), hit.Snippet.Text);
    }

    [Fact]
    public void Marked_text_splits_into_parts_and_stray_marks_add_no_empty_parts()
    {
        var snippet = Snippet.FromMarked("\uE000Pee\uE001 that burns \uE000\uE001and \uE000blood\uE001", '\uE000', '\uE001');

        Assert.Equal(
            [new("Pee", true), new(" that burns ", false), new("and ", false), new("blood", true)],
            snippet.Parts);
        Assert.Equal("[Pee] that burns and [blood]", snippet.ToString());
    }
}
