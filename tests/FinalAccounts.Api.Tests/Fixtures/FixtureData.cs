using FinalAccounts.Data.Entities;

namespace FinalAccounts.Api.Tests.Fixtures;

/// <summary>The rows a fixture snapshot holds, kept in memory so tests can compute expected answers independently of SQL.</summary>
public sealed class FixtureData
{
    public List<Unit> Units { get; } = [];
    public List<UnitDuty> Duties { get; } = [];
    public List<Division> Divisions { get; } = [];
    public List<SourceDocument> Documents { get; } = [];
    public List<FiscalYear> Years { get; } = [];
    public List<FinalAccount> Accounts { get; } = [];
    public List<Figure> Figures { get; } = [];
    public List<ExpenseCategory> Categories { get; } = [];
    public List<Expenditure> Expenditures { get; } = [];
    public List<Procurement> Procurements { get; } = [];
    public List<PerformanceProject> Projects { get; } = [];
    public List<PerformanceIndicator> Indicators { get; } = [];
    public List<DataQualityFinding> Findings { get; } = [];
    public SnapshotInfo Snapshot { get; set; } = null!;
}
