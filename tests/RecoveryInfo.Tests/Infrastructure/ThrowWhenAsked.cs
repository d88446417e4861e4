using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Filters;

namespace RecoveryInfo.Tests.Infrastructure;

/// <summary>Makes a page fail, as a bug would, when the query string has <c>throw-for-test</c>.</summary>
public sealed class ThrowWhenAsked : IPageFilter
{
    public const string Query = "throw-for-test";

    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        var alreadyHandlingIt = context.HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        if (context.HttpContext.Request.Query.ContainsKey(Query) && !alreadyHandlingIt)
        {
            throw new InvalidOperationException("deliberate test failure");
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
