using FinalAccounts.Api.GraphQL.Search;

namespace FinalAccounts.Api.Tests.Search;

/// <summary>Snippets: short texts whole, long ones cut around the first match, every shown match highlighted.</summary>
public sealed class SnippetTests
{
    private static string Render(IReadOnlyList<SnippetPart> parts) =>
        string.Concat(parts.Select(p => p.Highlighted ? $"[{p.Text}]" : p.Text));

    [Theory]
    [InlineData("智慧医疗平台", "医疗", "智慧[医疗]平台")]
    [InlineData("医疗", "医疗", "[医疗]")]
    [InlineData("医疗卫生和医疗保障", "医疗", "[医疗]卫生和[医疗]保障")]
    [InlineData("医医医", "医医", "[医医]医")]
    [InlineData("Score 20 and SCORE", "score", "[Score] 20 and [SCORE]")]
    [InlineData("面向智慧医疗一期", "醫療", "面向智慧[医疗]一期")]
    [InlineData("项目(智慧万州子项目)", "（智慧", "项目[(智慧]万州子项目)")]
    [InlineData("没有", "医疗", "没有")]
    public void A_short_text_is_shown_whole_with_its_matches_highlighted_as_published(string text, string query, string expected)
    {
        Render(Snippet.Of(text, query)).ShouldBe(expected);
    }

    [Fact]
    public void A_long_text_is_cut_around_the_first_match_with_ellipses_where_cut()
    {
        var text = new string('甲', 150) + "医疗" + new string('乙', 150);

        var parts = Snippet.Of(text, "医疗");

        var rendered = Render(parts);
        rendered.ShouldStartWith("…甲");
        rendered.ShouldEndWith("乙…");
        rendered.ShouldContain("[医疗]");
        rendered.Length.ShouldBe(Snippet.MaxLength + 2 + 2);
        rendered.IndexOf('[').ShouldBe(1 + 20);
    }

    [Fact]
    public void A_match_near_either_end_of_a_long_text_needs_no_ellipsis_there()
    {
        var text = "医疗" + new string('甲', 200) + "医疗";

        Render(Snippet.Of(text, "医疗")).ShouldStartWith("[医疗]甲");
        Render(Snippet.Of(text, "医疗")).ShouldEndWith("甲…");
        Render(Snippet.Of(new string('甲', 200) + "医疗", "医疗")).ShouldStartWith("…");
        Render(Snippet.Of(new string('甲', 200) + "医疗", "医疗")).ShouldEndWith("甲[医疗]");
    }

    [Fact]
    public void A_long_query_is_shown_whole_even_past_the_window()
    {
        var query = new string('医', 100);
        var text = new string('甲', 30) + query + new string('乙', 30);

        var parts = Snippet.Of(text, query);

        parts.Single(p => p.Highlighted).Text.ShouldBe(query);
    }

    [Fact]
    public void Cuts_never_split_a_character_in_two()
    {
        // The window would start and end inside a pair of UTF-16 units here.
        var text = string.Concat(Enumerable.Repeat("𠀀", 100)) + "甲医疗乙" + string.Concat(Enumerable.Repeat("𠀁", 100));

        foreach (var part in Snippet.Of(text, "医疗"))
            for (var i = 0; i < part.Text.Length; i++)
            {
                if (char.IsHighSurrogate(part.Text[i])) char.IsLowSurrogate(part.Text[++i]).ShouldBeTrue();
                else char.IsLowSurrogate(part.Text[i]).ShouldBeFalse();
            }
    }
}
