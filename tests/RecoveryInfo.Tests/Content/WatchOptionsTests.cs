using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Content;

public sealed class WatchOptionsTests
{
    [Theory]
    [InlineData("-1")]
    [InlineData("2001")]
    public void An_out_of_range_reload_quiet_time_stops_start_up_with_a_clear_message(string value)
    {
        using var site = new QuietSite(Fixtures.ContentPath, value);

        var exception = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(Innermost(exception));
        Assert.Equal($"Content:ReloadQuietMilliseconds is {value}; it must be between 0 and 2000.", Assert.Single(validation.Failures));
    }

    [Fact]
    public async Task A_short_reload_quiet_time_still_reloads()
    {
        var folder = Fixtures.CopyContent(Fixtures.ContentPath);
        using var site = new QuietSite(folder, "0");
        var client = site.CreateClient();

        ContentFiles.Write(folder, "beta/third.md", ContentFiles.Article("Third article", order: 3));

        await Eventually.PageShows(client, "/beta/third", "Third article");
    }

    private static Exception? Innermost(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is OptionsValidationException)
            {
                return current;
            }
        }

        return null;
    }

    private sealed class QuietSite(string contentPath, string quiet) : SiteFactory(contentPath)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Content:ReloadQuietMilliseconds", quiet);
        }
    }
}
