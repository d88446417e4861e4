namespace RecoveryInfo.Tests.Infrastructure;

/// <summary>
/// Waits for something the site does in the background, such as the rebuild after a file changes,
/// by asking again until the answer is right. The limit only stops a hung test; it asserts no speed.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan _limit = TimeSpan.FromSeconds(20);

    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + _limit;
        while (true)
        {
            var seen = await probe();
            if (done(seen))
            {
                return seen;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"Gave up waiting for {what}; last seen: {seen}");
            }

            await Task.Delay(25);
        }
    }

    /// <summary>Waits until a page answers with the given status and its <c>main h1</c> has the given text.</summary>
    public static Task<AngleSharp.Dom.IDocument> PageShows(HttpClient client, string url, string heading) =>
        Until(
            async () => await client.GetDocumentAsync(url),
            document => document.QuerySelector("main h1")?.TextContent == heading,
            $"{url} to show the heading '{heading}'");

    public static Task<int> StatusIs(HttpClient client, string url, int status) =>
        Until(async () => (int)(await client.GetAsync(url)).StatusCode, code => code == status, $"{url} to answer {status}");
}
