namespace RecoveryInfo.Web.Content.Files;

/// <summary>
/// What one file may ask of the loader, beyond the size limit in <see cref="ContentPaths.MaxFileBytes"/>.
/// Markdig and YamlDotNet do work that grows faster than the input for some shapes (duplicate headings,
/// unclosed links, huge tables), and YamlDotNet recurses deep enough to overflow the stack, which no
/// catch can stop. So every file is measured before it is parsed and refused with a clear diagnostic
/// when it is out of bounds. Real articles are under 10 KB with a few dozen headings and links, so the
/// limits leave plenty of room. Symbolic links are never followed.
/// </summary>
public static class ContentGuard
{
    public const int MaxHeadings = 300;
    public const int MaxLinkBrackets = 2_000;
    public const int MaxTableCells = 20_000;
    public const int MaxBlockNesting = 32;
    public const int MaxYamlNesting = 16;

    /// <summary>
    /// Before a file is opened. Symbolic links are never followed, wherever they point. An empty file
    /// is never opened either: pipes and devices also report a length of zero, and opening a pipe
    /// would block the rebuild until something wrote to it.
    /// </summary>
    /// <returns>A diagnostic for a link; for anything else null, with <paramref name="isEmpty"/> saying whether there is anything to read.</returns>
    public static ContentDiagnostic? CheckBeforeReading(string path, string display, out bool isEmpty)
    {
        var file = new FileInfo(path);
        isEmpty = file.Exists && file.Length == 0;
        return file.LinkTarget is not null
            ? Refuse(display, 1, "is a symbolic link; links are never followed, so it is not published. Copy the file here instead")
            : null;
    }

    /// <summary>A section folder that is a symbolic link is not read at all.</summary>
    public static ContentDiagnostic? CheckFolder(string folder, string display) =>
        new DirectoryInfo(folder).LinkTarget is not null
            ? Refuse(display, 1, "is a symbolic link to a folder; links are never followed, so nothing in it is published")
            : null;

    /// <summary>True when <paramref name="relativePath"/> under <paramref name="root"/>, or the root itself, passes through a symbolic link.</summary>
    public static bool PassesThroughLink(string root, string relativePath)
    {
        var current = root;
        if (new DirectoryInfo(current).LinkTarget is not null)
        {
            return true;
        }

        foreach (var segment in relativePath.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, segment);
            if (new FileInfo(current).LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Before Markdig parses the text: binary content, nesting, and counts that make parsing slow.</summary>
    public static ContentDiagnostic? CheckMarkdown(string text, string display)
    {
        var headings = 0;
        var brackets = 0;
        var tableLines = 0;
        var widestRow = 0;
        var lineNumber = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (line.Contains('\0'))
            {
                return Refuse(display, lineNumber, "the file contains a NUL character; it looks like a binary file, not Markdown text");
            }

            var depth = ContainerDepth(line, out var markersEnd);
            var rest = line[markersEnd..];
            if (depth > MaxBlockNesting)
            {
                return Refuse(display, lineNumber, $"this line is nested {depth} levels deep in quotes or lists; the limit is {MaxBlockNesting}");
            }

            if (rest.StartsWith('#') || IsUnderline(rest) || IsUnderline(line.TrimStart()))
            {
                headings++;
            }

            brackets += line.Count('[');
            var pipes = line.Count('|');
            if (pipes > 0)
            {
                tableLines++;
                widestRow = Math.Max(widestRow, pipes + 1);
            }
        }

        if (headings > MaxHeadings)
        {
            return Refuse(display, 1, $"the file has {headings} headings or heading underlines; the limit is {MaxHeadings}. Split it into several articles");
        }

        if (brackets > MaxLinkBrackets)
        {
            return Refuse(display, 1, $"the file has {brackets} '[' characters (links, images and references); the limit is {MaxLinkBrackets}");
        }

        var cells = (long)tableLines * widestRow;
        return cells > MaxTableCells
            ? Refuse(display, 1, $"the tables in this file would have about {cells} cells; the limit is {MaxTableCells}")
            : null;
    }

    /// <summary>
    /// Warns about characters that make text read differently from how it looks: direction overrides
    /// and isolates (U+202A–U+202E, U+2066–U+2069) and zero-width spaces and joiners that hide inside
    /// words (U+200B, U+2060, U+FEFF). Marks used in real right-to-left text (U+200E, U+200F) and the
    /// joiners of emoji and many scripts (U+200C, U+200D) are left alone.
    /// </summary>
    public static void WarnAboutInvisibleCharacters(string text, string display, List<ContentDiagnostic> diagnostics)
    {
        var lineNumber = 0;
        var warned = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var index = line.IndexOfAny(_invisible);
            if (index >= 0 && warned++ < 20)
            {
                diagnostics.Add(new(display, lineNumber, index + 1, DiagnosticSeverity.Warning,
                    $"invisible character U+{(int)line[index]:X4} can make this text read differently from how it looks; delete it"));
            }
        }
    }

    private static readonly System.Buffers.SearchValues<char> _invisible = System.Buffers.SearchValues.Create(
        "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u2060\uFEFF");

    /// <summary>
    /// Before YamlDotNet reads front matter or a settings file: its document loader recurses once per
    /// level, so deep nesting would overflow the stack. Counts indentation levels, leading "- " items and
    /// open brackets outside quotes and comments; it may over-count, never under-count.
    /// </summary>
    public static ContentDiagnostic? CheckYaml(string yaml, int firstLine, string display)
    {
        var indents = new Stack<int>();
        var flow = 0;
        var quote = '\0';
        var lineIndex = -1;
        foreach (var line in yaml.AsSpan().EnumerateLines())
        {
            lineIndex++;
            var indent = line.Length - line.TrimStart(' ').Length;
            if (quote == '\0' && flow == 0 && indent < line.Length)
            {
                while (indents.Count > 0 && indents.Peek() >= indent)
                {
                    indents.Pop();
                }

                indents.Push(indent);
            }

            var items = 0;
            var deepestFlow = flow;
            var previous = ' ';
            for (var i = 0; i < line.Length; i++)
            {
                var character = line[i];
                if (quote != '\0')
                {
                    if (quote == '"' && character == '\\')
                    {
                        i++;
                    }
                    else if (character == quote)
                    {
                        quote = '\0';
                    }

                    continue;
                }

                if (character == '#' && (i == 0 || line[i - 1] is ' ' or '\t'))
                {
                    break;
                }

                if (character is '"' or '\'' && previous is ' ' or ':' or '-' or '[' or '{' or ',' or '?')
                {
                    quote = character;
                }
                else if (character is '[' or '{')
                {
                    flow++;
                    deepestFlow = Math.Max(deepestFlow, flow);
                }
                else if (character is ']' or '}')
                {
                    flow = Math.Max(0, flow - 1);
                }
                else if (character is '-' or '?' && (i == 0 || line[i - 1] is ' ' or '\t') && (i + 1 == line.Length || line[i + 1] is ' ' or '\t'))
                {
                    items++;
                }

                if (character is not (' ' or '\t'))
                {
                    previous = character;
                }
            }

            var depth = indents.Count + items + deepestFlow;
            if (depth > MaxYamlNesting)
            {
                return Refuse(display, firstLine + lineIndex, $"the YAML is nested {depth} levels deep; the limit is {MaxYamlNesting}");
            }
        }

        return null;
    }

    /// <summary>How many quote and list markers open the line, and where its own text starts.</summary>
    private static int ContainerDepth(ReadOnlySpan<char> line, out int textStart)
    {
        var depth = 0;
        var i = 0;
        while (i < line.Length)
        {
            var character = line[i];
            if (character is ' ' or '\t')
            {
                i++;
            }
            else if (character == '>')
            {
                depth++;
                i++;
            }
            else if (character is '-' or '*' or '+' && (i + 1 == line.Length || line[i + 1] is ' ' or '\t'))
            {
                depth++;
                i++;
            }
            else if (char.IsAsciiDigit(character) && OrderedMarkerLength(line[i..]) is var marker and > 0)
            {
                depth++;
                i += marker;
            }
            else
            {
                break;
            }
        }

        textStart = i;
        return depth;
    }

    private static int OrderedMarkerLength(ReadOnlySpan<char> text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 10 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        var end = digits + 1;
        return digits < text.Length && text[digits] is '.' or ')' && (end == text.Length || text[end] is ' ' or '\t') ? end : 0;
    }

    private static bool IsUnderline(ReadOnlySpan<char> rest)
    {
        var trimmed = rest.TrimEnd();
        return trimmed.Length > 0 && (!trimmed.ContainsAnyExcept('=') || !trimmed.ContainsAnyExcept('-'));
    }

    private static ContentDiagnostic Refuse(string display, int line, string message) =>
        new(display, line, 1, DiagnosticSeverity.Error, message);

}
