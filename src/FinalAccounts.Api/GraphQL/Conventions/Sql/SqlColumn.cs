using System.Reflection;
using Microsoft.EntityFrameworkCore.Storage;

namespace FinalAccounts.Api.GraphQL.Conventions.Sql;

/// <summary>One mapped property: its quoted column name, EF Core's type mapping (with its value converter) and whether it may be NULL.</summary>
public sealed record SqlColumn(PropertyInfo Property, string Name, RelationalTypeMapping Mapping, bool Nullable)
{
    /// <summary>The value as SQLite stores it (money as scaled integers, enums as their stored form).</summary>
    public object? ToProvider(object? value) =>
        value is null ? null : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
}
