using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Serving;

/// <summary>
/// Holds requests that arrive while the first content load is still running (the server listens
/// before it ends) without blocking a thread: a blocked thread-pool thread per early request would
/// starve the parallel load they are all waiting for. After that it costs one field read.
/// </summary>
public sealed class FirstLoadMiddleware(RequestDelegate next, ContentStore store)
{
    public Task InvokeAsync(HttpContext context) =>
        store.IsLoaded ? next(context) : WaitThenContinueAsync(context);

    private async Task WaitThenContinueAsync(HttpContext context)
    {
        await store.FirstLoad.WaitAsync(context.RequestAborted);
        await next(context);
    }
}
