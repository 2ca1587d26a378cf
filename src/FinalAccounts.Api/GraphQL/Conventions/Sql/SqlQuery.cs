using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using FinalAccounts.Data.Storage;

namespace FinalAccounts.Api.GraphQL.Conventions.Sql;

/// <summary>
/// One statement over the table of <typeparamref name="T"/>, written from the conventions' own parts (the columns a
/// selection reads, predicates, a sort, a limit) instead of through EF Core's LINQ translation. Every step says
/// whether it could write its part; a query that cannot be written entirely goes to EF Core unchanged.
/// </summary>
public sealed class SqlQuery<T> where T : class
{
    private const string Alias = "r";

    private readonly SnapshotContext _db;
    private readonly SqlTable _table;
    private readonly StringBuilder _sql;
    private readonly SqlParameters _parameters;
    private readonly Func<DbDataReader, T>? _read;
    private bool _hasWhere;

    private SqlQuery(SnapshotContext db, SqlTable table, StringBuilder sql, Func<DbDataReader, T>? read)
    {
        _db = db;
        _table = table;
        _sql = sql;
        _read = read;
        _parameters = SqlRows.Parameters(db);
    }

    /// <summary>SELECT the properties <paramref name="columns"/> sets (x => new T { A = x.A, … }); null when one is not a plain column.</summary>
    public static SqlQuery<T>? Select(SnapshotContext db, Expression<Func<T, T>>? columns)
    {
        if (columns?.Body is not MemberInitExpression init) return null;
        var properties = new List<PropertyInfo>(init.Bindings.Count);
        foreach (var binding in init.Bindings)
        {
            if (binding is not MemberAssignment { Member: PropertyInfo property }) return null;
            properties.Add(property);
        }
        return Select(db, properties);
    }

    /// <summary>SELECT the properties named, in that order; null when one is not a plain column.</summary>
    public static SqlQuery<T>? Select(SnapshotContext db, IEnumerable<PropertyInfo> properties)
    {
        if (SqlTable.For(db.Model, typeof(T)) is not { } table) return null;
        var selected = new List<SqlColumn>();
        var signature = new StringBuilder();
        foreach (var property in properties)
        {
            if (table.Column(property) is not { } column) return null;
            selected.Add(column);
            signature.Append(property.Name).Append(',');
        }
        var read = SqlRowReader<T>.For(selected, signature.ToString());
        return read is null ? null : new SqlQuery<T>(db, table, SqlRows.Select(table, selected, Alias), read);
    }

    /// <summary>SELECT COUNT(*); null when the type is not a plain table.</summary>
    public static SqlQuery<T>? Count(SnapshotContext db) =>
        SqlTable.For(db.Model, typeof(T)) is { } table
            ? new SqlQuery<T>(db, table, new StringBuilder("SELECT COUNT(*) FROM ").Append(table.Name).Append(" AS ").Append(Alias), null)
            : null;

    /// <summary>Adds a condition (none for null); false when it cannot be written.</summary>
    public bool Where(LambdaExpression? predicate)
    {
        if (predicate is null) return true;
        var condition = new StringBuilder();
        if (!SqlPredicate.TryWrite(predicate, _table, Alias, _parameters, condition)) return false;
        _sql.Append(_hasWhere ? " AND " : " WHERE ").Append(condition);
        _hasWhere = true;
        return true;
    }

    /// <summary>Adds <c>property IN (keys)</c>, the match of a batch; false when it cannot be written.</summary>
    public bool WhereIn(PropertyInfo property, System.Collections.IEnumerable keys)
    {
        var condition = new StringBuilder();
        if (!SqlPredicate.TryWriteIn(property, keys, _table, Alias, _parameters, condition)) return false;
        _sql.Append(_hasWhere ? " AND " : " WHERE ").Append(condition);
        _hasWhere = true;
        return true;
    }

    /// <summary>ORDER BY the sort's keys (reversed for a backward page); false when a key is not a column of the row.</summary>
    public bool OrderBy(SortSpec<T> sort, bool reverse)
    {
        var order = new StringBuilder(" ORDER BY ");
        for (var i = 0; i < sort.Keys.Count; i++)
        {
            var key = sort.Keys[i];
            if (SqlPredicate.ColumnOf(key.Path, sort.Row, _table) is not { } column) return false;
            if (i > 0) order.Append(", ");
            order.Append(Alias).Append('.').Append(column.Name);
            if (key.Descending ^ reverse) order.Append(" DESC");
        }
        _sql.Append(order);
        return true;
    }

    public void Limit(int count) =>
        _sql.Append(" LIMIT ").Append(_parameters.Add(count, _parameters.IntMapping));

    public Task<List<T>> ListAsync(CancellationToken cancellationToken) =>
        SqlRows.ListAsync(_db, _sql.ToString(), _parameters, _read ?? throw new InvalidOperationException("A COUNT has no rows."), cancellationToken);

    public async Task<int> CountAsync(CancellationToken cancellationToken) =>
        checked((int)await SqlRows.ScalarAsync(_db, _sql.ToString(), _parameters, cancellationToken));
}
