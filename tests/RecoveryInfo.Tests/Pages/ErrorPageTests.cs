using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RecoveryInfo.Tests.Infrastructure;

namespace RecoveryInfo.Tests.Pages;

public sealed class ErrorPageTests
{
    [Fact]
    public async Task An_exception_shows_a_friendly_500_page_without_a_stack_trace()
    {
        using var site = new ThrowingSite();
        var response = await site.CreateClient().GetAsync("/beta/first?throw-for-test");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var document = await Html.ParseAsync(response);
        Assert.Equal("Sorry, something went wrong", document.QuerySelector("main h1")?.TextContent);
        Assert.NotNull(document.QuerySelector("aside.urgent-help"));
        Assert.NotEmpty(document.QuerySelectorAll("nav[aria-label='Main'] a"));
        Assert.DoesNotContain("InvalidOperationException", body);
        Assert.DoesNotContain("deliberate test failure", body);
        Assert.DoesNotContain(" at ", body.Replace("at any time", ""));
    }

    private sealed class ThrowingSite() : SiteFactory(Fixtures.ContentPath)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Configure<MvcOptions>(options => options.Filters.Add(new ThrowWhenAsked())));
        }
    }
}
