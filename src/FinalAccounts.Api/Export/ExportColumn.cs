using System.Linq.Expressions;
using FinalAccounts.Data.Storage;

namespace FinalAccounts.Api.Export;

/// <summary>
/// One column of an export: its name (the GraphQL field name where there is one), what it holds, the SQL
/// expression that selects it from a row, and how the selected value is written (global ids, enum names).
/// </summary>
public sealed class ExportColumn(string name, string description, Func<Expression, SnapshotContext, Expression> select, Func<object?, object?>? present = null)
{
    public string Name { get; } = name;

    public string Description { get; } = description;

    /// <summary>The value selected from a row, as an expression EF Core translates to SQL.</summary>
    internal Expression Select(Expression row, SnapshotContext db) => select(row, db);

    /// <summary>The value as written: a string, an exact decimal, a whole number, a boolean, a date-time or null.</summary>
    public object? Present(object? selected) => selected is null ? null : present is null ? selected : present(selected);
}
