using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace RecoveryInfo.Web.Content.Markdown.Callouts;

/// <summary>What the content check says about <c>:::</c> boxes: unknown kinds, boxes never closed, cards without a list.</summary>
public static class CalloutChecks
{
    public static void Check(IEnumerable<MarkdownObject> nodes, string displayPath, List<ContentDiagnostic> diagnostics)
    {
        foreach (var container in nodes.OfType<CustomContainer>())
        {
            var line = container.Line + 1;
            var kind = CalloutKind.Find(container.Info);
            if (kind is null)
            {
                diagnostics.Add(new(displayPath, line, 1, DiagnosticSeverity.Error,
                    $"unknown callout ':::{container.Info}'; use one of {string.Join(", ", CalloutKind.Names.Select(name => ":::" + name))}"));
                continue;
            }

            if (container.ClosingFencedCharCount == 0)
            {
                diagnostics.Add(new(displayPath, line, 1, DiagnosticSeverity.Error,
                    $"':::{kind.Name}' is never closed, so the rest of the page falls inside it; end it with a line ':::'"));
            }

            if (kind.IsCareCard && !container.OfType<ListBlock>().Any())
            {
                diagnostics.Add(new(displayPath, line, 1, DiagnosticSeverity.Error,
                    $"the care card ':::{kind.Name}' needs a list of signs, one '- ' line each, after its heading ('{kind.DefaultHeading}' unless you write your own after ':::{kind.Name}')"));
            }
        }
    }
}
