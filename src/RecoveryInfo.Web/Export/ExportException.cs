namespace RecoveryInfo.Web.Export;

/// <summary>A reason the export stopped, worded for the person who ran it.</summary>
public sealed class ExportException(string message) : Exception(message);
