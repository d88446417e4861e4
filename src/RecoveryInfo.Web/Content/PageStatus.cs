namespace RecoveryInfo.Web.Content;

/// <summary>Whether readers of the public site get a page at a given moment, and if not, why.</summary>
public enum PageStatus
{
    Published,

    /// <summary><c>draft: true</c>: never public.</summary>
    Draft,

    /// <summary>Before its <c>publish_on</c>: public from that moment.</summary>
    Scheduled,

    /// <summary>At or after its <c>expire_on</c>: the public site answers 410 Gone.</summary>
    Expired,
}
