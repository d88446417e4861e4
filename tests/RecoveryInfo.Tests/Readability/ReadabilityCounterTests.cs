using RecoveryInfo.Web.Content.Readability;

namespace RecoveryInfo.Tests.Readability;

/// <summary>The counter behind <c>check</c>'s reading levels, held to published reference values.</summary>
public sealed class ReadabilityCounterTests
{
    [Fact]
    public void The_platypus_sentence_scores_the_published_grade_of_11_3()
    {
        // Wikipedia's Flesch–Kincaid example: 13 words, 24 syllables, one sentence, grade 11.3.
        var score = ProseTally.Measure("The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.");

        Assert.Equal(13, score.Words);
        Assert.Equal(1, score.Sentences);
        Assert.Equal(24, score.Syllables);
        Assert.InRange(score.Grade, 11.3 - 0.5, 11.3 + 0.5);
    }

    [Fact]
    public void The_cat_on_the_mat_scores_the_published_reading_ease_of_116()
    {
        // Wikipedia's Flesch reading ease example: "The cat sat on the mat." scores 116.
        var score = ProseTally.Measure("The cat sat on the mat.");

        Assert.InRange(score.ReadingEase, 116 - 0.5, 116 + 0.5);
        Assert.InRange(score.Grade, -1.45 - 0.5, -1.45 + 0.5);
    }

    [Fact]
    public void Smog_of_one_polysyllable_per_sentence_over_thirty_sentences_is_8_8()
    {
        // McLaughlin's formula, 1.043·√(30·30/30) + 3.1291 = 8.84 (his rounded rule, 3 + √30, gives 8.5).
        var text = string.Join(' ', Enumerable.Repeat("My medicine helps.", 30));

        var score = ProseTally.Measure(text);

        Assert.Equal(30, score.Sentences);
        Assert.Equal(30, score.Polysyllables);
        Assert.InRange(score.Smog, 8.84 - 0.05, 8.84 + 0.05);
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("make", 1)]
    [InlineData("makes", 1)]
    [InlineData("used", 1)]
    [InlineData("helped", 1)]
    [InlineData("wanted", 2)]
    [InlineData("needed", 2)]
    [InlineData("changes", 2)]
    [InlineData("places", 2)]
    [InlineData("table", 2)]
    [InlineData("people", 2)]
    [InlineData("bladder", 2)]
    [InlineData("support", 2)]
    [InlineData("doctor", 2)]
    [InlineData("happy", 2)]
    [InlineData("treatment", 2)]
    [InlineData("withdrawal", 3)]
    [InlineData("recovery", 4)]
    [InlineData("ketamine", 3)]
    [InlineData("cystitis", 3)]
    [InlineData("urologist", 4)]
    [InlineData("dissociative", 5)]
    [InlineData("information", 4)]
    [InlineData("medium", 3)]
    [InlineData("video", 3)]
    [InlineData("million", 2)]
    [InlineData("usual", 3)]
    [InlineData("anxiety", 4)]
    [InlineData("every", 2)]
    [InlineData("person-first", 3)]
    [InlineData("999", 1)]
    public void Words_have_their_dictionary_syllable_counts(string word, int syllables) =>
        Assert.Equal(syllables, SyllableCounter.Count(word));

    [Fact]
    public void Sentences_end_at_stops_but_not_after_abbreviations_and_every_block_ends_one()
    {
        var tally = new ProseTally();
        tally.Add("Ask a GP, e.g. at your surgery. Is it safe? Yes!");
        tally.Add("A list item without a full stop");

        Assert.Equal(4, tally.Score.Sentences);
        Assert.Equal("Ask a GP, e.g. at your surgery.", tally.LongestSentence);
    }

    [Fact]
    public void The_longest_words_are_those_with_the_most_syllables()
    {
        var tally = new ProseTally();
        tally.Add("Dissociative drugs can cause cystitis. A urologist treats the bladder.");

        Assert.Equal(["dissociative", "urologist", "cystitis"], tally.LongestWords());
    }
}
