using System.Collections.Frozen;

namespace FinalAccounts.Data.Codebooks;

/// <summary>
/// The class level of the national functional classification, with our English names.
/// Reports name categories rather than codes, so lookup is by name after normalising characters.
/// </summary>
public static class FunctionalClassification
{
    public static IReadOnlyList<FunctionalCategory> All { get; } =
    [
        new("201", "一般公共服务支出", "General public services"),
        new("202", "外交支出", "Foreign affairs"),
        new("203", "国防支出", "National defence"),
        new("204", "公共安全支出", "Public security"),
        new("205", "教育支出", "Education"),
        new("206", "科学技术支出", "Science and technology"),
        new("207", "文化旅游体育与传媒支出", "Culture, tourism, sport and media"),
        new("208", "社会保障和就业支出", "Social security and employment"),
        new("210", "卫生健康支出", "Health"),
        new("211", "节能环保支出", "Energy saving and environmental protection"),
        new("212", "城乡社区支出", "Urban and rural community affairs"),
        new("213", "农林水支出", "Agriculture, forestry and water"),
        new("214", "交通运输支出", "Transport"),
        new("215", "资源勘探工业信息等支出", "Resource exploration, industry and information"),
        new("216", "商业服务业等支出", "Commerce and services"),
        new("217", "金融支出", "Finance"),
        new("219", "援助其他地区支出", "Aid to other regions"),
        new("220", "自然资源海洋气象等支出", "Natural resources, oceans and meteorology"),
        new("221", "住房保障支出", "Housing security"),
        new("222", "粮油物资储备支出", "Grain, oil and material reserves"),
        new("224", "灾害防治及应急管理支出", "Disaster prevention and emergency management"),
        new("227", "预备费", "Reserve fund"),
        new("229", "其他支出", "Other expenditure"),
        new("230", "转移性支出", "Transfers"),
        new("231", "债务还本支出", "Debt principal repayment"),
        new("232", "债务付息支出", "Debt interest"),
        new("233", "债务发行费用支出", "Debt issuance costs"),
        new("234", "抗疫特别国债安排的支出", "Special anti-epidemic treasury bond spending"),
    ];

    private static readonly FrozenDictionary<string, FunctionalCategory> ByKey =
        All.ToFrozenDictionary(c => Key(c.NameZh));

    /// <summary>
    /// Finds the category a report names. Reports vary in small words (与/和, 及/和, a missing 支出),
    /// so names are compared on a key that drops those.
    /// </summary>
    public static FunctionalCategory? Match(string statedName) =>
        ByKey.GetValueOrDefault(Key(statedName));

    public static FunctionalCategory? ByCode(string code) => All.FirstOrDefault(c => c.Code == code);

    private static string Key(string name)
    {
        var s = name.Trim();
        if (s.Length > 2 && char.IsDigit(s[0]) && s.Length >= 3 && s[..3].All(char.IsDigit)) s = s[3..];
        s = s.Replace("与", "和").Replace("及", "和").Replace("、", "和").Replace(" ", "").Replace("　", "");
        if (s.EndsWith("支出", StringComparison.Ordinal)) s = s[..^2];
        return s;
    }
}
