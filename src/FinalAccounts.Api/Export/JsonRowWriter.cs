using System.Text.Encodings.Web;
using System.Text.Json;

namespace FinalAccounts.Api.Export;

/// <summary>
/// A JSON array with one object per row, keys as the CSV's header. Decimals are JSON numbers with all their
/// digits (6954.99, as the GraphQL API writes them); Chinese text is written as UTF-8, not escaped.
/// </summary>
public sealed class JsonRowWriter(Stream body) : IRowWriter
{
    private const int FlushThreshold = 32 * 1024;

    private readonly Utf8JsonWriter _writer = new(body, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    private readonly Stream _body = body;
    private JsonEncodedText[] _names = [];

    public string ContentType => "application/json; charset=utf-8";

    public ValueTask WriteHeaderAsync(IReadOnlyList<ExportColumn> columns, CancellationToken cancellationToken)
    {
        _names = columns.Select(c => JsonEncodedText.Encode(c.Name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)).ToArray();
        _writer.WriteStartArray();
        return ValueTask.CompletedTask;
    }

    public async ValueTask WriteRowAsync(object?[] values, CancellationToken cancellationToken)
    {
        _writer.WriteStartObject();
        for (var i = 0; i < values.Length; i++)
        {
            _writer.WritePropertyName(_names[i]);
            WriteValue(values[i]);
        }
        _writer.WriteEndObject();
        if (_writer.BytesPending >= FlushThreshold)
        {
            await _writer.FlushAsync(cancellationToken);
            await _body.FlushAsync(cancellationToken);
        }
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        _writer.WriteEndArray();
        await _writer.FlushAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    private void WriteValue(object? value)
    {
        switch (value)
        {
            case null: _writer.WriteNullValue(); break;
            case string s: _writer.WriteStringValue(s); break;
            case decimal d: _writer.WriteNumberValue(d); break;
            case int i: _writer.WriteNumberValue(i); break;
            case long l: _writer.WriteNumberValue(l); break;
            case double f: _writer.WriteNumberValue(f); break;
            case bool b: _writer.WriteBooleanValue(b); break;
            case DateTimeOffset t: _writer.WriteStringValue(t); break;
            default: _writer.WriteStringValue(CsvRowWriter.Format(value)); break;
        }
    }
}
