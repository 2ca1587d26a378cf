using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace FinalAccounts.Api.GraphQL;

/// <summary>The schema as SDL, the form committed as schema.graphql at the repository root.</summary>
public static class SchemaDocument
{
    /// <summary>
    /// Prints the schema with descriptions: the schema definition first, then the types by name;
    /// fields keep their declared order (id and key first, then the entity's properties).
    /// </summary>
    public static string Print(ISchema schema)
    {
        schema.Initialize();
        var sdl = schema.Print(new PrintOptions { IncludeDescriptions = true, StringComparison = null });
        var document = GraphQLParser.Parser.Parse(sdl);
        document.Definitions = document.Definitions
            .OrderBy(d => d is GraphQLTypeDefinition ? 1 : 0)
            .ThenBy(d => d is GraphQLTypeDefinition t ? (string)t.Name.Value : "", StringComparer.Ordinal)
            .ToList();
        using var writer = new StringWriter();
        new SDLPrinter().PrintAsync(document, writer).AsTask().GetAwaiter().GetResult();
        return writer.ToString().ReplaceLineEndings("\n").TrimEnd() + "\n";
    }
}
