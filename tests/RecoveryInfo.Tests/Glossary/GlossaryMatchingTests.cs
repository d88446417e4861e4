using RecoveryInfo.Web.Content.Glossary;

namespace RecoveryInfo.Tests.Glossary;

/// <summary>How the glossary finds its forms in a run of text.</summary>
public sealed class GlossaryMatchingTests
{
    private static readonly GlossaryTerms _glossary = new("", [
        new GlossaryEntry("detox", "detox", ["detoxification"], "Clearing a drug.", null, 1, 2, 1),
        new GlossaryEntry("NICE", "nice", ["National Institute for Health and Care Excellence"], "An advisory body.", null, 4, 5, 4),
        new GlossaryEntry("K-hole", "k-hole", [], "A state.", null, 7, 8, 7),
        new GlossaryEntry("bladder", "bladder", [], "An organ.", null, 10, 11, 10),
        new GlossaryEntry("ketamine bladder syndrome", "ketamine-bladder-syndrome", [], "Harm.", null, 13, 14, 13),
    ]);

    [Theory]
    [InlineData("Detox first.", "Detox")]
    [InlineData("Both bladders hurt.", "bladders")]
    [InlineData("Detoxification takes days.", "Detoxification")]
    [InlineData("Redetox and detox-free are other words.", "")]
    [InlineData("A nice doctor.", "")]
    [InlineData("NICE says so.", "NICE")]
    [InlineData("The National Institute for Health and\nCare Excellence says so.", "National Institute for Health and\nCare Excellence")]
    [InlineData("In a k-hole you cannot move.", "k-hole")]
    [InlineData("Ketamine bladder syndrome hurts the bladder.", "Ketamine bladder syndrome|bladder")]
    [InlineData("Ketamine, bladder.", "bladder")]
    public void Whole_words_and_phrases_match_in_order_with_acronyms_in_capitals_only(string text, string expected)
    {
        var found = _glossary.Find(text).Select(match => text.Substring(match.Index, match.Length));

        Assert.Equal(expected, string.Join('|', found));
    }

    [Fact]
    public void A_name_in_front_matter_finds_its_entry_by_id_term_or_form()
    {
        Assert.Equal("detox", _glossary.FindByName("detoxification")?.Id);
        Assert.Equal("k-hole", _glossary.FindByName("K-hole")?.Id);
        Assert.Equal("nice", _glossary.FindByName("nice")?.Id);
        Assert.Null(_glossary.FindByName("wombat"));
    }
}
