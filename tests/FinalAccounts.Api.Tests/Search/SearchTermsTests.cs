using FinalAccounts.Api.GraphQL.Search;
using FinalAccounts.Ingest.Snapshot;
using GraphQL;

namespace FinalAccounts.Api.Tests.Search;

/// <summary>A query becomes one quoted FTS5 phrase on the right index; user text is never FTS5 syntax.</summary>
public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("医", SearchIndex.CharacterTable, "\"533b\"")]
    [InlineData("医疗", SearchIndex.CharacterTable, "\"533b 7597\"")]
    [InlineData(" OR ", SearchIndex.CharacterTable, "\"6f 72\"")]
    [InlineData("智慧万州", SearchIndex.TrigramTable, "\"智慧万州\"")]
    [InlineData("醫療衛生", SearchIndex.TrigramTable, "\"医疗卫生\"")]
    [InlineData("NEAR(a b)", SearchIndex.TrigramTable, "\"near(a b)\"")]
    [InlineData("a\"b", SearchIndex.TrigramTable, "\"a\"\"b\"")]
    [InlineData("\"*\"", SearchIndex.TrigramTable, "\"\"\"*\"\"\"")]
    [InlineData("医\0疗", SearchIndex.CharacterTable, "\"533b 0 7597\"")]
    [InlineData("𠀀𠀁", SearchIndex.CharacterTable, "\"20000 20001\"")]
    public void A_query_becomes_one_phrase_on_the_index_for_its_length(string query, string table, string match)
    {
        var terms = SearchTerms.Parse(query);

        terms.Table.ShouldBe(table);
        terms.Match.ShouldBe(match);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\n\u3000")]
    public void A_blank_query_is_an_error(string? query)
    {
        Should.Throw<ExecutionError>(() => SearchTerms.Parse(query)).Code.ShouldBe(SearchErrors.EmptyQuery);
    }

    [Fact]
    public void A_query_is_limited_to_100_characters_not_utf16_units()
    {
        SearchTerms.Parse(string.Concat(Enumerable.Repeat("𠀀", 100))).Text.Length.ShouldBe(200);
        SearchTerms.Parse(new string('医', 100)).Table.ShouldBe(SearchIndex.TrigramTable);

        var error = Should.Throw<ExecutionError>(() => SearchTerms.Parse(new string('医', 101)));
        error.Code.ShouldBe(SearchErrors.QueryTooLong);
        error.Extensions!["maxLength"].ShouldBe(100);
    }
}
