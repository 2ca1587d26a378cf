using FinalAccounts.Data.Storage;
using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// Opaque keyset cursors: base64 of a JSON array holding the row's sort-key values (the row's key last).
/// A page after a cursor is a WHERE on those values, so deep pages cost what the first one does.
/// </summary>
public static class KeysetCursor
{
    // Text stays as UTF-8 inside the cursor (shorter than \u escapes); the cursor is base64 anyway.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Encode(IReadOnlyList<SortKey> keys, object?[] values)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            for (var i = 0; i < keys.Count; i++)
            {
                switch (values[i])
                {
                    case null: writer.WriteNullValue(); break;
                    case string s: writer.WriteStringValue(s); break;
                    case int n: writer.WriteNumberValue(n); break;
                    case long n: writer.WriteNumberValue(n); break;
                    case decimal d: writer.WriteStringValue(d.ToString(CultureInfo.InvariantCulture)); break;
                    case double d: writer.WriteNumberValue(d); break;
                    case float f: writer.WriteNumberValue(f); break;
                    case bool b: writer.WriteBooleanValue(b); break;
                    case Enum e: writer.WriteStringValue(e.ToString()); break;
                    case var other: writer.WriteStringValue(Convert.ToString(other, CultureInfo.InvariantCulture)); break;
                }
            }
            writer.WriteEndArray();
        }
        return Convert.ToBase64String(buffer.WrittenSpan);
    }

    /// <summary>The sort-key values of a cursor, typed as the keys; an INVALID_CURSOR error when it does not fit the sort.</summary>
    public static object?[] Decode(IReadOnlyList<SortKey> keys, string cursor)
    {
        try
        {
            var bytes = Convert.FromBase64String(cursor);
            var reader = new Utf8JsonReader(bytes);
            var values = new object?[keys.Count];
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray) throw Invalid(cursor);
            for (var i = 0; i < keys.Count; i++)
            {
                if (!reader.Read()) throw Invalid(cursor);
                values[i] = reader.TokenType == JsonTokenType.Null ? null : Read(ref reader, keys[i]);
                if (values[i] is null && !keys[i].Nullable) throw Invalid(cursor);
            }
            if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray) throw Invalid(cursor);
            return values;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or ArgumentException or OverflowException)
        {
            throw Invalid(cursor);
        }
    }

    private static object Read(ref Utf8JsonReader reader, SortKey key) => key.Kind switch
    {
        ScalarKind.String => reader.GetString()!,
        ScalarKind.Int => reader.GetInt32(),
        ScalarKind.Long => reader.GetInt64(),
        ScalarKind.Decimal => Storable(decimal.Parse(reader.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture)),
        ScalarKind.Float => reader.GetDouble(),
        ScalarKind.Boolean => reader.GetBoolean(),
        ScalarKind.Enum => Enum.Parse(key.ValueType, reader.GetString()!),
        _ => throw new InvalidOperationException("Not a sort key kind."),
    };

    /// <summary>A tampered cursor may carry a decimal no column holds; it is as invalid as any other.</summary>
    private static decimal Storable(decimal value) =>
        ScaledDecimalConverter.IsStorable(value) ? value : throw new OverflowException("Beyond the stored range.");

    private static global::GraphQL.ExecutionError Invalid(string cursor) =>
        ApiError.Create(ApiError.InvalidCursor, $"`{cursor}` is not a cursor of this list with this sort.");
}
