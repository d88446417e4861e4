using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Sharing;

/// <summary>
/// A public address that is not usable stops the real process with one line saying which setting
/// and why. (A test host reports the failure through a race in WebApplicationFactory's deferred
/// host, sometimes as ObjectDisposedException, so start-up is checked as a person sees it.)
/// </summary>
public sealed class SiteOptionsTests
{
    [Theory]
    [InlineData("", "No public address is configured")]
    [InlineData("recovery.example", "is 'recovery.example'")]
    [InlineData("ftp://recovery.example", "is 'ftp://recovery.example'")]
    [InlineData("https://recovery.example/sub/folder", "is 'https://recovery.example/sub/folder'")]
    [InlineData("https://recovery.example/?x=1", "is 'https://recovery.example/?x=1'")]
    public async Task A_base_url_that_is_not_a_plain_public_address_stops_start_up_with_one_clear_message(string baseUrl, string reason)
    {
        var (exitCode, _, error) = await SiteProcess.RunAsync(
            Path.GetTempPath(),
            new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Content__Path"] = Fixtures.ContentPath,
                ["Site__BaseUrl"] = baseUrl,
                ["DOTNET_NOLOGO"] = "1",
            },
            "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("RecoveryInfo cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains("Site:BaseUrl", line);
        Assert.Contains(reason, line);
    }
}
