using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecoveryInfo.Tests.Infrastructure;
using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Tests.Content;

public sealed class StartupTests
{
    [Fact]
    public void A_missing_content_folder_stops_start_up_with_one_clear_message()
    {
        var missing = Path.Combine(Path.GetTempPath(), "recoveryinfo-missing-" + Guid.NewGuid().ToString("N"));
        using var site = new SiteFactory(missing);

        var exception = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(Innermost<OptionsValidationException>(exception));
        var message = Assert.Single(validation.Failures);
        Assert.Contains(missing, message);
        Assert.Contains("Content:Path", message);
        Assert.Contains("does not exist", message);
    }

    [Fact]
    public void An_empty_content_folder_stops_start_up_with_one_clear_message()
    {
        var empty = Directory.CreateTempSubdirectory("recoveryinfo-empty-").FullName;
        using var site = new SiteFactory(empty);

        var exception = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        var message = Assert.Single(Assert.IsType<OptionsValidationException>(Innermost<OptionsValidationException>(exception)).Failures);
        Assert.Contains(empty, message);
        Assert.Contains("no articles", message);
    }

    [Fact]
    public async Task An_article_with_invalid_front_matter_is_logged_with_file_and_line_and_the_rest_serves()
    {
        using var site = new SiteFactory(Fixtures.ContentPath);
        var client = site.CreateClient();

        Assert.Equal(200, (int)(await client.GetAsync("/alpha/only")).StatusCode);
        Assert.Equal(404, (int)(await client.GetAsync("/alpha/broken")).StatusCode);
        var diagnostics = site.Services.GetRequiredService<ContentStore>().Current.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains("content/alpha/broken.md:1:1: error: front matter is missing the required field 'description'", diagnostics);
        Assert.Contains(site.Logs.Messages, message => message.Contains("content/alpha/broken.md:1:1: error: front matter is missing the required field 'description'"));
    }

    [Fact]
    public async Task A_request_that_arrives_before_the_first_load_ends_waits_for_it_and_gets_the_page()
    {
        using var release = new ManualResetEventSlim();
        using var site = new HeldFirstLoadSite(Fixtures.ContentPath, release);
        var client = site.CreateClient();

        var early = client.GetAsync("/alpha/only");
        var answeredWhileHeld = await Task.WhenAny(early, Task.Delay(TimeSpan.FromMilliseconds(300))) == early;
        release.Set();
        var response = await early;
        var document = await Html.ParseAsync(response);

        Assert.False(answeredWhileHeld, "the request was answered before any content was loaded");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.NotNull(document.QuerySelector("main h1"));
        Assert.Equal(200, (int)(await client.GetAsync("/healthz")).StatusCode);
    }

    /// <summary>The site with its first content load held until <c>release</c> is set.</summary>
    private sealed class HeldFirstLoadSite(string contentPath, ManualResetEventSlim release) : SiteFactory(contentPath)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(provider => new ContentStore(
                provider.GetRequiredService<SnapshotBuilder>(),
                provider.GetRequiredService<IOptions<ContentOptions>>(),
                provider.GetRequiredService<IHostEnvironment>(),
                provider.GetRequiredService<IHostApplicationLifetime>(),
                provider.GetRequiredService<ILogger<ContentStore>>(),
                () => release.Wait(TimeSpan.FromSeconds(60)))));
        }
    }

    private static Exception? Innermost<T>(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is T)
            {
                return current;
            }
        }

        return null;
    }
}
