namespace RecoveryInfo.Web.Content;

/// <summary>Where a short link lands: a page, or one of its sections when <see cref="Id"/> is set.</summary>
public sealed record ShortLinkTarget(string PageUrl, string? Id)
{
    public string Href => Id is null ? PageUrl : PageUrl + "#" + Id;
}
