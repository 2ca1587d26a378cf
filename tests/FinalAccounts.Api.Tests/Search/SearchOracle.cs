using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Storage;
using FinalAccounts.Ingest.Snapshot;
using Microsoft.Data.Sqlite;

namespace FinalAccounts.Api.Tests.Search;

/// <summary>
/// The hits a search must return, computed without FTS5: every indexed text of the snapshot that
/// contains the query once both are normalised, in index-position (rank) order.
/// </summary>
public sealed class SearchOracle
{
    private readonly List<(long Position, string EntityKey, string Normalised)> _texts = [];

    public SearchOracle(string snapshotPath)
    {
        using var connection = new SqliteConnection(SnapshotFile.ReadOnlyConnectionString(snapshotPath));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT position, entity_key, text FROM {SearchIndex.TextTable} ORDER BY position";
        using var reader = command.ExecuteReader();
        while (reader.Read())
            _texts.Add((reader.GetInt64(0), reader.GetString(1), SearchIndex.Normalise(reader.GetString(2))));
    }

    /// <summary>Every text, as "KIND field nodeId", in rank order.</summary>
    public IEnumerable<string> All => _texts.Select(t => Hit(t.Position, t.EntityKey));

    /// <summary>The expected hits of <paramref name="query"/>, as "KIND field nodeId", optionally only of some kinds.</summary>
    public List<string> Hits(string query, params string[] kinds)
    {
        var needle = SearchIndex.Normalise(query.Trim());
        return _texts
            .Where(t => t.Normalised.Contains(needle, StringComparison.Ordinal))
            .Select(t => Hit(t.Position, t.EntityKey))
            .Where(h => kinds.Length == 0 || kinds.Contains(h.Split(' ')[0]))
            .ToList();
    }

    /// <summary>A random piece of a random indexed text, 1 to <paramref name="maxLength"/> characters long.</summary>
    public string Piece(Random random, int maxLength)
    {
        var text = _texts[random.Next(_texts.Count)].Normalised;
        var length = Math.Min(text.Length, random.Next(1, maxLength + 1));
        var start = random.Next(text.Length - length + 1);
        if (start > 0 && char.IsLowSurrogate(text[start])) start--;
        return text.Substring(start, length);
    }

    private static string Hit(long position, string entityKey)
    {
        var field = SearchIndex.FieldAt(position)!;
        return $"{Naming.ConstantCase(field.Entity.Name)} {Naming.CamelCase(field.Property)} {GlobalId.Format(field.Entity.Name, entityKey)}";
    }
}
