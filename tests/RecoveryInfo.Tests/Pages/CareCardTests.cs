using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Pages;

/// <summary>How care cards render, and a page that opens with an emergency card leading with it.</summary>
public sealed class CareCardTests : IDisposable
{
    private readonly string _folder = Fixtures.CopyContent(Fixtures.ContentPath);
    private readonly SiteFactory _site;

    public CareCardTests()
    {
        File.WriteAllText(Path.Combine(_folder, "alpha", "act-now.md"), """
            ---
            title: Act now
            description: What to do when someone is very unwell.
            ---

            Use this page if someone is unwell.

            :::emergency
            - they are not breathing
            - they cannot be woken
            :::

            ## Less urgent

            :::urgent
            - it hurts to pee
            :::

            :::non-urgent
            - you want to cut down
            :::
            """);
        _site = new SiteFactory(_folder);
    }

    [Fact]
    public async Task Each_card_has_its_NHS_heading_with_dialable_numbers_and_its_list()
    {
        var document = await _site.CreateClient().GetDocumentAsync("/alpha/act-now");

        var cards = document.QuerySelectorAll(".article-body .care-card").ToList();
        Assert.Equal(["care-card-emergency", "care-card-urgent", "care-card-non-urgent"], cards.Select(card => card.ClassList[1]));
        Assert.Equal(
            [
                ("H2", "Emergency advice: Call 999 or go to A&E if:"),
                ("H3", "Urgent advice: Ask for an urgent GP appointment or call NHS 111 if:"),
                ("H3", "Non-urgent advice: Speak to a GP if:"),
            ],
            cards.Select(card => card.QuerySelector(".care-card-heading")!).Select(heading => (heading.TagName, heading.TextContent)));
        Assert.Equal(["tel:999"], cards[0].QuerySelectorAll(".care-card-heading a").Select(link => link.GetAttribute("href")));
        Assert.Equal(("tel:111", "NHS 111"), cards[1].QuerySelectorAll(".care-card-heading a").Select(link => (link.GetAttribute("href"), link.TextContent)).Single());
        Assert.All(cards, card => Assert.NotEmpty(card.QuerySelectorAll(".care-card-body li")));
    }

    [Fact]
    public async Task A_page_that_opens_with_an_emergency_card_leads_with_it_and_other_pages_keep_their_summary_and_contents()
    {
        var client = _site.CreateClient();

        var actNow = await client.GetDocumentAsync("/alpha/act-now");
        Assert.Null(actNow.QuerySelector("main .lede"));
        Assert.Null(actNow.QuerySelector("main nav.contents"));
        Assert.Equal("Use this page if someone is unwell.", actNow.QuerySelector(".article-body > p")?.TextContent);
        Assert.Equal("care-card care-card-emergency", actNow.QuerySelector(".article-body > p + div")?.ClassName);

        var other = await client.GetDocumentAsync("/beta/first");
        Assert.NotNull(other.QuerySelector("main .lede"));
        Assert.NotNull(other.QuerySelector("main nav.contents"));
    }

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
