using FinalAccounts.Data.Entities;

namespace FinalAccounts.Synthetic.Generation;

/// <summary>
/// The true money of one unit in one year, in 0.01 万元, from which a report is stated. Only the free
/// quantities are stored; every total is computed from them, so each identity of domain.md holds by
/// construction (income total = subtotal + carry-over in, subtotal = Σ sources, and so on).
/// </summary>
public sealed class AccountYear
{
    public int Year { get; init; }

    public long Personnel { get; set; }
    public long Operating { get; set; }
    /// <summary>Project expenditure paid from the general public budget.</summary>
    public long GeneralProject { get; set; }
    /// <summary>General-budget carry-over in (年初结转结余 of the general budget); the general carry-over out is always 0.</summary>
    public long GeneralCarryoverIn { get; set; }
    /// <summary>Government fund money, spent in full in the year it comes (income = expenditure).</summary>
    public long GovernmentFund { get; set; }
    public long StateCapital { get; set; }
    public long ServiceIncome { get; set; }
    public long BusinessIncome { get; set; }
    public long OtherIncome { get; set; }
    public long NonFiscalCarryoverIn { get; set; }
    public long NonFiscalCarryoverOut { get; set; }

    /// <summary>General-budget expenditure by functional category, ordered by code; amounts sum to <see cref="GeneralExpenditure"/>.</summary>
    public List<CategoryAmount> Categories { get; } = [];

    public long OverseasTrips { get; set; }
    public long VehiclePurchase { get; set; }
    public long VehicleOperation { get; set; }
    public long OfficialReception { get; set; }
    public long ThreePublicInitialBudget { get; set; }
    public int OverseasTripGroups { get; set; }
    public int OverseasTripPersons { get; set; }
    public int VehiclesPurchased { get; set; }
    public int VehiclesHeld { get; set; }
    public int ReceptionBatches { get; set; }
    public int ReceptionPersons { get; set; }

    public long? MeetingFees { get; set; }
    public long TrainingFees { get; set; }
    /// <summary>Null when the unit is not in the scope of organ operating expenses.</summary>
    public long? OrganOperating { get; set; }
    public int GeneralEquipment { get; set; }
    public int SpecialEquipment { get; set; }

    public long ProcurementGoods { get; set; }
    public long ProcurementWorks { get; set; }
    public long ProcurementServices { get; set; }
    public long ProcurementSme { get; set; }
    public long ProcurementSmallMicro { get; set; }
    public string ProcurementPurpose { get; set; } = "";

    public long Basic => Personnel + Operating;
    public long GeneralExpenditure => Basic + GeneralProject;
    public long GeneralIncome => GeneralExpenditure - GeneralCarryoverIn;
    public long GeneralInitialBudget => Categories.Sum(c => c.InitialBudget);
    public long FiscalAppropriationIncome => GeneralIncome + GovernmentFund + StateCapital;
    public long IncomeSubtotal => FiscalAppropriationIncome + ServiceIncome + BusinessIncome + OtherIncome;
    public long CarryoverIn => GeneralCarryoverIn + NonFiscalCarryoverIn;
    public long IncomeTotal => IncomeSubtotal + CarryoverIn;
    public long CarryoverOut => NonFiscalCarryoverOut;
    public long ExpenditureTotal => IncomeTotal;
    public long ExpenditureSubtotal => ExpenditureTotal - CarryoverOut;
    public long ProjectExpenditure => ExpenditureSubtotal - Basic;
    public long FiscalAppropriationTotal => GeneralExpenditure + GovernmentFund + StateCapital;
    public long ThreePublicTotal => OverseasTrips + VehiclePurchase + VehicleOperation + OfficialReception;
    public long ProcurementTotal => ProcurementGoods + ProcurementWorks + ProcurementServices;

    /// <summary>The true value of a metric that a report states a change for.</summary>
    public long Value(Metric metric) => metric switch
    {
        Metric.IncomeTotal => IncomeTotal,
        Metric.ExpenditureTotal => ExpenditureTotal,
        Metric.IncomeSubtotal => IncomeSubtotal,
        Metric.FiscalAppropriationIncome => FiscalAppropriationIncome,
        Metric.ServiceIncome => ServiceIncome,
        Metric.BusinessIncome => BusinessIncome,
        Metric.OtherIncome => OtherIncome,
        Metric.CarryoverIn => CarryoverIn,
        Metric.ExpenditureSubtotal => ExpenditureSubtotal,
        Metric.BasicExpenditure => Basic,
        Metric.ProjectExpenditure => ProjectExpenditure,
        Metric.CarryoverOut => CarryoverOut,
        Metric.FiscalAppropriationTotal => FiscalAppropriationTotal,
        Metric.GeneralBudgetIncome => GeneralIncome,
        Metric.GeneralBudgetExpenditure => GeneralExpenditure,
        Metric.GeneralBudgetCarryoverIn => GeneralCarryoverIn,
        Metric.GeneralBudgetCarryoverOut => 0,
        Metric.GeneralBudgetBasicExpenditure => Basic,
        Metric.PersonnelExpenses => Personnel,
        Metric.OperatingExpenses => Operating,
        Metric.GovernmentFundIncome => GovernmentFund,
        Metric.GovernmentFundExpenditure => GovernmentFund,
        Metric.StateCapitalExpenditure => StateCapital,
        Metric.ThreePublicTotal => ThreePublicTotal,
        Metric.OverseasTrips => OverseasTrips,
        Metric.VehiclePurchase => VehiclePurchase,
        Metric.VehicleOperation => VehicleOperation,
        Metric.OfficialReception => OfficialReception,
        Metric.MeetingFees => MeetingFees ?? 0,
        Metric.TrainingFees => TrainingFees,
        Metric.OrganOperatingExpenses => OrganOperating ?? 0,
        Metric.ProcurementTotal => ProcurementTotal,
        Metric.ProcurementGoods => ProcurementGoods,
        Metric.ProcurementWorks => ProcurementWorks,
        Metric.ProcurementServices => ProcurementServices,
        Metric.ProcurementSme => ProcurementSme,
        Metric.ProcurementSmallMicro => ProcurementSmallMicro,
        Metric.SelfEvaluatedFunds => ProjectExpenditure,
        Metric.ThirdPartyEvaluatedFunds => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not a metric of a generated account."),
    };
}

/// <summary>General-budget expenditure in one functional category and its initial budget, in 0.01 万元.</summary>
public sealed record CategoryAmount(string Code, long Amount, long InitialBudget);
