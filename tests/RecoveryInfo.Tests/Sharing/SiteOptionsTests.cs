using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;
using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Sharing;

public sealed class SiteOptionsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("recovery.example")]
    [InlineData("ftp://recovery.example")]
    [InlineData("https://recovery.example/sub/folder")]
    [InlineData("https://recovery.example/?x=1")]
    public void A_base_url_that_is_not_a_plain_public_address_stops_start_up_with_one_clear_message(string baseUrl)
    {
        using var site = new SiteFactory(Fixtures.ContentPath).WithWebHostBuilder(builder => builder.UseSetting("Site:BaseUrl", baseUrl));

        var exception = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        var validation = FindInner<OptionsValidationException>(exception);
        Assert.NotNull(validation);
        Assert.Contains("Site:BaseUrl", Assert.Single(validation.Failures));
    }

    private static T? FindInner<T>(Exception exception)
        where T : Exception
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is T found)
            {
                return found;
            }
        }

        return null;
    }
}
