namespace RecoveryInfo.Web.Pages;

public sealed record Breadcrumb(string Title, string Url);
