using Bogus;

namespace FinalAccounts.Synthetic.Generation;

/// <summary>
/// Builds the blueprint of unit number <c>ordinal</c>. Its place in the municipality (district,
/// department, slot) follows from the ordinal, so names are unique by construction; everything else
/// is drawn by Bogus from a local seed derived from the demo seed and the ordinal.
/// </summary>
public sealed class UnitBlueprintFaker
{
    private readonly int seed;
    private readonly Faker<UnitBlueprint> faker;
    private int ordinal;

    public UnitBlueprintFaker(int seed, int firstYear, int finalYear)
    {
        this.seed = seed;
        var districts = FictionalMunicipality.Districts;
        var departments = FictionalMunicipality.Departments;
        faker = new Faker<UnitBlueprint>()
            .StrictMode(true)
            .UseDateTimeReference(DemoGenerator.Clock)
            .RuleFor(u => u.Ordinal, _ => ordinal)
            .RuleFor(u => u.Region, _ => districts[Group(ordinal) / departments.Count % districts.Count])
            .RuleFor(u => u.Department, _ => departments[Group(ordinal) % departments.Count])
            .RuleFor(u => u.SupervisingDepartment, (_, u) => u.Region + u.Department.Stem)
            .RuleFor(u => u.IsAdministrative, _ => Slot(ordinal) == 0)
            .RuleFor(u => u.Name, (_, u) => FictionalMunicipality.Marker + u.Region + InstitutionName(u.Department, Slot(ordinal)))
            .RuleFor(u => u.Kind, (_, u) => u.IsAdministrative ? "行政单位" : "事业单位")
            .RuleFor(u => u.FundingType, (f, u) => u.IsAdministrative ? null
                : f.Random.WeightedRandom(["全额拨款", "差额拨款", "自收自支"], [0.75f, 0.2f, 0.05f]))
            .RuleFor(u => u.WelfareClass, (f, u) => u.IsAdministrative ? null
                : u.FundingType == "全额拨款" ? "公益一类" : "公益二类")
            .RuleFor(u => u.BudgetLevel, (_, u) => u.IsAdministrative ? "一级预算单位" : "二级预算单位")
            .RuleFor(u => u.Purpose, (f, u) => u.IsAdministrative
                ? $"贯彻落实{u.Region}{u.Department.Field}工作的方针政策和决策部署"
                : $"为全区{u.Department.Field}事业发展提供{f.PickRandom("服务保障", "技术支撑", "公共服务")}")
            .RuleFor(u => u.ContactPhone, f => "000-" + f.Random.ReplaceNumbers("5#######"))
            .RuleFor(u => u.Duties, (f, u) => Duties(f, u))
            .RuleFor(u => u.Divisions, (f, u) => Divisions(f, u))
            .RuleFor(u => u.FirstYear, f => f.Random.Bool(0.12f) && firstYear < finalYear ? f.Random.Int(firstYear + 1, finalYear) : firstYear)
            .RuleFor(u => u.LastYear, (f, u) => f.Random.Bool(0.08f) && u.FirstYear < finalYear ? f.Random.Int(u.FirstYear, finalYear - 1) : finalYear)
            .RuleFor(u => u.PersonnelBase, (f, u) => (long)(Math.Exp(f.Random.Double(Math.Log(u.IsAdministrative ? 300 : 60), Math.Log(u.IsAdministrative ? 4000 : 2500))) * 100))
            .RuleFor(u => u.OperatingRatio, f => f.Random.Double(0.08, 0.35))
            .RuleFor(u => u.ProjectRatio, f => f.Random.Bool(0.15f) ? f.Random.Double(0, 0.1) : Math.Exp(f.Random.Double(Math.Log(0.1), Math.Log(6))))
            .RuleFor(u => u.ServiceIncomeRatio, (f, u) => u.FundingType switch
            {
                "差额拨款" => f.Random.Double(0.1, 0.8),
                "自收自支" => f.Random.Double(0.8, 2.0),
                _ => f.Random.Bool(0.1f) ? f.Random.Double(0.01, 0.05) : 0,
            })
            .RuleFor(u => u.SocialSecurityRate, f => f.Random.Double(0.08, 0.15))
            .RuleFor(u => u.HealthRate, f => f.Random.Double(0.03, 0.06))
            .RuleFor(u => u.HousingRate, f => f.Random.Double(0.04, 0.09))
            .RuleFor(u => u.SecondaryShare, (f, u) => u.Department.SecondaryCategoryCode is null || f.Random.Bool(0.5f) ? 0 : f.Random.Double(0.05, 0.4))
            .RuleFor(u => u.Vehicles, (f, u) => u.IsAdministrative ? f.Random.Int(0, 12) : f.Random.Bool(0.2f) ? f.Random.Int(1, 4) : 0)
            .RuleFor(u => u.StatesMeetingFees, f => f.Random.Bool(0.5f))
            .RuleFor(u => u.UsesNameVariants, f => f.Random.Bool(0.3f));
    }

    public UnitBlueprint Generate(int unitOrdinal)
    {
        ordinal = unitOrdinal;
        return faker.UseSeed(SeedSequence.Derive(seed, 1, unitOrdinal)).Generate();
    }

    /// <summary>Units come in groups: a department and the institutions it supervises.</summary>
    private const int GroupSize = 6;

    private static int Places => FictionalMunicipality.Districts.Count * FictionalMunicipality.Departments.Count;

    /// <summary>Which (district, department) place a unit belongs to.</summary>
    private static int Group(int ordinal) => ordinal / GroupSize % Places;

    /// <summary>
    /// The unit's position under its department: 0 is the department itself, later slots the institutions
    /// it supervises. Once every place has a group, further units join existing places in new slots.
    /// </summary>
    private static int Slot(int ordinal) => ordinal / GroupSize / Places * GroupSize + ordinal % GroupSize;

    private static string InstitutionName(DepartmentTemplate department, int slot)
    {
        if (slot == 0) return department.Stem;
        var institutions = department.Institutions;
        var name = institutions[(slot - 1) % institutions.Count];
        var round = (slot - 1) / institutions.Count;
        return round == 0 ? name : $"{name}第{ChineseNumerals.Of(round + 1)}分中心";
    }

    private static IReadOnlyList<string> Duties(Faker f, UnitBlueprint u)
    {
        var field = u.Department.Field;
        var pool = new[]
        {
            $"贯彻执行国家和本市有关{field}工作的法律、法规和方针政策。",
            $"承担全区{field}领域的规划编制、组织实施和监督管理工作。",
            $"负责{field}相关信息系统的建设、运行维护和技术服务工作。",
            $"承担{field}领域公共服务事项的受理、办理和反馈工作。",
            $"组织开展{field}领域的业务培训、宣传教育和对外交流工作。",
            $"负责本单位财务、资产、人事和档案管理工作。",
            $"协助做好{field}领域重大项目的建设和推广应用工作。",
        };
        var count = f.Random.Int(3, 6);
        return [.. pool.Take(count - 1), $"完成{u.SupervisingDepartment}交办的其他任务。"];
    }

    private static IReadOnlyList<(string, string)> Divisions(Faker f, UnitBlueprint u)
    {
        var names = u.IsAdministrative
            ? u.Department.Divisions
            : ["办公室", "业务科", "技术保障科", "综合服务科", "财务资产科"];
        var count = f.Random.Int(2, names.Count);
        return names.Take(count)
            .Select(n => (n, n == "办公室"
                ? "负责综合协调、文秘、财务、人事、档案和后勤保障等工作。"
                : $"负责{n}职责范围内的{u.Department.Field}相关工作。"))
            .ToList();
    }
}
