using System.Globalization;
using System.Text;
using Serilog.Events;

namespace RecoveryInfo.Web.Logging;

/// <summary>
/// The properties of the one-line request log, with control characters escaped: Kestrel decodes
/// "/%0a" into a real line break, and a path written raw could forge extra lines in the log.
/// </summary>
public static class RequestLogProperties
{
    public static IEnumerable<LogEventProperty> Create(HttpContext context, string requestPath, double elapsedMs, int statusCode) =>
    [
        new("RequestMethod", new ScalarValue(Printable(context.Request.Method))),
        new("RequestPath", new ScalarValue(Printable(requestPath))),
        new("StatusCode", new ScalarValue(statusCode)),
        new("Elapsed", new ScalarValue(elapsedMs)),
    ];

    public static string Printable(string text)
    {
        // The same characters as char.IsControl (C0, DEL and C1), found without enumerating the string.
        if (text.AsSpan().IndexOfAnyInRange('\u0000', '\u001f') < 0 && text.AsSpan().IndexOfAnyInRange('\u007f', '\u009f') < 0)
        {
            return text;
        }

        var printable = new StringBuilder(text.Length + 16);
        foreach (var character in text)
        {
            printable.Append(char.IsControl(character) ? $"\\x{((int)character).ToString("x2", CultureInfo.InvariantCulture)}" : character);
        }

        return printable.ToString();
    }
}
