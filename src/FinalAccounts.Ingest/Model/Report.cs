using FinalAccounts.Data.Entities;

namespace FinalAccounts.Ingest.Model;

/// <summary>
/// What one report states, as read: the hub between the parser, the checks, the synthetic
/// generator and renderer, and the snapshot writer. Amounts are exact decimals in 万元; every
/// figure carries the 1-based line of the (original) document it came from.
/// Contact persons and their phone numbers have no place here, so they can never reach the snapshot.
/// </summary>
public sealed class Report
{
    public required string FileName { get; init; }
    public required string Sha256 { get; init; }
    public Provenance Provenance { get; set; } = Provenance.Reported;
    public ReportKind Kind { get; set; } = ReportKind.Unit;
    public string? Title { get; set; }
    public int? Year { get; set; }
    public int LineCount { get; set; }

    public UnitProfile Unit { get; } = new();
    public Dictionary<Metric, StatedFigure> Figures { get; } = [];
    public List<StatedCategory> Categories { get; } = [];

    public int? OverseasTripGroups { get; set; }
    public int? OverseasTripPersons { get; set; }
    public int? VehiclesPurchased { get; set; }
    public int? VehiclesHeld { get; set; }
    public int? ReceptionBatches { get; set; }
    public int? ReceptionPersons { get; set; }
    public int? ThreePublicLine { get; set; }

    /// <summary>False when the report says the unit is not in the scope of organ operating expenses (not the same as 0).</summary>
    public bool? OrganOperatingInScope { get; set; }
    public int? VehiclesTotal { get; set; }
    public int? GeneralEquipmentCount { get; set; }
    public int? SpecialEquipmentCount { get; set; }

    public decimal? ProcurementSmeSharePercent { get; set; }
    public decimal? ProcurementSmallMicroSharePercent { get; set; }
    public string? ProcurementPurpose { get; set; }
    public int? ProcurementLine { get; set; }

    public int? SelfEvaluatedProjects { get; set; }
    public int? ThirdPartyEvaluations { get; set; }
    public string? PerformanceConclusion { get; set; }
    public List<ProjectTable> Projects { get; } = [];

    /// <summary>Sections the report lacks (by their standard Chinese heading), e.g. 三公经费.</summary>
    public List<string> MissingSections { get; } = [];
    public List<ParseWarning> Warnings { get; } = [];

    public StatedFigure? this[Metric metric] => Figures.GetValueOrDefault(metric);
    public decimal? Amount(Metric metric) => Figures.GetValueOrDefault(metric)?.Amount;
}
