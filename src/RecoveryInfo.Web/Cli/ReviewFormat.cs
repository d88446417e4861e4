namespace RecoveryInfo.Web.Cli;

/// <summary>How <c>review</c> prints its list: lines to read, a spreadsheet, or a table to paste into an issue.</summary>
public enum ReviewFormat
{
    Text,
    Csv,
    Markdown,
}
