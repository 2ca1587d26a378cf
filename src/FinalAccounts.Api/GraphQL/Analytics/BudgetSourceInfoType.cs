using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>A budget source with its Chinese and English names.</summary>
public sealed class BudgetSourceInfoType : ObjectGraphType<BudgetSourceLabel>
{
    public BudgetSourceInfoType(ConventionTypes types)
    {
        Name = "BudgetSourceInfo";
        Description = "A budget a fiscal appropriation comes from, with its Chinese and English names.";
        var text = NonNull(types.Scalars.String);
        AddField(Output("budgetSource", NonNull(types.Enum(typeof(BudgetSource))), "The budget source's enum value, as filters take it.", Read(l => l.BudgetSource)));
        AddField(Output("nameZh", text, "Chinese name, e.g. 一般公共预算.", Read(l => l.NameZh)));
        AddField(Output("nameEn", text, "English name, e.g. General public budget.", Read(l => l.NameEn)));
    }

    private static SourceResolver Read(Func<BudgetSourceLabel, object?> read) => new(s => read((BudgetSourceLabel)s));
}
