namespace FinalAccounts.Ingest.Model;

/// <summary>Section 一 (单位基本情况) and section 七 (the public contact line).</summary>
public sealed class UnitProfile
{
    public string? Name { get; set; }
    public string? Region { get; set; }
    public string? SupervisingDepartment { get; set; }
    public string? Kind { get; set; }
    public string? FundingType { get; set; }
    public string? WelfareClass { get; set; }
    public string? BudgetLevel { get; set; }
    public string? Purpose { get; set; }
    public string? SubordinateUnits { get; set; }
    public string? ContactPhone { get; set; }
    public int? Line { get; set; }
    public List<StatedDuty> Duties { get; } = [];
    public List<StatedDivision> Divisions { get; } = [];
}

public sealed record StatedDuty(int Ordinal, string Text, int Line);

public sealed record StatedDivision(int Ordinal, string Name, string? Duties, int Line);
