namespace FinalAccounts.Api.Export;

/// <summary>Writes the rows of an export to the response as they are read, never holding the whole list.</summary>
public interface IRowWriter : IAsyncDisposable
{
    string ContentType { get; }

    ValueTask WriteHeaderAsync(IReadOnlyList<ExportColumn> columns, CancellationToken cancellationToken);

    /// <summary>One row; the values are already presented (strings, exact decimals, whole numbers, booleans, date-times or null).</summary>
    ValueTask WriteRowAsync(object?[] values, CancellationToken cancellationToken);

    ValueTask CompleteAsync(CancellationToken cancellationToken);
}
