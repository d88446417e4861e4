using System.Text.RegularExpressions;
using AngleSharp.Dom;
using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Content;

/// <summary>The real site leads with UK help, and every number it gives can be tapped.</summary>
public sealed partial class UkFirstHelpTests(UkFirstHelpTests.RealSite site) : IClassFixture<UkFirstHelpTests.RealSite>
{
    [Fact]
    public async Task Every_page_offers_999_and_NHS_111_to_tap_and_the_urgent_help_page_gives_Shout_Childline_and_other_countries()
    {
        var document = await site.CreateClient().GetDocumentAsync("/get-help/urgent-help");
        var line = document.QuerySelector("aside.urgent-help")!;

        Assert.Equal(["tel:999", "tel:111", "/get-help/urgent-help"], line.QuerySelectorAll("a").Select(link => link.GetAttribute("href")));

        var main = document.QuerySelector("main")!.QuerySelectorAll("a").Select(link => link.GetAttribute("href")).ToList();
        Assert.Equal("tel:999", main.First(href => href!.StartsWith("tel:", StringComparison.Ordinal)));
        Assert.Contains("tel:111", main);
        Assert.Contains("sms:85258?body=SHOUT", main);
        Assert.Contains("tel:08001111", main);
        Assert.True(main.IndexOf("tel:911") > main.IndexOf("tel:08001111"), "a US number comes before the UK helplines");
    }

    [Fact]
    public async Task Every_phone_number_on_the_urgent_help_page_is_a_link()
    {
        var document = await site.CreateClient().GetDocumentAsync("/get-help/urgent-help");

        var untappable = document.QuerySelectorAll("main, aside.urgent-help")
            .SelectMany(Texts)
            .Where(text => text.ParentElement?.Closest("a") is null && !IsLabelOfALinkedLine(text))
            .SelectMany(text => PhoneNumber().Matches(text.Data).Select(match => match.Value))
            .ToList();

        Assert.Empty(untappable);
    }

    /// <summary>A line's bold name, such as "NHS 111" or "988 Suicide and Crisis Lifeline", beside its own tappable number.</summary>
    private static bool IsLabelOfALinkedLine(IText text) =>
        text.ParentElement?.Closest("strong")?.ParentElement is { } line
        && line.QuerySelectorAll("a").Any(link => link.GetAttribute("href") is { } href
            && (href.StartsWith("tel:", StringComparison.Ordinal) || href.StartsWith("sms:", StringComparison.Ordinal)));

    private static IEnumerable<IText> Texts(INode node) =>
        node.ChildNodes.SelectMany(child => child is IText text ? [text] : Texts(child));

    /// <summary>Numbers of five digits or more (spaces and hyphens allowed), and the short lines 999, 111, 112, 911, 988 and 000.</summary>
    [GeneratedRegex(@"(?<![\d-])(\+?\d[\d -]{3,}\d|999|111|112|911|988|000)(?![\d-])")]
    private static partial Regex PhoneNumber();

    public sealed class RealSite() : SiteFactory(Fixtures.RealContentPath);
}
