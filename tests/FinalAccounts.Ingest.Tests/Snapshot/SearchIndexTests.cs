using FinalAccounts.Data.Entities;
using FinalAccounts.Data.Storage;
using FinalAccounts.Ingest.Snapshot;
using FinalAccounts.Ingest.Tests.Parsing;
using Microsoft.Data.Sqlite;

namespace FinalAccounts.Ingest.Tests.Snapshot;

/// <summary>The search index built into a snapshot of the real report: complete, ranked, and exactly a literal substring match.</summary>
public sealed class SearchIndexTests : IClassFixture<SearchIndexTests.RealSnapshot>
{
    private readonly RealSnapshot _snapshot;

    public SearchIndexTests(RealSnapshot snapshot) => _snapshot = snapshot;

    /// <summary>The real report written to a snapshot once for the class.</summary>
    public sealed class RealSnapshot : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("fa-search-").FullName;

        public RealSnapshot()
        {
            Path = System.IO.Path.Combine(_folder, "snapshot.db");
            var log = new StringWriter();
            var result = SnapshotBuilder.Build(System.IO.Path.GetDirectoryName(RealReport.Path)!, Path, log);
            if (!result.SnapshotWritten) throw new InvalidOperationException("The real report did not build:\n" + log);
            using var connection = Open();
            Texts = Read(connection, $"SELECT position, entity_key, unit_id, year, text FROM {SearchIndex.TextTable} ORDER BY position",
                r => new IndexedText(r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetInt32(3), r.GetString(4)));
        }

        public string Path { get; }

        public IReadOnlyList<IndexedText> Texts { get; }

        public SqliteConnection Open()
        {
            var connection = new SqliteConnection(SnapshotFile.ReadOnlyConnectionString(Path));
            connection.Open();
            return connection;
        }

        public void Dispose()
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }

    public sealed record IndexedText(long Position, string EntityKey, string? UnitId, int? Year, string Text);

    [Fact]
    public void Every_non_empty_text_of_every_field_is_indexed_once_with_its_key_unit_and_year()
    {
        using var db = SnapshotFile.OpenReadOnly(_snapshot.Path);
        var unitId = db.Units.Single().Id;
        foreach (var field in SearchIndex.Fields)
        {
            var property = field.Entity.GetProperty(field.Property)!;
            var skip = field.SkipWhenEqualTo is { } other ? field.Entity.GetProperty(other) : null;
            var key = field.Entity.GetProperty("Id")!;
            var rows = ((IEnumerable<object>)typeof(Microsoft.EntityFrameworkCore.DbContext).GetMethod("Set", Type.EmptyTypes)!
                .MakeGenericMethod(field.Entity).Invoke(db, null)!).ToList();
            var expected = rows
                .Where(r => property.GetValue(r) is string text && text.Trim().Length > 0 && (skip is null || !Equals(skip.GetValue(r), text)))
                .Select(r => ((string)key.GetValue(r)!, (string)property.GetValue(r)!))
                .Order().ToList();

            var indexed = _snapshot.Texts.Where(t => SearchIndex.FieldAt(t.Position) == field).ToList();

            indexed.Select(t => (t.EntityKey, t.Text)).Order().ToList().ShouldBe(expected, $"{field.Entity.Name}.{field.Property}");
            indexed.ShouldAllBe(t => t.UnitId == unitId);
            indexed.ShouldAllBe(t => field.Entity.GetProperty("Year") == null ? t.Year == null : t.Year == 2021);
        }
        _snapshot.Texts.ShouldAllBe(t => SearchIndex.FieldAt(t.Position) != null);
    }

    [Fact]
    public void The_real_report_fills_the_fields_journalists_search()
    {
        int Count(Type entity, string property) =>
            _snapshot.Texts.Count(t => SearchIndex.FieldAt(t.Position) is { } f && f.Entity == entity && f.Property == property);

        Count(typeof(Unit), nameof(Unit.Name)).ShouldBe(1);
        Count(typeof(UnitDuty), nameof(UnitDuty.Text)).ShouldBe(8);
        Count(typeof(Division), nameof(Division.Name)).ShouldBe(6);
        Count(typeof(PerformanceProject), nameof(PerformanceProject.Name)).ShouldBe(3);
        Count(typeof(Figure), nameof(Figure.Reason)).ShouldBeGreaterThan(5);
        Count(typeof(DataQualityFinding), nameof(DataQualityFinding.Message)).ShouldBeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public void Positions_rank_fields_in_order_then_shorter_texts_then_newer_years()
    {
        _snapshot.Texts.Select(t => t.Position).ShouldBeInOrder(SortDirection.Ascending);
        foreach (var group in _snapshot.Texts.GroupBy(t => SearchIndex.FieldAt(t.Position)!.Group))
        {
            var ranks = group.Select(t => (t.Text.Length, -(t.Year ?? 0))).ToList();
            ranks.ShouldBe(ranks.Order().ToList(), $"group {group.Key}");
        }
        _snapshot.Texts.Select(t => SearchIndex.FieldAt(t.Position)!.Group).ShouldBeInOrder(SortDirection.Ascending);
    }

    [Theory]
    [InlineData("医")]
    [InlineData("医疗")]
    [InlineData("智慧万州")]
    [InlineData("电子政务外网")]
    [InlineData("（")]
    [InlineData("2021")]
    [InlineData("万州区")]
    [InlineData("weights")]
    [InlineData("WEIGHTS")]
    [InlineData("不存在的词")]
    [InlineData("醫療")]
    [InlineData("（智慧万州子项目）")]
    [InlineData("115 + 15 = 190")]
    public void Both_indexes_find_exactly_the_texts_that_contain_the_query(string query)
    {
        var expected = Oracle(query);

        if (query.Length >= SearchIndex.TrigramMinimumLength)
            Match(SearchIndex.TrigramTable, Phrase(query)).ShouldBe(expected);
        Match(SearchIndex.CharacterTable, $"\"{SearchIndex.Characters(query)}\"").ShouldBe(expected);
    }

    [Fact]
    public void Any_piece_of_any_text_is_found_by_both_indexes_exactly_where_it_occurs()
    {
        var random = new Random(20210);
        for (var i = 0; i < 150; i++)
        {
            var text = _snapshot.Texts[random.Next(_snapshot.Texts.Count)].Text;
            var length = Math.Min(text.Length, random.Next(1, 9));
            var start = random.Next(text.Length - length + 1);
            var query = text.Substring(start, length);
            if (char.IsSurrogate(query[0]) || char.IsSurrogate(query[^1])) continue;
            var expected = Oracle(query);

            expected.ShouldNotBeEmpty();
            Match(SearchIndex.CharacterTable, $"\"{SearchIndex.Characters(query)}\"").ShouldBe(expected, $"character index, «{query}»");
            if (query.Length >= SearchIndex.TrigramMinimumLength)
                Match(SearchIndex.TrigramTable, Phrase(query)).ShouldBe(expected, $"trigram index, «{query}»");
        }
    }

    [Fact]
    public void Trigrams_cannot_match_fewer_than_three_characters_which_is_why_the_character_index_exists()
    {
        Oracle("医疗").ShouldNotBeEmpty();

        Match(SearchIndex.TrigramTable, Phrase("医疗")).ShouldBeEmpty();
    }

    [Fact]
    public void Character_tokens_are_case_folded_code_points_so_no_token_is_query_syntax()
    {
        SearchIndex.Characters("医疗").ShouldBe("533b 7597");
        SearchIndex.Characters("Or \"*\"").ShouldBe("6f 72 20 22 2a 22");
        SearchIndex.Characters("𠀀A").ShouldBe("20000 61");
        SearchIndex.Characters("").ShouldBe("");
    }

    [Fact]
    public void Queries_are_folded_as_reports_are_so_traditional_and_full_width_forms_find_the_published_text()
    {
        SearchIndex.Normalise("醫療（ＡＢ）").ShouldBe("医疗(ab)");
        SearchIndex.Characters("醫療").ShouldBe(SearchIndex.Characters("医疗"));

        Match(SearchIndex.TrigramTable, Phrase("（智慧萬州子項目）")).ShouldBe(Oracle("(智慧万州子项目)"));
        Oracle("(智慧万州子项目)").ShouldNotBeEmpty();
    }

    [Fact]
    public void A_snapshot_without_reports_has_an_empty_index()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(_snapshot.Path)!, "empty.db");
        SnapshotWriter.Write(path, [], new SnapshotManifest(SnapshotManifest.Real, DateTimeOffset.UnixEpoch));

        using var connection = new SqliteConnection(SnapshotFile.ReadOnlyConnectionString(path));
        connection.Open();
        Read(connection, $"SELECT count(*) FROM {SearchIndex.TextTable}", r => r.GetInt64(0)).Single().ShouldBe(0);
        Read(connection, $"SELECT count(*) FROM {SearchIndex.TrigramTable} WHERE {SearchIndex.TrigramTable} MATCH '\"医疗卫生\"'", r => r.GetInt64(0)).Single().ShouldBe(0);
    }

    private List<long> Oracle(string query) => _snapshot.Texts
        .Where(t => SearchIndex.Normalise(t.Text).Contains(SearchIndex.Normalise(query), StringComparison.Ordinal))
        .Select(t => t.Position).ToList();

    private static string Phrase(string query) => "\"" + SearchIndex.Normalise(query).Replace("\"", "\"\"") + "\"";

    private List<long> Match(string table, string match)
    {
        using var connection = _snapshot.Open();
        return Read(connection, $"SELECT rowid FROM {table} WHERE {table} MATCH $match ORDER BY rowid", r => r.GetInt64(0), ("$match", match));
    }

    private static List<T> Read<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }
}
