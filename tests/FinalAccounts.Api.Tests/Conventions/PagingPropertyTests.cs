using System.Globalization;
using FinalAccounts.Api.Tests.Fixtures;
using FinalAccounts.Api.Tests.Support;
using FinalAccounts.Data.Entities;

namespace FinalAccounts.Api.Tests.Conventions;

/// <summary>
/// Property: for random filters, sorts and page sizes, walking every page forward, and every page
/// backward, returns each matching row exactly once, in the order the same filter and sort give in memory.
/// </summary>
public sealed class PagingPropertyTests(FixtureApi api) : IClassFixture<FixtureApi>
{
    private const int Seed = 20240611;

    private sealed record Atom<T>(string Where, Func<T, bool> Holds);

    private sealed record Key<T>(string Order, Func<T, object?> Value);

    [Fact]
    public Task Final_accounts_page_completely_in_order() => CheckAsync("finalAccounts", api.Data.Accounts, a => a.Id, cases: 180,
        AccountAtoms(), [
            new("incomeTotal", a => a.IncomeTotal), new("expenditureTotal", a => a.ExpenditureTotal), new("year", a => a.Year),
            new("reportKind", a => a.ReportKind), new("organOperatingInScope", a => a.OrganOperatingInScope),
            new("performanceConclusion", a => a.PerformanceConclusion), new("threePublicTotal", a => a.ThreePublicTotal),
            new("overseasTripGroups", a => a.OverseasTripGroups), new("unit: {name: @}", a => a.Unit!.Name),
            new("unit: {region: @}", a => a.Unit!.Region), new("fiscalYear: {year: @}", a => a.Year), new("id", a => a.Id),
        ]);

    [Fact]
    public Task Expenditures_page_completely_in_order() => CheckAsync("expenditures", api.Data.Expenditures, e => e.Id, cases: 120,
        [
            new("{amount: {gt: 300}}", e => e.Amount > 300m), new("{amount: {eq: null}}", e => e.Amount is null),
            new("{budgetSource: {eq: GENERAL_PUBLIC_BUDGET}}", e => e.BudgetSource == BudgetSource.GeneralPublicBudget),
            new("{year: {in: [2019, 2021]}}", e => e.Year is 2019 or 2021), new("{sharePercent: {lte: 40}}", e => e.SharePercent <= 40m),
            new("{category: {inCodebook: {eq: false}}}", e => !e.Category!.InCodebook),
            new("""{category: {code: {nin: ["201", "205"]}}}""", e => e.Category!.Code is not ("201" or "205")),
            new("{account: {incomeTotal: {ngt: 500}}}", e => !(e.Account!.IncomeTotal > 500m)),
        ],
        [
            new("amount", e => e.Amount), new("budgetSource", e => e.BudgetSource), new("year", e => e.Year),
            new("sharePercent", e => e.SharePercent), new("ordinal", e => e.Ordinal), new("category: {inCodebook: @}", e => e.Category!.InCodebook),
            new("category: {code: @}", e => e.Category!.Code), new("account: {incomeTotal: @}", e => e.Account!.IncomeTotal),
        ]);

    private static Atom<FinalAccount>[] AccountAtoms()
    {
        var atoms = new List<Atom<FinalAccount>>();
        foreach (var value in new[] { 125.26m, 501.01m, 876.76m })
        {
            var v = value.ToString(CultureInfo.InvariantCulture);
            atoms.Add(new($"{{incomeTotal: {{gte: {v}}}}}", a => a.IncomeTotal >= value));
            atoms.Add(new($"{{incomeTotal: {{nlt: {v}}}}}", a => !(a.IncomeTotal < value)));
            atoms.Add(new($"{{expenditureTotal: {{lt: {v}}}}}", a => a.ExpenditureTotal < value));
        }
        atoms.Add(new("{incomeTotal: {eq: null}}", a => a.IncomeTotal is null));
        atoms.Add(new("{year: {in: [2020, 2022]}}", a => a.Year is 2020 or 2022));
        atoms.Add(new("{year: {ngt: 2020}}", a => a.Year <= 2020));
        atoms.Add(new("{reportKind: {eq: UNIT}}", a => a.ReportKind == ReportKind.Unit));
        atoms.Add(new("{organOperatingInScope: {neq: false}}", a => a.OrganOperatingInScope != false));
        atoms.Add(new("""{performanceConclusion: {contains: "目标"}}""", a => a.PerformanceConclusion?.Contains("目标") == true));
        atoms.Add(new("{overseasTripGroups: {nin: [1]}}", a => a.OverseasTripGroups != 1));
        atoms.Add(new("""{unit: {region: {eq: "重庆市万州区"}}}""", a => a.Unit!.Region == "重庆市万州区"));
        atoms.Add(new("{figures: {some: {changeAmount: {gt: 10}}}}", a => a.Figures.Any(f => f.ChangeAmount > 10m)));
        atoms.Add(new("{performanceProjects: {all: {totalScore: {gte: 93}}}}", a => a.PerformanceProjects.All(p => p.TotalScore >= 93m)));
        return [.. atoms];
    }

    private async Task CheckAsync<T>(string field, IReadOnlyList<T> rows, Func<T, string> keyOf, int cases, IReadOnlyList<Atom<T>> atoms, IReadOnlyList<Key<T>> keys)
    {
        var random = new Random(Seed);
        var nonTrivial = 0;
        for (var i = 0; i < cases; i++)
        {
            var (where, holds) = RandomFilter(random, atoms);
            var (order, sortKeys) = RandomSort(random, keys);
            var pageSize = random.Next(1, 31);
            var arguments = string.Join(", ", new[] { where is null ? null : "where: " + where, order is null ? null : "order: " + order }.Where(a => a is not null));
            var expected = Oracle.Sort(rows.Where(holds), sortKeys, keyOf).Select(keyOf).ToList();
            if (expected.Count > pageSize) nonTrivial++;
            var label = $"case {i} (seed {Seed}): {field}({arguments}) by {pageSize}";

            var forward = await Paging.ForwardAsync(api.Client, field, arguments, pageSize);
            forward.ShouldBe(expected, label + ", forward");

            var backward = await Paging.BackwardAsync(api.Client, field, arguments, pageSize);
            backward.ShouldBe(expected, label + ", backward");
        }
        // Most cases must span several pages, or the property says little about cursors.
        nonTrivial.ShouldBeGreaterThan(cases / 2);
    }

    private static (string? Where, Func<T, bool> Holds) RandomFilter<T>(Random random, IReadOnlyList<Atom<T>> atoms)
    {
        switch (random.Next(5))
        {
            case 0:
                return (null, _ => true);
            case 1:
            {
                var atom = atoms[random.Next(atoms.Count)];
                return (atom.Where, atom.Holds);
            }
            case 2:
            {
                var a = atoms[random.Next(atoms.Count)];
                var b = atoms[random.Next(atoms.Count)];
                return ($"{{or: [{a.Where}, {b.Where}]}}", r => a.Holds(r) || b.Holds(r));
            }
            case 3:
            {
                var a = atoms[random.Next(atoms.Count)];
                var b = atoms[random.Next(atoms.Count)];
                return ($"{{and: [{a.Where}, {b.Where}]}}", r => a.Holds(r) && b.Holds(r));
            }
            default:
            {
                var a = atoms[random.Next(atoms.Count)];
                var b = atoms[random.Next(atoms.Count)];
                var c = atoms[random.Next(atoms.Count)];
                return ($"{{or: [{{and: [{a.Where}, {b.Where}]}}, {c.Where}]}}", r => (a.Holds(r) && b.Holds(r)) || c.Holds(r));
            }
        }
    }

    private static (string? Order, List<(Func<T, object?> Value, bool Descending)> Keys) RandomSort<T>(Random random, IReadOnlyList<Key<T>> keys)
    {
        var count = random.Next(4);
        if (count == 0) return (null, []);
        var chosen = keys.OrderBy(_ => random.Next()).Take(count).ToList();
        var entries = new List<string>();
        var sortKeys = new List<(Func<T, object?>, bool)>();
        foreach (var key in chosen)
        {
            var descending = random.Next(2) == 1;
            var direction = descending ? "DESC" : "ASC";
            entries.Add("{" + (key.Order.Contains('@') ? key.Order.Replace("@", direction) : $"{key.Order}: {direction}") + "}");
            sortKeys.Add((key.Value, descending));
        }
        return ("[" + string.Join(", ", entries) + "]", sortKeys);
    }
}
