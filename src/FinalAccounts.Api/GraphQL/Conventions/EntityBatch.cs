using System.Reflection;
using FinalAccounts.Api.GraphQL.Conventions.Sql;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// Rows of <typeparamref name="T"/> by one column (its key, or the key column pointing back to a parent): one WHERE IN
/// per batch. It reads the columns the fields using it need (<see cref="RowProjection"/>): until its first statement
/// runs, each field adds its own (<see cref="Widen"/>); afterwards only fields it <see cref="Covers"/> use it. Some
/// columns are read by a statement written directly (<see cref="SqlQuery{T}"/>), whole rows by a compiled query.
/// </summary>
public sealed class EntityBatch<T, TKey>(RequestBatches batches, PropertyInfo match, Func<object, object?> read) : Batch<TKey, T?>
    where T : class
    where TKey : notnull
{
    private readonly CompiledLookups<T, TKey> _queries = CompiledLookups<T, TKey>.For(match);
    private HashSet<PropertyInfo>? _columns = []; // empty: no field yet; null: every column

    protected override T? Missing => null;

    /// <summary>Adds the columns a field needs (null: every column). Only before the first statement.</summary>
    public void Widen(IReadOnlySet<PropertyInfo>? columns)
    {
        if (HasLoaded) throw new InvalidOperationException("The batch has already read its rows.");
        if (columns is null) _columns = null;
        else _columns?.UnionWith(columns);
    }

    /// <summary>Whether the rows this batch reads hold every column of <paramref name="columns"/> (null: every column).</summary>
    public bool Covers(IReadOnlySet<PropertyInfo>? columns) =>
        _columns is null || (columns is not null && columns.IsSubsetOf(_columns));

    protected override async Task LoadAsync(IReadOnlyList<TKey> keys, Dictionary<TKey, T?> results, CancellationToken cancellationToken)
    {
        var list = keys as List<TKey> ?? [.. keys];
        var rows = batches.Direct && await DirectAsync(list, cancellationToken) is { } written ? written.ToAsyncEnumerable() : Rows(list);
        await foreach (var row in rows.WithCancellation(cancellationToken))
            if (read(row) is TKey key)
                results.TryAdd(key, row);
    }

    /// <summary>The rows of the keys, reading the columns asked for, by a statement written here; null when it cannot be.</summary>
    private async Task<List<T>?> DirectAsync(List<TKey> keys, CancellationToken cancellationToken)
    {
        if (_columns is not { Count: > 0 } columns || SqlQuery<T>.Select(batches.Db, columns) is not { } query) return null;
        if (!query.WhereIn(match, keys)) return null;
        return await query.ListAsync(cancellationToken);
    }

    private IAsyncEnumerable<T> Rows(List<TKey> keys)
    {
        // Some columns, not written directly (direct SQL off, or a column it cannot read): EF Core translates.
        if (_columns is { Count: > 0 } columns && RowProjection.Select<T>(columns) is { } select)
            return batches.Db.Set<T>().Where(KeyMatch.Any<T, TKey>(match, keys)).Select(select).AsAsyncEnumerable();
        _columns = null; // whole rows: they cover every later field
        return keys.Count == 1 ? _queries.One(batches.Db, keys[0]) : _queries.Many(batches.Db, keys);
    }
}
