using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Search;

/// <summary>A piece of a search snippet.</summary>
public sealed class SearchSnippetPartType : ObjectGraphType<SnippetPart>
{
    public SearchSnippetPartType(ScalarTypes scalars)
    {
        Name = "SearchSnippetPart";
        Description = "A piece of a search snippet: plain text, or text that matches the query. Joined in order, the pieces are the excerpt; render highlighted pieces as marked (e.g. in <mark>), escaping the text as any text.";
        AddField(Output("text", NonNull(scalars.String), "The text of the piece, as published. A plain piece may start or end with \"…\" where the excerpt cuts the text.",
            new SourceResolver(part => ((SnippetPart)part).Text)));
        AddField(Output("highlighted", NonNull(scalars.Boolean), "Whether this piece is an occurrence of the query.",
            new SourceResolver(part => Boxes.Of(((SnippetPart)part).Highlighted))));
    }
}
