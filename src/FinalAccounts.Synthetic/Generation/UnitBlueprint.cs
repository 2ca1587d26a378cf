namespace FinalAccounts.Synthetic.Generation;

/// <summary>
/// Everything about one fictional budget unit that stays the same from year to year: who it is,
/// where it sits in the municipality, and the shape of its money (scale, mix, growth).
/// </summary>
public sealed class UnitBlueprint
{
    public int Ordinal { get; set; }
    public string Name { get; set; } = "";
    public string Region { get; set; } = "";
    public DepartmentTemplate Department { get; set; } = FictionalMunicipality.Departments[0];
    public string SupervisingDepartment { get; set; } = "";
    /// <summary>True for the department itself (行政单位), false for a public institution under it (事业单位).</summary>
    public bool IsAdministrative { get; set; }
    public string Kind { get; set; } = "";
    public string? FundingType { get; set; }
    public string? WelfareClass { get; set; }
    public string BudgetLevel { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    public IReadOnlyList<string> Duties { get; set; } = [];
    public IReadOnlyList<(string Name, string Duties)> Divisions { get; set; } = [];

    /// <summary>First and last year the unit publishes final accounts (inclusive).</summary>
    public int FirstYear { get; set; }
    public int LastYear { get; set; }

    /// <summary>Personnel expenses in the year before the first report, in 0.01 万元.</summary>
    public long PersonnelBase { get; set; }
    /// <summary>Operating expenses as a share of personnel expenses.</summary>
    public double OperatingRatio { get; set; }
    /// <summary>General-budget project expenditure as a multiple of basic expenditure.</summary>
    public double ProjectRatio { get; set; }
    /// <summary>Income the unit earns itself (事业收入) as a share of its fiscal money; 0 for fully funded units.</summary>
    public double ServiceIncomeRatio { get; set; }
    /// <summary>Shares of personnel expenses that go to social security (208), health insurance (210) and housing (221).</summary>
    public double SocialSecurityRate { get; set; }
    public double HealthRate { get; set; }
    public double HousingRate { get; set; }
    /// <summary>Share of project money booked under the department's secondary category.</summary>
    public double SecondaryShare { get; set; }
    /// <summary>Official vehicles held; 0 for most public institutions.</summary>
    public int Vehicles { get; set; }
    /// <summary>Whether the unit states meeting fees beside training fees.</summary>
    public bool StatesMeetingFees { get; set; }
    /// <summary>Whether category names are written with the common variant (与 for 和).</summary>
    public bool UsesNameVariants { get; set; }
}
