using Bogus;
using FinalAccounts.Data.Codebooks;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Synthetic.Generation;

/// <summary>
/// States one unit-year as a report would: amounts with two decimals, changes against the previous
/// year (from the previous generated year, so consecutive reports agree), changes against the initial
/// budget, shares, counts, procurement and performance tables, with percentages rounded as the checks
/// round them.
/// </summary>
public static class ReportAssembler
{
    public static Report Assemble(UnitBlueprint unit, AccountYear current, AccountYear previous, Faker f, string fileName, string sha256)
    {
        var year = current.Year;
        var report = new Report
        {
            FileName = fileName,
            Sha256 = sha256,
            Provenance = Provenance.Synthetic,
            Kind = ReportKind.Unit,
            Year = year,
            Title = $"{unit.Name} {year}年度单位决算情况说明",
        };
        Profile(report.Unit, unit);

        StatedFigure Figure(Metric metric, bool withChange = false)
        {
            var figure = new StatedFigure { Amount = Money.Wan(current.Value(metric)) };
            report.Figures[metric] = figure;
            if (withChange) Change(figure, current.Value(metric), previous.Value(metric));
            return figure;
        }
        void Change(StatedFigure figure, long now, long before)
        {
            figure.ChangeAmount = Money.Wan(now - before);
            figure.ChangePercent = Money.ChangePercent(now, before);
            if (now != before) figure.Reason = ReasonPhrases.ForChange(f, now - before, year);
        }
        void Share(StatedFigure figure, Metric part, long whole) => figure.SharePercent = Money.SharePercent(current.Value(part), whole);
        void Budget(StatedFigure figure, long now, long initial)
        {
            figure.BudgetChangeAmount = Money.Wan(now - initial);
            figure.BudgetChangePercent = Money.ChangePercent(now, initial);
        }

        // 一、(一) totals, income, expenditure, carry-over.
        var totalReason = ReasonPhrases.ForChange(f, current.IncomeTotal - previous.IncomeTotal, year);
        Figure(Metric.IncomeTotal, withChange: true).Reason = totalReason;
        Figure(Metric.ExpenditureTotal, withChange: true).Reason = totalReason;
        Figure(Metric.IncomeSubtotal, withChange: true);
        foreach (var source in new[] { Metric.FiscalAppropriationIncome, Metric.ServiceIncome, Metric.BusinessIncome, Metric.OtherIncome })
        {
            if (source != Metric.FiscalAppropriationIncome && current.Value(source) == 0) continue;
            Share(Figure(source), source, current.IncomeSubtotal);
        }
        Figure(Metric.CarryoverIn);
        Figure(Metric.ExpenditureSubtotal, withChange: true);
        Share(Figure(Metric.BasicExpenditure), Metric.BasicExpenditure, current.ExpenditureSubtotal);
        Share(Figure(Metric.ProjectExpenditure), Metric.ProjectExpenditure, current.ExpenditureSubtotal);
        Figure(Metric.CarryoverOut, withChange: true);

        // (二) fiscal appropriations, (三) general public budget.
        Figure(Metric.FiscalAppropriationTotal, withChange: true);
        var initialBudget = current.GeneralInitialBudget;
        var generalIncome = Figure(Metric.GeneralBudgetIncome, withChange: true);
        Budget(generalIncome, current.GeneralIncome, initialBudget);
        if (current.GeneralIncome != initialBudget) generalIncome.Reason ??= ReasonPhrases.ForBudget(f, year);
        Figure(Metric.GeneralBudgetCarryoverIn, withChange: true);
        var generalExpenditure = Figure(Metric.GeneralBudgetExpenditure, withChange: true);
        Budget(generalExpenditure, current.GeneralExpenditure, initialBudget);
        Figure(Metric.GeneralBudgetCarryoverOut, withChange: true);
        var ordinal = 0;
        foreach (var category in current.Categories)
        {
            var codebook = FunctionalClassification.ByCode(category.Code)!;
            report.Categories.Add(new StatedCategory
            {
                Ordinal = ++ordinal,
                StatedName = unit.UsesNameVariants ? codebook.NameZh.Replace("和", "与") : codebook.NameZh,
                BudgetSource = BudgetSource.GeneralPublicBudget,
                Amount = Money.Wan(category.Amount),
                SharePercent = Money.SharePercent(category.Amount, current.GeneralExpenditure),
                BudgetChangeAmount = Money.Wan(category.Amount - category.InitialBudget),
                BudgetChangePercent = Money.ChangePercent(category.Amount, category.InitialBudget),
                Reason = category.Amount == category.InitialBudget ? null : ReasonPhrases.ForBudget(f, year),
            });
        }

        // (四) basic expenditure, (五) government fund, (六) state capital.
        Figure(Metric.GeneralBudgetBasicExpenditure);
        Figure(Metric.PersonnelExpenses, withChange: true);
        Figure(Metric.OperatingExpenses, withChange: true);
        var fundStated = current.GovernmentFund > 0 || previous.GovernmentFund > 0;
        Figure(Metric.GovernmentFundIncome);
        Figure(Metric.GovernmentFundExpenditure, withChange: fundStated);
        Figure(Metric.StateCapitalExpenditure, withChange: current.StateCapital > 0 || previous.StateCapital > 0);

        // 三、three public expenses.
        var threePublic = Figure(Metric.ThreePublicTotal, withChange: true);
        Budget(threePublic, current.ThreePublicTotal, current.ThreePublicInitialBudget);
        Figure(Metric.OverseasTrips);
        Figure(Metric.VehiclePurchase);
        Figure(Metric.VehicleOperation);
        Figure(Metric.OfficialReception);
        report.OverseasTripGroups = current.OverseasTripGroups;
        report.OverseasTripPersons = current.OverseasTripPersons;
        report.VehiclesPurchased = current.VehiclesPurchased;
        report.VehiclesHeld = current.VehiclesHeld;
        report.ReceptionBatches = current.ReceptionBatches;
        report.ReceptionPersons = current.ReceptionPersons;

        // 四、other matters.
        if (current.MeetingFees is not null) Figure(Metric.MeetingFees, withChange: true);
        Figure(Metric.TrainingFees, withChange: true);
        report.OrganOperatingInScope = current.OrganOperating is not null;
        if (current.OrganOperating is not null) Figure(Metric.OrganOperatingExpenses, withChange: true);
        report.VehiclesTotal = current.VehiclesHeld;
        report.GeneralEquipmentCount = current.GeneralEquipment;
        report.SpecialEquipmentCount = current.SpecialEquipment;
        Figure(Metric.ProcurementTotal);
        Figure(Metric.ProcurementGoods);
        Figure(Metric.ProcurementWorks);
        Figure(Metric.ProcurementServices);
        Share(Figure(Metric.ProcurementSme), Metric.ProcurementSme, current.ProcurementTotal);
        Share(Figure(Metric.ProcurementSmallMicro), Metric.ProcurementSmallMicro, current.ProcurementTotal);
        report.ProcurementSmeSharePercent = report[Metric.ProcurementSme]!.SharePercent;
        report.ProcurementSmallMicroSharePercent = report[Metric.ProcurementSmallMicro]!.SharePercent;
        report.ProcurementPurpose = current.ProcurementPurpose;

        // 五、performance.
        var tables = f.Random.WeightedRandom([1, 2, 3], [0.5f, 0.3f, 0.2f]);
        report.Projects.AddRange(PerformanceTableFaker.Generate(f, unit, current, tables));
        report.SelfEvaluatedProjects = tables + f.Random.Int(0, 12);
        Figure(Metric.SelfEvaluatedFunds);
        report.ThirdPartyEvaluations = 0;
        Figure(Metric.ThirdPartyEvaluatedFunds);
        report.PerformanceConclusion = report.Projects.All(p => p.Indicators.All(i => i.Score == i.Weight))
            ? "通过绩效自评，所有项目都完成了年度绩效目标。"
            : "通过绩效自评，大部分项目完成了年度绩效目标，个别指标未达到预期。";
        return report;
    }

    private static void Profile(UnitProfile profile, UnitBlueprint unit)
    {
        profile.Name = unit.Name;
        profile.Region = unit.Region;
        profile.SupervisingDepartment = unit.IsAdministrative ? unit.Region + "人民政府" : unit.SupervisingDepartment;
        profile.Kind = unit.Kind;
        profile.FundingType = unit.FundingType;
        profile.WelfareClass = unit.WelfareClass;
        profile.BudgetLevel = unit.BudgetLevel;
        profile.Purpose = unit.Purpose;
        profile.SubordinateUnits = "无";
        profile.ContactPhone = unit.ContactPhone;
        var i = 0;
        foreach (var duty in unit.Duties) profile.Duties.Add(new StatedDuty(++i, duty, 0));
        i = 0;
        foreach (var (name, duties) in unit.Divisions) profile.Divisions.Add(new StatedDivision(++i, name, duties, 0));
    }
}
