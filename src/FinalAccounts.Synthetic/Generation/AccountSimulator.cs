using Bogus;
using FinalAccounts.Data.Codebooks;

namespace FinalAccounts.Synthetic.Generation;

/// <summary>
/// Moves a unit's money from one year to the next: steady growth of personnel costs, noisy project
/// spending, and now and then a spike (a one-off government fund project, +765.6% in the real report)
/// or a sharp drop. Every draw comes from the unit's own randomizer, in a fixed order.
/// </summary>
public static class AccountSimulator
{
    private static readonly string[] Purposes =
    [
        "办公设备和信息化设备购置", "物业管理和安保服务", "信息系统运行维护服务", "办公用房维修改造工程",
        "专用设备购置及运行维护服务", "印刷和会议服务", "网络接入和云服务租赁",
    ];

    /// <summary>The year before a unit's first report: never published, but the base of its first stated changes.</summary>
    public static AccountYear Initial(UnitBlueprint unit, int year, Randomizer r)
    {
        var personnel = unit.PersonnelBase;
        var operating = Money.Scale(personnel, unit.OperatingRatio);
        var account = new AccountYear
        {
            Year = year,
            Personnel = personnel,
            Operating = operating,
            GeneralProject = Money.Scale(personnel + operating, unit.ProjectRatio),
        };
        Complete(account, previous: null, unit, r);
        return account;
    }

    public static AccountYear Next(AccountYear previous, UnitBlueprint unit, Randomizer r)
    {
        var growth = Math.Clamp(Normal(r, 0.05, 0.06), -0.2, 0.4);
        if (r.Bool(0.03f)) growth = r.Bool() ? r.Double(-0.5, -0.2) : r.Double(0.3, 0.8);
        var personnel = Math.Max(1000, Money.Scale(previous.Personnel, 1 + growth));
        var operating = Money.Scale(personnel, unit.OperatingRatio * r.Double(0.85, 1.15));

        var project = Money.Scale(previous.GeneralProject, Math.Exp(Normal(r, 0.02, 0.35)));
        if (r.Bool(0.04f)) project = Money.Scale(Math.Max(project, personnel / 4), r.Double(3, 8));
        else if (r.Bool(0.03f)) project = Money.Scale(project, r.Double(0.05, 0.3));
        if (project < 100 && r.Bool(0.5f)) project = Money.Scale(personnel, unit.ProjectRatio);

        var account = new AccountYear
        {
            Year = previous.Year + 1,
            Personnel = personnel,
            Operating = operating,
            GeneralProject = project,
            NonFiscalCarryoverIn = previous.NonFiscalCarryoverOut,
        };
        account.GovernmentFund = previous.GovernmentFund > 0 && r.Bool(0.4f)
            ? Money.Scale(previous.GovernmentFund, r.Double(0.1, 1.1))
            : r.Bool(0.04f) ? Money.Scale(account.Basic, r.Double(2, 15)) : 0;
        account.StateCapital = previous.StateCapital > 0 && r.Bool(0.3f)
            ? Money.Scale(previous.StateCapital, r.Double(0.5, 1.5))
            : r.Bool(0.01f) ? Money.Scale(account.Basic, r.Double(0.05, 0.5)) : 0;
        Complete(account, previous, unit, r);
        return account;
    }

    /// <summary>Fills what follows from the main amounts: own income, carry-overs, categories, three public expenses, other matters, procurement.</summary>
    private static void Complete(AccountYear a, AccountYear? previous, UnitBlueprint unit, Randomizer r)
    {
        var fiscal = a.GeneralExpenditure + a.GovernmentFund;
        a.ServiceIncome = unit.ServiceIncomeRatio > 0 ? Money.Scale(fiscal, unit.ServiceIncomeRatio * r.Double(0.8, 1.2)) : 0;
        a.BusinessIncome = !unit.IsAdministrative && unit.FundingType != "全额拨款" && r.Bool(0.2f) ? Money.Scale(a.Basic, r.Double(0.01, 0.1)) : 0;
        a.OtherIncome = r.Bool(0.2f) ? Money.Scale(a.Basic, r.Double(0.001, 0.03)) : 0;
        a.GeneralCarryoverIn = r.Bool(0.15f) ? Money.Scale(a.Basic, r.Double(0.002, 0.02)) : 0;
        var ownIncome = a.ServiceIncome + a.BusinessIncome + a.OtherIncome;
        a.NonFiscalCarryoverOut = ownIncome > 0 && r.Bool(0.5f) ? Money.Scale(ownIncome + a.NonFiscalCarryoverIn, r.Double(0.02, 0.3)) : 0;

        AllocateCategories(a, unit, r);
        ThreePublicExpenses(a, previous, unit, r);

        a.MeetingFees = unit.StatesMeetingFees ? (r.Bool(0.1f) ? 0 : Money.Scale(a.Basic, r.Double(0.0005, 0.006))) : null;
        a.TrainingFees = r.Bool(0.1f) ? 0 : Money.Scale(a.Basic, r.Double(0.001, 0.01));
        a.OrganOperating = unit.IsAdministrative ? Money.Scale(a.Operating, r.Double(0.5, 0.9)) : null;
        a.GeneralEquipment = r.Bool(0.7f) ? 0 : r.Int(1, 6);
        a.SpecialEquipment = r.Bool(0.85f) ? 0 : r.Int(1, 9);

        var procurement = Math.Max(50, Money.Scale(a.Operating + a.ProjectExpenditure, r.Double(0.03, 0.4)));
        var goods = r.Bool(0.2f) ? 0 : r.Double(0.1, 1);
        var works = r.Bool(0.6f) ? 0 : r.Double(0.1, 1);
        var services = r.Bool(0.1f) && goods + works > 0 ? 0 : r.Double(0.1, 1);
        var weight = goods + works + services;
        a.ProcurementGoods = Money.Scale(procurement, goods / weight);
        a.ProcurementWorks = Money.Scale(procurement, works / weight);
        a.ProcurementServices = procurement - a.ProcurementGoods - a.ProcurementWorks;
        a.ProcurementSme = r.Bool(0.3f) ? a.ProcurementTotal : Money.Scale(a.ProcurementTotal, r.Double(0.4, 1));
        a.ProcurementSmallMicro = r.Bool(0.15f) ? 0 : Money.Scale(a.ProcurementSme, r.Double(0.2, 1));
        a.ProcurementPurpose = r.ArrayElement(Purposes);
    }

    /// <summary>
    /// Splits general-budget expenditure over the codebook: pensions (208), health insurance (210) and
    /// housing funds (221) follow personnel costs; a share of projects may go to the department's
    /// secondary category; the rest is the department's main category.
    /// </summary>
    private static void AllocateCategories(AccountYear a, UnitBlueprint unit, Randomizer r)
    {
        var amounts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        void Add(string code, long cents)
        {
            if (cents <= 0) return;
            amounts[code] = amounts.GetValueOrDefault(code) + cents;
        }

        var social = Money.Scale(a.Personnel, unit.SocialSecurityRate * r.Double(0.95, 1.05));
        var health = Money.Scale(a.Personnel, unit.HealthRate * r.Double(0.95, 1.05));
        var housing = Money.Scale(a.Personnel, unit.HousingRate * r.Double(0.95, 1.05));
        var secondary = unit.Department.SecondaryCategoryCode is null ? 0 : Money.Scale(a.GeneralProject, unit.SecondaryShare);
        Add("208", social);
        Add("210", health);
        Add("221", housing);
        if (unit.Department.SecondaryCategoryCode is { } code) Add(code, secondary);
        if (a.GovernmentFund > 0 && r.Bool(0.1f) && a.GeneralProject > 0) Add("229", Money.Scale(a.GeneralProject, r.Double(0.01, 0.1)));
        var allocated = amounts.Values.Sum();
        Add(unit.Department.PrimaryCategoryCode, a.GeneralExpenditure - allocated);

        foreach (var (catCode, amount) in amounts)
        {
            var linkedToPersonnel = catCode is "208" or "210" or "221" && catCode != unit.Department.PrimaryCategoryCode;
            var initial = linkedToPersonnel
                ? (r.Bool(0.3f) ? amount : Money.Scale(amount, r.Double(0.85, 1.05)))
                : catCode == unit.Department.PrimaryCategoryCode
                    ? Money.Scale(amount, r.Double(0.7, 1.1))
                    : (r.Bool(0.2f) ? 0 : Money.Scale(amount, r.Double(0.6, 1.2)));
            if (FunctionalClassification.ByCode(catCode) is null) throw new InvalidOperationException($"Category {catCode} is not in the codebook.");
            a.Categories.Add(new CategoryAmount(catCode, amount, initial));
        }
    }

    private static void ThreePublicExpenses(AccountYear a, AccountYear? previous, UnitBlueprint unit, Randomizer r)
    {
        var held = unit.Vehicles == 0 ? 0 : Math.Max(0, (previous?.VehiclesHeld ?? unit.Vehicles) + r.Int(-1, 1));
        a.VehiclesHeld = held;
        a.VehiclesPurchased = held > 0 && r.Bool(0.1f) ? 1 : 0;
        a.VehicleOperation = held * (long)r.Int(120, 300) + (held > 0 ? r.Int(0, 99) : 0);
        a.VehiclePurchase = a.VehiclesPurchased * (long)r.Int(1200, 2500);
        a.ReceptionBatches = unit.IsAdministrative ? r.Int(5, 150) : r.Bool(0.3f) ? r.Int(1, 20) : 0;
        a.ReceptionPersons = a.ReceptionBatches * r.Int(3, 8);
        a.OfficialReception = a.ReceptionPersons * (long)r.Int(1, 3) + (a.ReceptionPersons > 0 ? r.Int(0, 99) : 0);
        if (unit.IsAdministrative && r.Bool(0.05f))
        {
            a.OverseasTripGroups = 1;
            a.OverseasTripPersons = r.Int(2, 5);
            a.OverseasTrips = a.OverseasTripPersons * (long)r.Int(150, 400);
        }
        a.ThreePublicInitialBudget = r.Bool(0.2f) ? a.ThreePublicTotal : Money.Scale(a.ThreePublicTotal, r.Double(1.0, 1.3));
    }

    private static double Normal(Randomizer r, double mean, double deviation)
    {
        var u1 = 1.0 - r.Double();
        var u2 = r.Double();
        return mean + deviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
