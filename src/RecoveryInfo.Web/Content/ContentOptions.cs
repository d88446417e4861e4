using RecoveryInfo.Web.Content.Files;

namespace RecoveryInfo.Web.Content;

/// <summary>Where the Markdown content lives. Bound from the <c>Content</c> configuration section.</summary>
public sealed class ContentOptions
{
    public const string SectionName = "Content";

    /// <summary>The content folder; a relative path is resolved against the app's content root.</summary>
    public string Path { get; set; } = "";

    /// <summary>
    /// How edits are noticed. Polling is also used when the conventional
    /// <c>DOTNET_USE_POLLING_FILE_WATCHER</c> environment variable is <c>true</c> or <c>1</c>.
    /// </summary>
    public ContentWatchMode Watch { get; set; } = ContentWatchMode.Events;

    /// <summary>
    /// How long file changes must pause before the site rebuilds (0–2000 ms). Long enough to
    /// make an editor's multi-write save one rebuild; every change still shows within a second.
    /// </summary>
    public int ReloadQuietMilliseconds { get; set; } = 200;
}
