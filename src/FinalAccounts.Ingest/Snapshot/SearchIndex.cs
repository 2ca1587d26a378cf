using System.Globalization;
using System.Text;
using FinalAccounts.Data.Entities;
using FinalAccounts.Data.Storage;
using FinalAccounts.Ingest.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace FinalAccounts.Ingest.Snapshot;

/// <summary>
/// The full-text search index built into a snapshot: every searchable text (unit names and duties,
/// divisions, project names and goals, stated reasons, findings…) once in <see cref="TextTable"/>, and
/// two SQLite FTS5 indexes over it. The trigram index answers queries of three characters or more;
/// trigrams cannot match shorter ones, so a second index holds one token per character and answers
/// one- and two-character queries as a phrase. Both match a literal substring of the text after
/// <see cref="Normalise"/>: the folding reports get at ingest (full-width forms, traditional script) and lower case.
/// <para>
/// A text's row id is its rank: the field's group (<see cref="Fields"/>, most telling first) in the
/// high bits, then shorter texts first, newer years first. Hits come out in row-id order, so a page of
/// hits is read straight off the index however many texts match, and one field's hits are one range.
/// </para>
/// </summary>
public static class SearchIndex
{
    public const string TextTable = "search_text";
    public const string TrigramTable = "search_trigram";
    public const string CharacterTable = "search_character";

    /// <summary>Queries this long or longer go to the trigram index; shorter ones to the character index.</summary>
    public const int TrigramMinimumLength = 3;

    /// <summary>Bits of a row id below the group number: room for 2^40 texts per field.</summary>
    public const int GroupShift = 40;

    /// <summary>
    /// One searchable text column. <paramref name="Group"/> orders the ranking and numbers the row-id
    /// range; <paramref name="SkipWhenEqualTo"/> leaves out a text that repeats another field of the row.
    /// </summary>
    public sealed record Field(int Group, Type Entity, string Property, string? SkipWhenEqualTo = null)
    {
        public long FirstPosition => (long)Group << GroupShift;

        public long LastPosition => ((long)(Group + 1) << GroupShift) - 1;
    }

    /// <summary>Every indexed field, in ranking order: names, then descriptions, goals, reasons and findings.</summary>
    public static IReadOnlyList<Field> Fields { get; } =
    [
        new(1, typeof(Unit), nameof(Unit.Name)),
        new(2, typeof(PerformanceProject), nameof(PerformanceProject.Name)),
        new(3, typeof(Division), nameof(Division.Name)),
        new(4, typeof(Unit), nameof(Unit.Purpose)),
        new(5, typeof(UnitDuty), nameof(UnitDuty.Text)),
        new(6, typeof(Division), nameof(Division.Duties)),
        new(7, typeof(PerformanceProject), nameof(PerformanceProject.InitialGoal)),
        // Most tables repeat the initial goal as the adjusted one: indexing it twice would only double the hits.
        new(8, typeof(PerformanceProject), nameof(PerformanceProject.AdjustedGoal), nameof(PerformanceProject.InitialGoal)),
        new(9, typeof(PerformanceProject), nameof(PerformanceProject.AchievedGoal)),
        new(10, typeof(Procurement), nameof(Procurement.Purpose)),
        new(11, typeof(FinalAccount), nameof(FinalAccount.PerformanceConclusion)),
        new(12, typeof(Figure), nameof(Figure.Reason)),
        new(13, typeof(Expenditure), nameof(Expenditure.Reason)),
        new(14, typeof(DataQualityFinding), nameof(DataQualityFinding.Message)),
    ];

    /// <summary>The field whose range holds <paramref name="position"/>; null for a position outside every range.</summary>
    public static Field? FieldAt(long position)
    {
        var group = position >> GroupShift;
        foreach (var field in Fields)
            if (field.Group == group) return field;
        return null;
    }

    /// <summary>
    /// Creates and fills the search tables from the snapshot's already-written rows, inside the
    /// writer's transaction, so a snapshot never exists without its index.
    /// </summary>
    public static void Build(SqliteConnection connection, SqliteTransaction transaction)
    {
        var model = Model.Value;
        connection.CreateFunction("search_normalise", (string? text) => text is null ? null : Normalise(text), isDeterministic: true);
        connection.CreateFunction("search_characters", (string? text) => text is null ? null : Characters(text), isDeterministic: true);

        Execute(connection, transaction, $"""
            CREATE TABLE {TextTable} (
                position INTEGER PRIMARY KEY,
                entity_key TEXT NOT NULL,
                unit_id TEXT,
                year INTEGER,
                text TEXT NOT NULL);
            CREATE VIRTUAL TABLE {TrigramTable} USING fts5(text, content='{TextTable}', content_rowid='position', columnsize=0, tokenize='trigram case_sensitive 1');
            CREATE VIRTUAL TABLE {CharacterTable} USING fts5(text, content='{TextTable}', content_rowid='position', columnsize=0, tokenize='ascii');
            """);
        foreach (var field in Fields)
            Execute(connection, transaction, Insert(model, field));
        // Both indexes read their texts from the text table (external content) and keep no copy of their own.
        // They are fed normalised text and tokens, not the text itself: they must never be rebuilt from their content.
        Execute(connection, transaction, $"""
            INSERT INTO {TrigramTable} (rowid, text) SELECT position, search_normalise(text) FROM {TextTable};
            INSERT INTO {CharacterTable} (rowid, text) SELECT position, search_characters(text) FROM {TextTable};
            INSERT INTO {TrigramTable} ({TrigramTable}) VALUES ('optimize');
            INSERT INTO {CharacterTable} ({CharacterTable}) VALUES ('optimize');
            """);
    }

    /// <summary>
    /// What both indexes and every query see of a text: the characters reports are folded to at ingest
    /// (full-width forms to ASCII, the template's traditional characters to simplified) in lower case.
    /// Never changes the length, so a match in the normalised text is at the same place in the original.
    /// </summary>
    public static string Normalise(string text) => CharacterFolder.Fold(text).ToLowerInvariant();

    /// <summary>
    /// The text of the character index: one token per character of the normalised text (its code point
    /// in hex), so any character, punctuation and spaces included, is searched literally, and no token
    /// is ever FTS5 syntax. Queries to that index are built from the same tokens.
    /// </summary>
    public static string Characters(string text)
    {
        var tokens = new StringBuilder(text.Length * 6);
        foreach (var rune in Normalise(text).EnumerateRunes())
        {
            if (tokens.Length > 0) tokens.Append(' ');
            tokens.Append(rune.Value.ToString("x", CultureInfo.InvariantCulture));
        }
        return tokens.ToString();
    }

    private static readonly Lazy<IModel> Model = new(() =>
    {
        using var context = new SnapshotContext(new DbContextOptionsBuilder<SnapshotContext>().UseSqlite("Data Source=:memory:").Options);
        return context.Model;
    });

    /// <summary>
    /// INSERT … SELECT of one field, ranked inside its group: shorter texts first (the match is more
    /// of the text), then newer years, then by key so the order is the same on every build.
    /// </summary>
    private static string Insert(IModel model, Field field)
    {
        var entity = model.FindEntityType(field.Entity) ?? throw new InvalidOperationException($"{field.Entity.Name} is not in the snapshot model.");
        string Column(string property) => '"' + (entity.FindProperty(property)?.GetColumnName()
            ?? throw new InvalidOperationException($"{field.Entity.Name}.{property} is not a column.")) + '"';
        var text = Column(field.Property);
        var key = Column(entity.FindPrimaryKey()!.Properties[0].Name);
        // Every searchable row names its unit (a unit is its own) and, when it belongs to a final account, its year.
        var unit = field.Entity == typeof(Unit) ? key : Column("UnitId");
        var year = entity.FindProperty("Year") is null ? null : Column("Year");
        var order = year is null ? $"length({text}), {key}" : $"length({text}), {year} DESC, {key}";
        var skip = field.SkipWhenEqualTo is { } other ? $" AND {text} IS NOT {Column(other)}" : "";
        return $"""
            INSERT INTO {TextTable} (position, entity_key, unit_id, year, text)
            SELECT {field.FirstPosition} + row_number() OVER (ORDER BY {order}), {key}, {unit}, {year ?? "NULL"}, {text}
            FROM "{entity.GetTableName()}"
            WHERE {text} IS NOT NULL AND trim({text}) <> ''{skip};
            """;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
