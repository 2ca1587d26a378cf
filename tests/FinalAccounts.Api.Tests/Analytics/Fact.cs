using FinalAccounts.Data.Entities;

namespace FinalAccounts.Api.Tests.Analytics;

/// <summary>One fact as the tests see it, read from the flat columns of the snapshot (not the figure rows the API sums).</summary>
public sealed record Fact(Unit Unit, int Year, decimal Amount, ExpenseCategory? Category = null, BudgetSource? BudgetSource = null);
