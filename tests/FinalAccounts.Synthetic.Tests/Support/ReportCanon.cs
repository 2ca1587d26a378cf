using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Synthetic.Tests.Support;

/// <summary>Every public value of a report as one JSON text, so two reports compare equal exactly when all they state is equal.</summary>
public static class ReportCanon
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    public static string Of(Report report) => JsonSerializer.Serialize(report, Options);
}
