using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Content;

/// <summary>What the content check says about care cards and phone numbers, at the file and line editors need.</summary>
public sealed class CareCardCheckTests
{
    private const string FrontMatter = """
        ---
        title: Card test
        description: A page for the care card checks.
        sources:
          - title: Source one
            url: https://example.org/one
          - title: Source two
            url: https://example.org/two
        ---

        """;

    [Fact]
    public void A_card_without_a_list_a_box_never_closed_and_an_unknown_kind_are_errors_at_their_line()
    {
        var diagnostics = Check(FrontMatter + """
            Intro.

            :::urgent
            See a doctor today if it hurts.
            :::

            :::emergency
            - they are not breathing
            :::

            :::urgnet
            - a typo
            :::

            :::non-urgent
            - this one is never closed
            """);

        Assert.Equal(
            [
                "content/alpha/cards.md:12:1: error: the care card ':::urgent' needs a list of signs, one '- ' line each, after its heading ('Ask for an urgent GP appointment or call NHS 111 if:' unless you write your own after ':::urgent')",
                "content/alpha/cards.md:20:1: error: unknown callout ':::urgnet'; use one of :::non-urgent, :::urgent, :::emergency, :::warning, :::info",
                "content/alpha/cards.md:24:1: error: ':::non-urgent' is never closed, so the rest of the page falls inside it; end it with a line ':::'",
            ],
            diagnostics);
    }

    [Fact]
    public void A_phone_number_written_as_plain_text_is_a_warning_that_suggests_the_link()
    {
        var diagnostics = Check(FrontMatter + """
            Call FRANK on 0300 123 6600 for advice.

            If it is an emergency, call 999. Samaritans are on 116 123.

            These are fine: [0300 123 6600](tel:+443001236600), [999](tel:999), in 2016, 111 people.
            """);

        Assert.Equal(
            [
                "content/alpha/cards.md:10:15: warning: the phone number '0300 123 6600' is not a link, so a phone cannot dial it; write [0300 123 6600](tel:+443001236600)",
                "content/alpha/cards.md:12:29: warning: the phone number '999' is not a link, so a phone cannot dial it; write [999](tel:999)",
                "content/alpha/cards.md:12:52: warning: the phone number '116 123' is not a link, so a phone cannot dial it; write [116 123](tel:116123)",
            ],
            diagnostics);
    }

    [Fact]
    public void Well_formed_cards_and_linked_numbers_pass()
    {
        var diagnostics = Check(FrontMatter + """
            :::emergency
            - they are not breathing
            :::

            :::urgent See a doctor the same day if:
            - there is blood in your pee

            Or call [NHS 111](tel:111).
            :::
            """);

        Assert.Empty(diagnostics);
    }

    private static List<string> Check(string markdown)
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        File.WriteAllText(Path.Combine(folder, "alpha", "cards.md"), markdown);
        var snapshot = SnapshotBuilder.Create().Load(folder, includeDrafts: true);
        return [.. snapshot.Diagnostics.Where(found => found.Path.EndsWith("cards.md", StringComparison.Ordinal)).Select(found => found.ToString())];
    }
}
