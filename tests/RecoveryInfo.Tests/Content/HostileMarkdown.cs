using System.Text;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Content;

/// <summary>
/// A generated corpus of hostile Markdown files, each with what the site must do with it: render it
/// safely, or refuse it with a diagnostic containing <see cref="Refusal"/>. <see cref="MayRefuse"/> cases
/// may go either way but must still never throw, stall or produce unsafe output.
/// </summary>
public sealed record HostileMarkdown(string Name, byte[] Bytes, string? Refusal, bool Either = false)
{
    public const string Section = "hostile";

    public bool MustRender => Refusal is null && !Either;

    public static IReadOnlyList<HostileMarkdown> Corpus()
    {
        var random = new Random(20260909);
        return
        [
            Refuse("deep-quotes", Repeat("> ", 10_000) + "deep\n", "levels deep in quotes or lists"),
            Refuse("deep-list-markers", Repeat("- ", 10_000) + "deep\n", "levels deep in quotes or lists"),
            Refuse("deep-list-indentation", string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "- item\n")), "could not be rendered"),
            Render("quotes-twenty-deep", Repeat("> ", 20) + "fine\n"),
            Refuse("deep-brackets", Repeat("[", 5_000) + "x" + Repeat("]", 5_000) + "\n", "'[' characters"),
            Refuse("deep-emphasis", Repeat("*", 20_000) + "a" + Repeat("*", 20_000) + "\n", "could not be rendered"),
            Refuse("hundred-thousand-headings", Repeat("#\n", 100_000), "headings"),
            Refuse("thousand-distinct-headings", string.Concat(Enumerable.Range(0, 1_000).Select(i => $"## Heading {i}\n\nText.\n\n")), "headings"),
            Refuse("setext-duplicates", Repeat("a\n-\n", 20_000), "headings"),
            Render("two-hundred-fifty-headings", string.Concat(Enumerable.Range(0, 250).Select(i => $"## Heading {i}\n\nText.\n\n"))),
            Render("one-megabyte-line", Words(random, 1_000_000) + "\n"),
            Render("two-hundred-kilobyte-line", Words(random, 200_000) + "\n"),
            Refuse("ten-megabytes", string.Concat(Enumerable.Repeat(Words(random, 1_022) + "\n\n", 10 * 1_024)), "over the 1 MB limit, so it was not read"),
            Render("every-link-scheme", LinkSchemes()),
            Render("attributes-with-event-handlers", AttributeHandlers()),
            Render("raw-html", "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n<iframe src=//evil.example></iframe>\n\n<svg onload=alert(3)>\n\n<a href=\"javascript:alert(4)\">x</a>\n\n<!-- unclosed comment\n\n<![CDATA[ x\n\n<style>body{}</style>\n"),
            MayRefuse("unbalanced-brackets", string.Concat(Enumerable.Range(0, 50_000).Select(_ => "[]()<>{}*_`!#|\\\"' \n"[random.Next(19)]))),
            Refuse("unclosed-image-openers", Repeat("![a](", 20_000) + "\n", "'[' characters"),
            Refuse("duplicate-reference-definitions", Repeat("[a]: /x\n", 30_000), "'[' characters"),
            Refuse("table-bomb", Repeat("|a", 1_000) + "|\n" + Repeat("|-", 1_000) + "|\n" + Repeat("|b|\n", 1_000), "cells"),
            Render("ordinary-table", "| A | B | C |\n| - | - | - |\n" + Repeat("| one | two | three |\n", 50)),
            Refuse("nul-bytes", "Before\0after.\n", "NUL character"),
            Render("right-to-left-and-zero-width-headings", InvisibleHeadings()),
            Render("control-characters", string.Concat(Enumerable.Range(1, 31).Where(code => code is not ('\n' or '\r')).Select(code => $"Char {code}: a{(char)code}b.\n\n"))),
            Render("long-heading", "## " + Words(random, 100_000) + "\n\nText.\n"),
            Render("many-autolinks", Repeat("<https://example.org/page> ", 5_000) + "\n\n" + Repeat("<javascript:alert(1)> ", 2_000) + "\n"),
            Render("entity-flood", Repeat("&#0; &#x0; &#1114112; &#xD800; &amp &lt;script&gt; &#106;avascript: ", 3_000) + "\n"),
            MayRefuse("nested-callouts", Repeat(":::note\n", 1_000) + "deep\n"),
            Render("unclosed-code-fence", "```\n" + Repeat("<script>alert(1)</script>\n", 5_000)),
            Render("fragment-typos", FragmentTypos(random)),
            Refuse("binary-bytes", RandomBytes(random, 4_096), "not valid UTF-8"),
            Refuse("binary-with-nul", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)'\n'], "NUL character"),
            RefuseFrontMatter("yaml-deep-flow", "order: " + Repeat("{", 100_000) + Repeat("}", 100_000) + "\n", "YAML is nested"),
            RefuseFrontMatter("yaml-deep-mappings", string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', 2 * i) + $"k{i}:\n")), "YAML is nested"),
            RefuseFrontMatter("yaml-deep-sequence", "aliases:\n  " + Repeat("- ", 50_000) + "x\n", "levels deep"),
            MayRefuseFrontMatter("yaml-billion-laughs", BillionLaughs()),
            Render("huge-description", "Body.\n", "title: Huge\ndescription: " + Words(random, 150_000) + "\n"),
        ];
    }

    private static HostileMarkdown Render(string name, string body, string? frontMatter = null) =>
        new(name, Encoding.UTF8.GetBytes(WithFrontMatter(name, body, frontMatter)), null);

    private static HostileMarkdown Refuse(string name, string body, string refusal) =>
        new(name, Encoding.UTF8.GetBytes(WithFrontMatter(name, body, null)), refusal);

    private static HostileMarkdown Refuse(string name, byte[] bytes, string refusal) => new(name, bytes, refusal);

    private static HostileMarkdown MayRefuse(string name, string body) =>
        new(name, Encoding.UTF8.GetBytes(WithFrontMatter(name, body, null)), null, Either: true);

    private static HostileMarkdown RefuseFrontMatter(string name, string yaml, string refusal) =>
        new(name, Encoding.UTF8.GetBytes($"---\ntitle: {name}\ndescription: Hostile front matter.\n{yaml}---\n\nBody.\n"), refusal);

    private static HostileMarkdown MayRefuseFrontMatter(string name, string yaml) =>
        new(name, Encoding.UTF8.GetBytes($"---\ntitle: {name}\ndescription: Hostile front matter.\n{yaml}---\n\nBody.\n"), null, Either: true);

    private static string WithFrontMatter(string name, string body, string? frontMatter) =>
        $"---\n{frontMatter ?? $"title: {name}\ndescription: A hostile Markdown case.\n"}---\n\n{body}";

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static string Words(Random random, int length)
    {
        var text = new StringBuilder(length + 16);
        while (text.Length < length)
        {
            text.Append(new string((char)('a' + random.Next(26)), random.Next(1, 9))).Append(' ');
        }

        return text.ToString(0, length);
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        bytes[0] = 0xFF;
        return bytes;
    }

    private static string LinkSchemes()
    {
        string[] targets =
        [
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", " javascript:alert(1)", "javascript&#58;alert(1)",
            "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=",
            "data:image/svg+xml,<svg onload=alert(1)>", "file:///etc/passwd", "ftp://example.org/", "blob:https://example.org/x",
            "about:blank", "chrome://settings", "jar:file:///x!/y", "ms-settings:privacy", "intent://x#Intent;end", "view-source:https://example.org",
            "filesystem:https://example.org/x", "livescript:alert(1)", "\u0001javascript:alert(1)", "java%0ascript:alert(1)",
            "https://example.org/ok", "http://example.org/ok", "mailto:help@example.org", "tel:+441000000", "/beta/first", "#top", "//evil.example/x",
        ];
        var text = new StringBuilder();
        foreach (var (target, index) in targets.Select((target, index) => (target, index)))
        {
            text.Append($"Link [link {index}](<{target}>), image ![image {index}](<{target}>), autolink <{target}>, reference [ref {index}][r{index}].\n\n[r{index}]: <{target}>\n\n");
        }

        return text.ToString();
    }

    private static string AttributeHandlers() =>
        """
        ## Heading {onclick="alert(1)" #custom-id .fine}

        Paragraph with attributes.
        {onmouseover=alert(2) style="background:url(javascript:alert(3))" data-x=1}

        [a link](https://example.org){onclick=alert(4) href="javascript:alert(5)" target=_blank}

        ![an image](/favicon.svg){onerror=alert(6) src="javascript:alert(7)" srcset="javascript:alert(8)"}

        ```js {onclick=alert(9)}
        code
        ```

        - item {onfocus=alert(10) autofocus tabindex=1}

        :::info {onload=alert(11)}
        Callout.
        :::

        | A | B |
        | - | - |
        | 1 | 2 |
        {onclick=alert(12)}
        """;

    private static string InvisibleHeadings() =>
        "## Normal heading\n\nText.\n\n"
        + "## \u202Eevil\u202C reversed\n\nText.\n\n"
        + "## zero\u200Bwidth\u200Cjoiner\u200Dmarks\n\nText.\n\n"
        + "## \u200F\u2066isolated\u2069\u200E\n\nText.\n\n"
        + "## \u0645\u0631\u062D\u0628\u0627 \u05E9\u05DC\u05D5\u05DD\n\nText.\n\n"
        + "## \u200B\u200B\u200B\n\nText.\n\n"
        + "## \uFEFFbom heading\n\nText.\n";

    private static string FragmentTypos(Random random)
    {
        string Word(int length) => new(Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(26))).ToArray());
        var text = new StringBuilder();
        for (var i = 0; i < 290; i++)
        {
            text.Append($"## {Word(60)}\n\nText.\n\n");
        }

        for (var i = 0; i < 1_000; i++)
        {
            text.Append($"See [this](#{Word(60)}) and [that](#{Word(random.Next(1, 70))}).\n");
        }

        return text.ToString();
    }

    private static string BillionLaughs()
    {
        var yaml = new StringBuilder("lol0: &l0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var level = 1; level < 10; level++)
        {
            yaml.Append($"lol{level}: &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))}]\n");
        }

        return yaml.Append("aliases: *l9\n").ToString();
    }
}
