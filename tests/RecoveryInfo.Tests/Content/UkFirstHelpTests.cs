using System.Text.RegularExpressions;
using AngleSharp.Dom;
using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Content;

/// <summary>The real site leads with UK help, and every number it gives can be tapped.</summary>
public sealed partial class UkFirstHelpTests(UkFirstHelpTests.RealSite site) : IClassFixture<UkFirstHelpTests.RealSite>
{
    [Fact]
    public async Task The_urgent_help_page_offers_NHS_111_Shout_and_Childline_to_tap_before_other_countries()
    {
        var document = await site.CreateClient().GetDocumentAsync("/get-help/urgent-help");
        var box = document.QuerySelector("aside.urgent-help")!;

        var first = box.QuerySelectorAll("a").Where(link => link.Closest("details") is null).Select(link => link.GetAttribute("href")).ToList();
        Assert.Equal("tel:999", first[0]);
        Assert.Contains("tel:111", first);
        Assert.Contains("sms:85258?body=SHOUT", first);
        Assert.Contains("tel:08001111", first);
        Assert.DoesNotContain("tel:911", first);
        Assert.Contains(box.QuerySelectorAll("details.urgent-elsewhere a"), link => link.GetAttribute("href") == "tel:911");

        var main = document.QuerySelector("main")!.QuerySelectorAll("a").Select(link => link.GetAttribute("href")).ToList();
        Assert.Contains("tel:111", main);
        Assert.Contains("sms:85258?body=SHOUT", main);
        Assert.Contains("tel:08001111", main);
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
