using AngleSharp.Dom;

namespace RecoveryInfo.Tests.Sharing;

/// <summary>Enough of the accessible-name rules for links and buttons made of text: aria-label, else text not hidden from assistive technology.</summary>
public static class Accessibility
{
    public static string Name(IElement element)
    {
        if (element.GetAttribute("aria-label") is { Length: > 0 } label)
        {
            return label;
        }

        return string.Concat(element.ChildNodes.Select(node => node switch
        {
            IElement child when child.GetAttribute("aria-hidden") == "true" => "",
            IElement child => Name(child),
            _ => node.TextContent,
        })).Trim();
    }
}
