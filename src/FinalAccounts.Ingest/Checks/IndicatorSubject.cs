using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Checks;

/// <summary>How findings on an indicator name it: "project name / indicator name".</summary>
internal static class IndicatorSubject
{
    public static string Of(ProjectTable project, IndicatorRow indicator) => $"{project.Name} / {indicator.Name}";
}
