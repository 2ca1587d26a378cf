using System.Globalization;
using System.Text;

namespace FinalAccounts.Api.Export;

/// <summary>
/// RFC 4180 CSV: a header of column names, CRLF line ends, fields quoted when they hold a comma, a quote or a
/// line break. UTF-8 with a byte-order mark, so Excel opens Chinese text correctly. Decimals are written with
/// all their digits and a point, never in a locale's format; a missing value is an empty field.
/// </summary>
public sealed class CsvRowWriter(Stream body) : IRowWriter
{
    private const int FlushThreshold = 32 * 1024;

    private readonly StreamWriter _writer = new(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
    private readonly StringBuilder _line = new(512);
    private int _pending;

    public string ContentType => "text/csv; charset=utf-8; header=present";

    public async ValueTask WriteHeaderAsync(IReadOnlyList<ExportColumn> columns, CancellationToken cancellationToken)
    {
        _line.Append('\uFEFF');
        for (var i = 0; i < columns.Count; i++)
        {
            if (i > 0) _line.Append(',');
            AppendField(columns[i].Name);
        }
        await FlushLineAsync(cancellationToken, force: true);
    }

    public async ValueTask WriteRowAsync(object?[] values, CancellationToken cancellationToken)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0) _line.Append(',');
            AppendValue(values[i]);
        }
        await FlushLineAsync(cancellationToken, force: false);
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        await _writer.FlushAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    /// <summary>The text of one value as a CSV field.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private void AppendValue(object? value)
    {
        if (value is string text) AppendField(text);
        else _line.Append(Format(value));
    }

    private void AppendField(string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _line.Append(text);
            return;
        }
        _line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    private async ValueTask FlushLineAsync(CancellationToken cancellationToken, bool force)
    {
        _line.Append("\r\n");
        _pending += _line.Length;
        await _writer.WriteAsync(_line, cancellationToken);
        _line.Clear();
        // Rows reach the client as they are read: flush every few tens of kilobytes, not every row.
        if (force || _pending >= FlushThreshold)
        {
            await _writer.FlushAsync(cancellationToken);
            _pending = 0;
        }
    }
}
