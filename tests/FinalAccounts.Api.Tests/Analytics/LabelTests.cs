using FinalAccounts.Api.GraphQL.Analytics;
using FinalAccounts.Data.Entities;
using FinalAccounts.Api.GraphQL.Conventions;

namespace FinalAccounts.Api.Tests.Analytics;

/// <summary>Bilingual labels: every metric, budget source and unit kind has its English name served beside the Chinese.</summary>
public sealed class LabelTests(DemoApi api) : IClassFixture<DemoApi>
{
    [Fact]
    public async Task The_metric_catalogue_holds_every_stated_metric_and_expenditure_by_category_with_both_names()
    {
        var data = await api.Client.DataAsync("{ metrics { metric nameZh nameEn description unit source dimensions derivable } }");

        var metrics = data["metrics"]!.AsArray();
        metrics.Select(m => m!["metric"]!.GetValue<string>())
            .ShouldBe(Enum.GetValues<Metric>().Select(m => Naming.ConstantCase(m.ToString())).Append("CATEGORY_EXPENDITURE"));
        metrics.Select(m => m!["nameZh"]!.GetValue<string>()).ShouldBeUnique();
        metrics.Select(m => m!["nameEn"]!.GetValue<string>()).ShouldBeUnique();
        foreach (var metric in metrics)
        {
            metric!["nameZh"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
            metric["nameEn"]!.GetValue<string>().ShouldMatch("^[A-Z][A-Za-z ,-]+$");
            metric["description"]!.GetValue<string>().ShouldContain("万元");
            metric["unit"]!.GetValue<string>().ShouldBe("万元");
        }
        var byCategory = metrics.Single(m => m!["metric"]!.GetValue<string>() == "CATEGORY_EXPENDITURE")!;
        byCategory["source"]!.GetValue<string>().ShouldBe("EXPENDITURE");
        byCategory["derivable"]!.GetValue<bool>().ShouldBeFalse();
        byCategory["dimensions"]!.AsArray().Select(d => d!.GetValue<string>()).ShouldContain("CATEGORY");
        var income = metrics.Single(m => m!["metric"]!.GetValue<string>() == "INCOME_TOTAL")!;
        (income["nameZh"]!.GetValue<string>(), income["nameEn"]!.GetValue<string>(), income["source"]!.GetValue<string>()).ShouldBe(("收入总计", "Total income", "FIGURE"));
        income["dimensions"]!.AsArray().Select(d => d!.GetValue<string>()).ShouldBe(["YEAR", "UNIT", "SUPERVISING_DEPARTMENT", "REGION", "UNIT_KIND"]);
    }

    [Fact]
    public async Task Budget_sources_and_unit_kinds_have_english_names_and_units_serve_theirs_beside_the_kind()
    {
        var data = await api.Client.DataAsync("{ budgetSources { budgetSource nameZh nameEn } unitKinds { nameZh nameEn } units(first: 100) { nodes { kind kindEn } } }");

        data["budgetSources"]!.AsArray().Select(s => (s!["budgetSource"]!.GetValue<string>(), s["nameZh"]!.GetValue<string>(), s["nameEn"]!.GetValue<string>()))
            .ShouldBe([
                ("GENERAL_PUBLIC_BUDGET", "一般公共预算", "General public budget"),
                ("GOVERNMENT_FUND_BUDGET", "政府性基金预算", "Government fund budget"),
                ("STATE_CAPITAL_BUDGET", "国有资本经营预算", "State capital operating budget"),
            ]);
        var kinds = data["unitKinds"]!.AsArray().ToDictionary(k => k!["nameZh"]!.GetValue<string>(), k => k!["nameEn"]!.GetValue<string>());
        kinds["事业单位"].ShouldBe("Public institution");
        kinds["行政单位"].ShouldBe("Administrative unit");
        var units = data["units"]!["nodes"]!.AsArray();
        units.Count.ShouldBeGreaterThan(10);
        foreach (var unit in units)
            unit!["kindEn"]!.GetValue<string>().ShouldBe(kinds[unit["kind"]!.GetValue<string>()]);
    }

    [Fact]
    public void A_kind_outside_the_codebook_keeps_its_chinese_and_has_no_english_name()
    {
        UnitKindLabel.For("民办非企业单位").ShouldBe(new UnitKindLabel("民办非企业单位", null));
        UnitKindLabel.For(null).ShouldBeNull();
        UnitKindLabel.For(" 事业单位").ShouldBe(new UnitKindLabel("事业单位", "Public institution"));
    }
}
