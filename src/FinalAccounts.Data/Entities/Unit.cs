using System.ComponentModel;

namespace FinalAccounts.Data.Entities;

[Description("A budget unit (预算单位): a government department or public institution that publishes final accounts.")]
public sealed class Unit
{
    [Description("Stable key of the unit, derived from its name.")]
    public required string Id { get; init; }
    [Description("Official name as published, e.g. 重庆市万州区党政信息中心.")]
    public required string Name { get; set; }
    [Description("Region the unit belongs to, taken from its name (e.g. 重庆市万州区).")]
    public string? Region { get; set; }
    [Description("Supervising department (主管部门).")]
    public string? SupervisingDepartment { get; set; }
    [Description("Kind of unit as stated, e.g. 事业单位 (public institution) or 行政单位 (administrative organ).")]
    public string? Kind { get; set; }
    [Description("Funding type as stated, e.g. 全额拨款 (fully state-funded).")]
    public string? FundingType { get; set; }
    [Description("Public-welfare class as stated, e.g. 公益一类.")]
    public string? WelfareClass { get; set; }
    [Description("Budget level as stated, e.g. 二级预算单位 (second-level budget unit).")]
    public string? BudgetLevel { get; set; }
    [Description("Stated purpose of the unit (宗旨).")]
    public string? Purpose { get; set; }
    [Description("Subordinate budget units as stated (下级预算单位), e.g. 无.")]
    public string? SubordinateUnits { get; set; }
    [Description("The unit's public disclosure contact line (决算公开联系方式). Never a person's number.")]
    public string? ContactPhone { get; set; }
    [Description("Whether the values are reported or synthetic.")]
    public Provenance Provenance { get; set; }
    [Description("Document the unit profile was read from (the latest report of the unit).")]
    public string? DocumentId { get; set; }
    [Description("Line of the opening sentence that describes the unit.")]
    public int? Line { get; set; }

    public SourceDocument? Document { get; set; }
    public List<UnitDuty> Duties { get; set; } = [];
    public List<Division> Divisions { get; set; } = [];
    public List<FinalAccount> FinalAccounts { get; set; } = [];
}
