using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// Relay global ids: base64 of "TypeName:key", as HotChocolate writes them. Stable across rebuilds
/// because keys derive from natural keys.
/// </summary>
public static class GlobalId
{
    public static string Format(string typeName, string key)
    {
        var length = Encoding.UTF8.GetByteCount(typeName) + 1 + Encoding.UTF8.GetByteCount(key);
        var buffer = ArrayPool<byte>.Shared.Rent(Base64.GetMaxEncodedToUtf8Length(length));
        try
        {
            var written = Encoding.UTF8.GetBytes(typeName, buffer);
            buffer[written++] = (byte)':';
            written += Encoding.UTF8.GetBytes(key, buffer.AsSpan(written));
            Base64.EncodeToUtf8InPlace(buffer, written, out var encoded);
            return Encoding.ASCII.GetString(buffer, 0, encoded);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Splits a global id into type name and raw key; false when it is not one.</summary>
    public static bool TryParse(string? id, out string typeName, out string key)
    {
        typeName = key = "";
        if (string.IsNullOrEmpty(id) || id.Length > 1024) return false;
        var bytes = ArrayPool<byte>.Shared.Rent(id.Length);
        try
        {
            var count = Encoding.ASCII.GetBytes(id, bytes);
            if (Base64.DecodeFromUtf8InPlace(bytes.AsSpan(0, count), out var decoded) != OperationStatus.Done) return false;
            var text = Encoding.UTF8.GetString(bytes, 0, decoded);
            var colon = text.IndexOf(':');
            if (colon <= 0 || colon == text.Length - 1) return false;
            typeName = text[..colon];
            key = text[(colon + 1)..];
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
