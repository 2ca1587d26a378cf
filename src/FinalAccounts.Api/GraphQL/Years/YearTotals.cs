namespace FinalAccounts.Api.GraphQL.Years;

/// <summary>Totals across the final accounts of one fiscal year, summed in SQL.</summary>
public sealed record YearTotals(
    int Year,
    int AccountCount,
    int UnitCount,
    decimal? IncomeTotal,
    decimal? ExpenditureTotal,
    decimal? FiscalAppropriationTotal,
    decimal? GeneralBudgetExpenditure,
    decimal? BasicExpenditure,
    decimal? ProjectExpenditure,
    decimal? ThreePublicTotal);
