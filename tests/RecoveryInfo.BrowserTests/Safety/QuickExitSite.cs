using Microsoft.Playwright;
using RecoveryInfo.BrowserTests.Infrastructure;

namespace RecoveryInfo.BrowserTests.Safety;

/// <summary>
/// The site over the fixture content, whose quick exit leads to https://exit.example/weather. The
/// tests answer that address inside the browser with a local page, so nothing leaves the machine.
/// </summary>
public sealed class QuickExitSite() : BrowserSite(new FixtureContentSite("content"))
{
    public const string Destination = "https://exit.example/weather";

    public const string DestinationHeading = "Weather for your area";

    /// <summary>
    /// Answers the destination with a small local page and keeps each request's headers. With
    /// <paramref name="stay"/> it answers 204 No Content instead, so the browser stays on the page it
    /// was leaving and the test can look at it as it was at that moment.
    /// </summary>
    public static async Task<List<Dictionary<string, string>>> ServeDestinationAsync(IBrowserContext context, bool stay = false)
    {
        var requests = new List<Dictionary<string, string>>();
        await context.RouteAsync("https://exit.example/**", async route =>
        {
            lock (requests)
            {
                requests.Add(new Dictionary<string, string>(route.Request.Headers));
            }

            await route.FulfillAsync(stay
                ? new() { Status = 204 }
                : new()
                {
                    ContentType = "text/html",
                    Body = $"<!DOCTYPE html><html lang=\"en\"><title>Weather</title><h1>{DestinationHeading}</h1></html>",
                });
        });
        return requests;
    }
}
