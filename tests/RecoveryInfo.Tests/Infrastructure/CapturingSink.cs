using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace RecoveryInfo.Tests.Infrastructure;

/// <summary>Keeps every log event the site writes, so tests can read what it logged.</summary>
public sealed class CapturingSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public IEnumerable<string> Messages => Events.Select(logEvent => logEvent.RenderMessage());

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}
