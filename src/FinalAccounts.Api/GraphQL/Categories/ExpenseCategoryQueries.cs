using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using GraphQL.Types;

namespace FinalAccounts.Api.GraphQL.Categories;

/// <summary>The functional classification codebook.</summary>
public sealed class ExpenseCategoryQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query, ConventionTypes types) =>
        query.AddField(types.ConnectionField<ExpenseCategory>("expenseCategories",
            "The functional classification (支出功能分类科目, class level) with Chinese and English names, plus categories reports name that the codebook lacks."));
}
