using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.Export;

/// <summary>
/// The rows of one export as one SQL statement: the list's filter and sort, translated by the same code as
/// the GraphQL field (so the rows and their order are the field's), then read one at a time.
/// </summary>
public static class ExportQuery
{
    /// <summary>
    /// Builds the statement; a filter or sort the field would refuse throws its <see cref="GraphQL.ExecutionError"/> here,
    /// before anything is written.
    /// </summary>
    public static IAsyncEnumerable<object?[]> Rows(SnapshotContext db, ExportableList list, ExportArguments arguments)
    {
        var method = typeof(ExportQuery).GetMethod(nameof(RowsOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(list.Entity.ClrType);
        try
        {
            return (IAsyncEnumerable<object?[]>)method.Invoke(null, [db, list, arguments])!;
        }
        catch (System.Reflection.TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    private static IAsyncEnumerable<object?[]> RowsOf<T>(SnapshotContext db, ExportableList list, ExportArguments arguments) where T : class
    {
        IQueryable<T> query = db.Set<T>().AsNoTracking();
        if (FilterTranslator.ToPredicate<T>(list.Entity, arguments.Where) is { } predicate)
            query = query.Where(predicate);
        query = SortTranslator.Parse<T>(list.Entity, arguments.Order).Apply(query, reverse: false);
        if (arguments.First is { } first)
            query = query.Take(first);
        return query.Select(list.Columns.Projection<T>(db)).AsAsyncEnumerable();
    }
}
