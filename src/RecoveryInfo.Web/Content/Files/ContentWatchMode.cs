namespace RecoveryInfo.Web.Content.Files;

/// <summary>How the site notices that editors changed the content folder.</summary>
public enum ContentWatchMode
{
    /// <summary>File-system events (inotify and friends); falls back to polling if the platform refuses them.</summary>
    Events,

    /// <summary>Look at file sizes and times a few times a second, for mounts that deliver no events (some network shares and container mounts).</summary>
    Polling,
}
