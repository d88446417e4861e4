using RecoveryInfo.BrowserTests.Infrastructure;

namespace RecoveryInfo.BrowserTests.Editorial;

/// <summary>The site over the change-notes fixture: the real content has no <c>changes:</c> yet.</summary>
public sealed class ChangeNotesSite() : BrowserSite(new FixtureContentSite("changes-content"));
