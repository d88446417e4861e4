namespace RecoveryInfo.Web.Serving;

/// <summary>Endpoint metadata: a non-page endpoint (such as the feed) that gets the same cache lifetime as pages.</summary>
public sealed class CdnCacheable;
