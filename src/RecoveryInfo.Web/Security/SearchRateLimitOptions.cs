using System.ComponentModel.DataAnnotations;

namespace RecoveryInfo.Web.Security;

/// <summary>How many searches one client address may make per window (<c>SearchRateLimit</c> section).</summary>
public sealed class SearchRateLimitOptions
{
    public const string SectionName = "SearchRateLimit";

    [Range(1, int.MaxValue)]
    public int PermitLimit { get; set; } = 30;

    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 30;
}
