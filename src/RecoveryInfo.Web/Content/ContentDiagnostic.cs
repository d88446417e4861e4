namespace RecoveryInfo.Web.Content;

/// <summary>One problem found in the content, pointing at a file, line and column (all 1-based).</summary>
public sealed record ContentDiagnostic(string Path, int Line, int Column, DiagnosticSeverity Severity, string Message)
{
    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")}: {Message}";
}
