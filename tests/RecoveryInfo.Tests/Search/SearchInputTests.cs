using RecoveryInfo.Web.Search;

namespace RecoveryInfo.Tests.Search;

public sealed class SearchInputTests
{
    [Theory]
    [InlineData("  bladder   pain  ", "bladder pain")]
    [InlineData("bladder\tpain\r\n", "bladder pain")]
    [InlineData("a\u0000b\u001Fc\u007Fd", "a b c d")]
    [InlineData("\u202Ebladder\u200B", "bladder")]
    [InlineData("\u0085\u2028", "")]
    [InlineData("", "")]
    public void Input_is_cleaned_into_plain_words(string raw, string expected)
    {
        var input = SearchInput.From([raw]);

        Assert.Equal(expected, input.Text);
        Assert.False(input.WasShortened);
        Assert.Equal(expected.Length == 0, input.IsEmpty);
    }

    [Fact]
    public void Every_value_counts_and_missing_values_are_ignored()
    {
        Assert.Equal("bladder pain", SearchInput.From(["bladder", null, "pain"]).Text);
        Assert.True(SearchInput.From([]).IsEmpty);
    }

    [Fact]
    public void Long_input_is_cut_without_splitting_a_character()
    {
        var raw = new string('a', SearchInput.MaxLength - 1) + "💧💧";

        var input = SearchInput.From([raw]);

        Assert.True(input.WasShortened);
        Assert.Equal(SearchInput.MaxLength - 1, input.Text.Length);
        Assert.False(char.IsHighSurrogate(input.Text[^1]));
        Assert.Equal(SearchInput.MaxLength, SearchInput.From([new string('b', 2_000)]).Text.Length);
    }
}
