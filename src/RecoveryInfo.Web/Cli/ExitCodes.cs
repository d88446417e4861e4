namespace RecoveryInfo.Web.Cli;

/// <summary>What every command, and the site's own start-up, ends with.</summary>
public static class ExitCodes
{
    public const int Succeeded = 0;
    public const int FoundProblems = 1;
    public const int UsageError = 2;
}
