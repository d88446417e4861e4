namespace RecoveryInfo.Web.Content;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
