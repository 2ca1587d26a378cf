using System.Collections;
using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace FinalAccounts.Api.Snapshot;

/// <summary>
/// The reader of a guarded statement. SQLite runs a statement step by step as rows are read, so the
/// statement stays interruptible until the reader is disposed, and an interrupted read surfaces as an
/// <see cref="OperationCanceledException"/>. Everything else goes straight to the provider's reader.
/// </summary>
internal sealed class InterruptibleDataReader(DbDataReader inner, StatementGuard guard, Action<StatementGuard> release) : DbDataReader
{
    private int _released;

    public override int Depth => inner.Depth;
    public override int FieldCount => inner.FieldCount;
    public override bool HasRows => inner.HasRows;
    public override bool IsClosed => inner.IsClosed;
    public override int RecordsAffected => inner.RecordsAffected;
    public override int VisibleFieldCount => inner.VisibleFieldCount;
    public override object this[int ordinal] => inner[ordinal];
    public override object this[string name] => inner[name];

    public override bool Read()
    {
        try { return inner.Read(); }
        catch (SqliteException e) when (guard.Translate(e) is OperationCanceledException cancelled) { throw cancelled; }
    }

    public override async Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        try { return await inner.ReadAsync(cancellationToken); }
        catch (SqliteException e) when (guard.Translate(e) is OperationCanceledException cancelled) { throw cancelled; }
    }

    public override bool NextResult()
    {
        try { return inner.NextResult(); }
        catch (SqliteException e) when (guard.Translate(e) is OperationCanceledException cancelled) { throw cancelled; }
    }

    public override async Task<bool> NextResultAsync(CancellationToken cancellationToken)
    {
        try { return await inner.NextResultAsync(cancellationToken); }
        catch (SqliteException e) when (guard.Translate(e) is OperationCanceledException cancelled) { throw cancelled; }
    }

    public override bool GetBoolean(int ordinal) => inner.GetBoolean(ordinal);
    public override byte GetByte(int ordinal) => inner.GetByte(ordinal);
    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => inner.GetBytes(ordinal, dataOffset, buffer, bufferOffset, length);
    public override char GetChar(int ordinal) => inner.GetChar(ordinal);
    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => inner.GetChars(ordinal, dataOffset, buffer, bufferOffset, length);
    public override string GetDataTypeName(int ordinal) => inner.GetDataTypeName(ordinal);
    public override DateTime GetDateTime(int ordinal) => inner.GetDateTime(ordinal);
    public override decimal GetDecimal(int ordinal) => inner.GetDecimal(ordinal);
    public override double GetDouble(int ordinal) => inner.GetDouble(ordinal);
    [return: DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.PublicProperties)]
    public override Type GetFieldType(int ordinal) => inner.GetFieldType(ordinal);
    public override float GetFloat(int ordinal) => inner.GetFloat(ordinal);
    public override Guid GetGuid(int ordinal) => inner.GetGuid(ordinal);
    public override short GetInt16(int ordinal) => inner.GetInt16(ordinal);
    public override int GetInt32(int ordinal) => inner.GetInt32(ordinal);
    public override long GetInt64(int ordinal) => inner.GetInt64(ordinal);
    public override string GetName(int ordinal) => inner.GetName(ordinal);
    public override int GetOrdinal(string name) => inner.GetOrdinal(name);
    public override string GetString(int ordinal) => inner.GetString(ordinal);
    public override object GetValue(int ordinal) => inner.GetValue(ordinal);
    public override int GetValues(object[] values) => inner.GetValues(values);
    public override bool IsDBNull(int ordinal) => inner.IsDBNull(ordinal);
    public override Task<bool> IsDBNullAsync(int ordinal, CancellationToken cancellationToken) => inner.IsDBNullAsync(ordinal, cancellationToken);
    public override T GetFieldValue<T>(int ordinal) => inner.GetFieldValue<T>(ordinal);
    public override Task<T> GetFieldValueAsync<T>(int ordinal, CancellationToken cancellationToken) => inner.GetFieldValueAsync<T>(ordinal, cancellationToken);
    public override Stream GetStream(int ordinal) => inner.GetStream(ordinal);
    public override TextReader GetTextReader(int ordinal) => inner.GetTextReader(ordinal);
    public override DataTable? GetSchemaTable() => inner.GetSchemaTable();
    public override IEnumerator GetEnumerator() => ((IEnumerable)inner).GetEnumerator();

    public override void Close()
    {
        Release();
        inner.Close();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Release();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        Release();
        await inner.DisposeAsync();
    }

    // The statement is over once its reader closes: no interrupt may reach the connection after that.
    private void Release()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) release(guard);
    }
}
