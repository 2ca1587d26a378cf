using Bogus;

namespace FinalAccounts.Synthetic.Generation;

/// <summary>
/// The stated reasons (主要原因是…) for changes. Some carry numbers of their own, as real reasons do
/// ("招录 1 人"), which are not figures and must not be read as such.
/// </summary>
public static class ReasonPhrases
{
    private static readonly string[] Rises =
    [
        "人员调资及绩效工资标准调整",
        "新增项目建设任务",
        "{year}年向社会公开招录{n}人",
        "追加专项工作经费",
        "上级补助资金增加",
        "机关事业单位职业年金缴费支出调整",
        "新增信息化系统运行维护任务",
        "业务工作量增加",
    ];

    private static readonly string[] Falls =
    [
        "严格落实过紧日子要求压减一般性支出",
        "部分项目已完工",
        "人员退休及调出{n}人",
        "上年一次性项目支出本年不再安排",
        "项目资金结转下年使用",
        "厉行节约压缩公用经费",
    ];

    private static readonly string[] Budget =
    [
        "年中追加项目资金",
        "据实调整人员经费预算",
        "部分项目未按计划实施",
        "追加区本级目标绩效奖资金预算",
        "执行中调减项目预算",
    ];

    public static string ForChange(Faker f, long change, int year) =>
        Fill(f, change >= 0 ? f.PickRandom(Rises) : f.PickRandom(Falls), year);

    public static string ForBudget(Faker f, int year) => Fill(f, f.PickRandom(Budget), year);

    private static string Fill(Faker f, string phrase, int year) =>
        phrase.Replace("{year}", year.ToString(System.Globalization.CultureInfo.InvariantCulture))
              .Replace("{n}", f.Random.Int(1, 5).ToString(System.Globalization.CultureInfo.InvariantCulture));
}
