using Bogus;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Synthetic.Generation;

/// <summary>
/// Performance self-evaluation tables (绩效自评表): funds split between higher-level and district money,
/// and indicators whose weights sum to 100, whose scores never exceed their weights, and where an
/// indicator that misses its target scores less than its weight.
/// </summary>
public static class PerformanceTableFaker
{
    private sealed record IndicatorTemplate(string Name, string Unit, IndicatorOperator Operator, decimal Target, decimal? Adjusted);

    private static readonly IndicatorTemplate[] Templates =
    [
        new("预计使用率", "%", IndicatorOperator.AtLeast, 95, 90),
        new("建设任务完成率", "%", IndicatorOperator.AtLeast, 100, null),
        new("硬件配置完成率", "%", IndicatorOperator.AtLeast, 100, null),
        new("服务对象满意度", "%", IndicatorOperator.AtLeast, 95, 90),
        new("年稳定运行", "天", IndicatorOperator.AtLeast, 360, null),
        new("年均维护成本增长率", "%", IndicatorOperator.AtMost, 10, null),
        new("系统运行维护响应时间", "小时", IndicatorOperator.AtMost, 24, null),
        new("数据更新频率", "小时", IndicatorOperator.AtMost, 24, null),
        new("资金拨付及时率", "%", IndicatorOperator.AtLeast, 95, null),
        new("设备完好率", "%", IndicatorOperator.AtLeast, 98, null),
        new("培训人次", "人次", IndicatorOperator.AtLeast, 200, 150),
        new("覆盖社区数", "个", IndicatorOperator.AtLeast, 30, null),
        new("项目验收合格率", "%", IndicatorOperator.Equal, 100, null),
        new("故障处理时长", "小时", IndicatorOperator.AtMost, 4, null),
        new("问题整改完成率", "%", IndicatorOperator.AtLeast, 100, null),
    ];

    private static readonly string[] Goals =
    [
        "保障系统全年稳定运行，提升服务质量和效率",
        "按期完成建设任务，项目验收合格",
        "提升公共服务覆盖面和群众满意度",
        "规范资金管理，提高资金使用效益",
    ];

    /// <summary>Tables for the first <paramref name="count"/> projects of a unit-year; a government fund, when there is one, is the first project's money.</summary>
    public static List<ProjectTable> Generate(Faker f, UnitBlueprint unit, AccountYear year, int count)
    {
        var tables = new List<ProjectTable>(count);
        var names = f.Random.Shuffle(unit.Department.Projects).ToList();
        var available = Math.Max(year.ProjectExpenditure, 100);
        for (var i = 0; i < count; i++)
        {
            var isFundProject = i == 0 && year.GovernmentFund > 0;
            var adjusted = isFundProject ? year.GovernmentFund : Math.Max(100, Money.Scale(available, f.Random.Double(0.02, 0.3)));
            var executed = f.Random.Bool(0.6f) ? adjusted : Money.Scale(adjusted, f.Random.Double(0.8, 1));
            long? initial = f.Random.Bool(0.2f) ? null : f.Random.Bool(0.5f) ? adjusted : Money.Scale(adjusted, f.Random.Double(0.7, 1));
            var table = new ProjectTable
            {
                Ordinal = i + 1,
                Name = isFundProject ? $"{unit.Department.Field}抗疫特别国债项目建设" : $"{names[i % names.Count]}{(i >= names.Count ? "（二期）" : "")}",
                Kind = isFundProject || f.Random.Bool(0.2f) ? ProjectKind.KeySpecial : ProjectKind.General,
                SupervisingDepartment = unit.SupervisingDepartment,
                FinanceOffice = f.PickRandom<string>(FictionalMunicipality.FinanceOffices),
                InitialBudget = initial is { } init ? Money.Wan(init) : null,
                AdjustedBudget = Money.Wan(adjusted),
                Executed = Money.Wan(executed),
                ExecutionRate = Money.SharePercent(executed, adjusted),
                ExecutionWeight = 10,
                InitialGoal = f.PickRandom(Goals),
                AdjustedGoal = null,
                AchievedGoal = "全年目标基本完成，" + f.PickRandom("无重大故障发生", "资金使用规范", "服务对象满意度较高"),
            };
            table.AdjustedGoal = table.InitialGoal;
            table.ExecutionScore = Money.Round2(10m * Math.Min(100m, table.ExecutionRate.Value) / 100m);
            SplitFunds(f, table, initial, adjusted, executed, higherLevel: isFundProject);
            AddIndicators(f, table);
            table.TotalScore = table.Indicators.Sum(x => x.Score ?? 0) + 0.00m;
            tables.Add(table);
        }
        return tables;
    }

    private static void SplitFunds(Faker f, ProjectTable t, long? initial, long adjusted, long executed, bool higherLevel)
    {
        var share = higherLevel ? 1.0 : f.Random.WeightedRandom([0.0, 1.0, f.Random.Double(0.2, 0.8)], [0.6f, 0.2f, 0.2f]);
        long Higher(long v) => Money.Scale(v, share);
        if (share > 0)
        {
            t.HigherLevelInitialBudget = initial is { } i ? Money.Wan(Higher(i)) : null;
            t.HigherLevelAdjustedBudget = Money.Wan(Higher(adjusted));
            t.HigherLevelExecuted = Money.Wan(Higher(executed));
        }
        if (share < 1)
        {
            t.DistrictInitialBudget = initial is { } i ? Money.Wan(i - Higher(i)) : null;
            t.DistrictAdjustedBudget = Money.Wan(adjusted - Higher(adjusted));
            t.DistrictExecuted = Money.Wan(executed - Higher(executed));
        }
    }

    private static void AddIndicators(Faker f, ProjectTable t)
    {
        var count = f.Random.Int(3, 6);
        var templates = f.Random.Shuffle(Templates).Take(count).ToList();
        var weights = SplitHundred(f, count);
        for (var i = 0; i < count; i++)
        {
            var template = templates[i];
            var adjusted = template.Adjusted is { } a && f.Random.Bool(0.5f) ? a : (decimal?)null;
            var target = adjusted ?? template.Target;
            var met = f.Random.Bool(0.9f);
            var actual = met ? Meeting(f, template, target) : Missing(f, template.Operator, target);
            var weight = (decimal)weights[i];
            var score = met ? weight : PartialScore(f, weight);
            t.Indicators.Add(new IndicatorRow
            {
                Ordinal = i + 1,
                Name = template.Name,
                MeasureUnit = template.Unit,
                Operator = template.Operator,
                InitialTarget = template.Target,
                AdjustedTarget = adjusted,
                ActualValue = actual,
                ScoreCoefficient = decimal.Round(score * 100m / weight, 0, MidpointRounding.AwayFromZero),
                Weight = weight,
                Score = score,
                IsCore = i < 2,
            });
        }
    }

    /// <summary>Whether an actual value meets its target under the indicator's operator.</summary>
    public static bool Meets(IndicatorOperator op, decimal actual, decimal target) => op switch
    {
        IndicatorOperator.AtLeast => actual >= target,
        IndicatorOperator.AtMost => actual <= target,
        IndicatorOperator.Equal => actual == target,
        IndicatorOperator.Above => actual > target,
        IndicatorOperator.Below => actual < target,
        _ => true,
    };

    /// <summary>An actual value that misses the target under the operator (used for misses and for defects).</summary>
    public static decimal Missing(Faker f, IndicatorOperator op, decimal target) => op switch
    {
        IndicatorOperator.AtMost or IndicatorOperator.Below => target + f.Random.Int(1, 10),
        IndicatorOperator.Equal => target > 1 ? target - f.Random.Int(1, (int)Math.Min(10, target - 1)) : target + 1,
        _ => target > 1 ? Math.Max(0, target - f.Random.Int(1, (int)Math.Min(20, target))) : 0,
    };

    private static decimal Meeting(Faker f, IndicatorTemplate template, decimal target) => template.Operator switch
    {
        IndicatorOperator.AtMost => f.Random.Int(0, (int)target),
        IndicatorOperator.Equal => target,
        _ when template.Unit == "%" => f.Random.Int((int)Math.Min(target, 100), 100),
        _ when template.Unit == "天" => f.Random.Int((int)target, Math.Max((int)target, 365)),
        _ => target + f.Random.Int(0, (int)Math.Max(1, target / 10)),
    };

    private static decimal PartialScore(Faker f, decimal weight) =>
        Math.Max(0, weight - f.Random.Int(1, (int)Math.Max(1, weight / 2)));

    /// <summary>Integers that sum to exactly 100, each a multiple of 5 and at least 5.</summary>
    private static int[] SplitHundred(Faker f, int count)
    {
        var parts = Enumerable.Repeat(1, count).ToArray();
        for (var remaining = 20 - count; remaining > 0; remaining--) parts[f.Random.Int(0, count - 1)]++;
        return [.. parts.Select(p => p * 5)];
    }
}
