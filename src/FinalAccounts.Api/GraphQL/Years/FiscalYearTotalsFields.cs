using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using GraphQL;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Years;

/// <summary>Counts and sums across a fiscal year's final accounts, as fields of FiscalYear, batched over all years asked for.</summary>
public sealed class FiscalYearTotalsFields : IEntityFieldExtension
{
    private static readonly object BatchKey = new();
    private const string Derived = "Derived, not reported: the sum over the year's final accounts of their stated ";

    public Type EntityType => typeof(FiscalYear);

    public void Extend(EntityObjectType type, ConventionTypes types)
    {
        var count = NonNull(types.Scalars.Int);
        var money = types.Scalars.Decimal;
        type.AddField(Output("accountCount", count, "Number of final accounts published for the year.", Total(t => t?.AccountCount ?? 0)));
        type.AddField(Output("unitCount", count, "Number of units that published final accounts for the year.", Total(t => t?.UnitCount ?? 0)));
        type.AddField(Output("incomeTotal", money, Derived + "total income (收入总计), in 万元; a missing value counts as nothing.", Total(t => t?.IncomeTotal)));
        type.AddField(Output("expenditureTotal", money, Derived + "total expenditure (支出总计), in 万元; a missing value counts as nothing.", Total(t => t?.ExpenditureTotal)));
        type.AddField(Output("fiscalAppropriationTotal", money, Derived + "fiscal appropriations totals (财政拨款收、支总计), in 万元.", Total(t => t?.FiscalAppropriationTotal)));
        type.AddField(Output("generalBudgetExpenditure", money, Derived + "general public budget expenditure (一般公共预算财政拨款支出), in 万元.", Total(t => t?.GeneralBudgetExpenditure)));
        type.AddField(Output("basicExpenditure", money, Derived + "basic expenditure (基本支出), in 万元.", Total(t => t?.BasicExpenditure)));
        type.AddField(Output("projectExpenditure", money, Derived + "project expenditure (项目支出), in 万元.", Total(t => t?.ProjectExpenditure)));
        type.AddField(Output("threePublicTotal", money, Derived + "three public expenses (“三公”经费), in 万元.", Total(t => t?.ThreePublicTotal)));
    }

    private static AsyncResolver Total(Func<YearTotals?, object?> select) => new(context =>
    {
        var batches = context.RequestServices!.GetRequiredService<RequestBatches>();
        var batch = batches.GetOrAdd(BatchKey, 0, static (_, b) => new YearTotalsBatch(b));
        return new ValueTask<object?>(batch.Request(((FiscalYear)context.Source!).Year, select));
    });
}
