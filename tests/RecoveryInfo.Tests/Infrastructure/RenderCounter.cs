using Microsoft.AspNetCore.Mvc.Filters;

namespace RecoveryInfo.Tests.Infrastructure;

/// <summary>Counts Razor Page results that were actually rendered, to see which requests a cache answered.</summary>
public sealed class RenderCounter : IResultFilter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void OnResultExecuting(ResultExecutingContext context)
    {
    }

    public void OnResultExecuted(ResultExecutedContext context) => Interlocked.Increment(ref _count);
}
