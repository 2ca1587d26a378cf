namespace FinalAccounts.Ingest.Model;

/// <summary>Something the parser read but could not use, with the line it is on.</summary>
public sealed record ParseWarning(int? Line, string Message);
