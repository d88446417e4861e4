using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Debugging;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace RecoveryInfo.Web.Logging;

/// <summary>
/// Writes log events as text from one background thread, many lines per write. A request only queues
/// its event; nothing signals the writer per event. It wakes every <see cref="Interval"/> (or at once
/// for a warning or worse, a long queue, or disposal), formats what is queued and flushes once.
/// Serilog's async console sink wakes a thread, spins and makes one write system call per line,
/// which at tens of thousands of requests a second costs the site real CPU. Disposal writes
/// everything queued before it.
/// </summary>
public sealed class BufferedLogWriter : ILogEventSink, IDisposable
{
    /// <summary>Events waiting beyond this are dropped (and counted in the log) rather than grow memory without bound.</summary>
    public const int QueueLimit = 100_000;

    /// <summary>How long a line may wait before it is written, when nothing wakes the writer earlier.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    // Enough lines for one write of a few dozen kilobytes; the writer wakes early past this.
    private const int EarlyWakeQueueLength = 1_000;

    private readonly ConcurrentQueue<LogEvent> _queue = new();
    private readonly AutoResetEvent _wake = new(false);
    private readonly ITextFormatter _formatter;
    private readonly TextWriter _output;
    private readonly Thread _thread;
    private int _queued;
    private long _dropped;
    private volatile bool _stopping;

    /// <summary>The same one-line text as Serilog's console sink by default, without colours.</summary>
    public const string OutputTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    public BufferedLogWriter(ITextFormatter formatter, TextWriter output)
    {
        _formatter = formatter;
        _output = output;
        _thread = new Thread(Run) { IsBackground = true, Name = "Log writer" };
        _thread.Start();
    }

    /// <summary>A writer to the process's standard output (the journal under systemd, a file when redirected).</summary>
    public static BufferedLogWriter ToStandardOutput() =>
        new(
            new MessageTemplateTextFormatter(OutputTemplate, CultureInfo.InvariantCulture),
            new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024));

    public void Emit(LogEvent logEvent)
    {
        var queued = Interlocked.Increment(ref _queued);
        if (queued > QueueLimit)
        {
            Interlocked.Decrement(ref _queued);
            Interlocked.Increment(ref _dropped);
            return;
        }

        _queue.Enqueue(logEvent);
        if (logEvent.Level >= LogEventLevel.Warning || queued == EarlyWakeQueueLength)
        {
            _wake.Set();
        }
    }

    public void Dispose()
    {
        if (_stopping)
        {
            return;
        }

        _stopping = true;
        _wake.Set();
        _thread.Join();

        // _wake is left to the finalizer: a late event (something logging during shutdown) may still call Set.
    }

    private void Run()
    {
        while (true)
        {
            // Read before draining, so the last pass after disposal sees every event queued before it.
            var stopping = _stopping;
            WriteQueued();
            if (stopping)
            {
                return;
            }

            _wake.WaitOne(Interval);
        }
    }

    private void WriteQueued()
    {
        var wrote = false;
        while (_queue.TryDequeue(out var logEvent))
        {
            Interlocked.Decrement(ref _queued);
            wrote |= TryWrite(output => _formatter.Format(logEvent, output));
        }

        var dropped = Interlocked.Exchange(ref _dropped, 0);
        if (dropped > 0)
        {
            wrote |= TryWrite(output => output.WriteLine(
                $"[{DateTime.Now:HH:mm:ss} WRN] {dropped} log events were dropped: more than {QueueLimit} were waiting to be written"));
        }

        if (wrote)
        {
            TryWrite(output => output.Flush());
        }
    }

    private bool TryWrite(Action<TextWriter> write)
    {
        try
        {
            write(_output);
            return true;
        }
        catch (Exception ex)
        {
            // A closed output or an event that cannot be formatted must not stop the site, nor this thread.
            SelfLog.WriteLine("BufferedLogWriter could not write: {0}", ex);
            return false;
        }
    }
}
