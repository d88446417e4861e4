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
        Assert.True(validation is not null, $"start-up failed, but not on the options check:\n{exception}");
        Assert.Contains("Site:BaseUrl", Assert.Single(validation.Failures));
    }

    /// <summary>Looks through wrapped and aggregated exceptions (start-up can report several at once).</summary>
    private static T? FindInner<T>(Exception exception)
        where T : Exception
    {
        if (exception is T found)
        {
            return found;
        }

        IEnumerable<Exception> inner = exception switch
        {
            AggregateException aggregate => aggregate.InnerExceptions,
            { InnerException: { } one } => [one],
            _ => [],
        };
        return inner.Select(FindInner<T>).FirstOrDefault(match => match is not null);
    }
}
