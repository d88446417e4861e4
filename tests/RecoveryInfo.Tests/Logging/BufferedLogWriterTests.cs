using System.Globalization;
using RecoveryInfo.Web.Logging;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;
using Serilog.Parsing;

namespace RecoveryInfo.Tests.Logging;

/// <summary>
/// The request log's writer: each event becomes one line in the console format, and nothing queued
/// before the logger is disposed is lost (the host disposes it on shutdown).
/// </summary>
public sealed class BufferedLogWriterTests
{
    private static readonly MessageTemplate _requestTemplate =
        new MessageTemplateParser().Parse("HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms");

    [Fact]
    public void Writes_every_event_queued_before_disposal_as_one_line_in_order()
    {
        var output = new StringWriter();
        var writer = new BufferedLogWriter(ConsoleFormat(), output);

        for (var i = 0; i < 5_000; i++)
        {
            writer.Emit(Request($"/page-{i}", 200));
        }

        writer.Dispose();

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5_000, lines.Length);
        Assert.Equal("[12:34:56 INF] HTTP GET /page-0 responded 200 in 1.5000 ms", lines[0]);
        Assert.Equal("[12:34:56 INF] HTTP GET /page-4999 responded 200 in 1.5000 ms", lines[^1]);
    }

    [Fact]
    public void An_event_that_cannot_be_written_does_not_stop_the_ones_after_it()
    {
        var output = new StringWriter();
        var writer = new BufferedLogWriter(new FailingFor("/broken", ConsoleFormat()), output);

        writer.Emit(Request("/before", 200));
        writer.Emit(Request("/broken", 200));
        writer.Emit(Request("/after", 404));
        writer.Dispose();

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Collection(
            lines,
            line => Assert.Contains("/before responded 200", line, StringComparison.Ordinal),
            line => Assert.Contains("/after responded 404", line, StringComparison.Ordinal));
    }

    [Fact]
    public void A_warning_logged_after_disposal_is_dropped_without_an_exception()
    {
        var output = new StringWriter();
        var writer = new BufferedLogWriter(ConsoleFormat(), output);
        writer.Dispose();

        var late = new LogEvent(DateTimeOffset.UnixEpoch, LogEventLevel.Warning, null, new MessageTemplateParser().Parse("Shutting down"), []);
        var thrown = Record.Exception(() => writer.Emit(late));

        Assert.Null(thrown);
        Assert.Equal("", output.ToString());
    }

    private static MessageTemplateTextFormatter ConsoleFormat() =>
        new(BufferedLogWriter.OutputTemplate, CultureInfo.InvariantCulture);

    private static LogEvent Request(string path, int status) =>
        new(
            new DateTimeOffset(2026, 11, 27, 12, 34, 56, TimeSpan.Zero),
            LogEventLevel.Information,
            null,
            _requestTemplate,
            [
                new LogEventProperty("RequestMethod", new ScalarValue("GET")),
                new LogEventProperty("RequestPath", new ScalarValue(path)),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(1.5)),
            ]);

    private sealed class FailingFor(string path, ITextFormatter inner) : ITextFormatter
    {
        public void Format(LogEvent logEvent, TextWriter output)
        {
            if (logEvent.Properties["RequestPath"] is ScalarValue { Value: string value } && value == path)
            {
                throw new InvalidOperationException("cannot format this one");
            }

            inner.Format(logEvent, output);
        }
    }
}
