namespace FinalAccounts.Http.Limits;

/// <summary>
/// The limits a public GraphQL endpoint puts on every request, checked in this order: the body
/// (before it is read in full), the query text (before it is parsed), the parser's nesting, the
/// selections of the operation (at validation) and the operation's cost (at validation, with the
/// variables, before anything runs). The defaults follow graphql-armor, OWASP's GraphQL cheat sheet
/// and the public GitHub and Shopify APIs. Bind them from configuration (the Api reads the section
/// <c>GraphQL:Limits</c>) or set them with <c>services.Configure&lt;GraphQLLimits&gt;(…)</c>.
/// </summary>
public sealed class GraphQLLimits
{
    /// <summary>The configuration section the Api binds these limits from.</summary>
    public const string SectionName = "GraphQL:Limits";

    /// <summary>Largest request body read, in bytes; a larger one is answered 413 unread. Default 64 KiB.</summary>
    public long MaxRequestBodySize { get; set; } = 64 * 1024;

    /// <summary>Longest query text, in UTF-16 characters, checked before parsing (400 <c>QUERY_TOO_LONG</c>). Default 15,000.</summary>
    public int MaxQueryLength { get; set; } = 15_000;

    /// <summary>Most lexical tokens in the query text (comments not counted), counted before parsing (400 <c>TOO_MANY_TOKENS</c>). Default 1,000.</summary>
    public int MaxTokens { get; set; } = 1_000;

    /// <summary>
    /// Deepest nesting of the document the parser follows, in AST nodes (a field inside a selection set is
    /// two); deeper text is a <c>MAX_DEPTH_EXCEEDED</c> syntax error instead of a stack overflow. Default 128.
    /// </summary>
    public int MaxParserDepth { get; set; } = 128;

    /// <summary>Deepest field of the operation, counted in fields from the root (<c>{ a { b } }</c> is 2). Default 10.</summary>
    public int MaxDepth { get; set; } = 10;

    /// <summary>Most times one field name may occur along one path, as in unit → finalAccounts → unit → finalAccounts. Default 3.</summary>
    public int MaxFieldRepetition { get; set; } = 3;

    /// <summary>Most aliased fields in the operation, fragments expanded. Default 15.</summary>
    public int MaxAliases { get; set; } = 15;

    /// <summary>Most field selections in the operation once every fragment is expanded where it is spread. Default 250.</summary>
    public int MaxFields { get; set; } = 250;

    /// <summary>Most errors a response to an invalid document lists; the last one then says how many were left out. Default 5.</summary>
    public int MaxValidationErrors { get; set; } = 5;

    /// <summary>Highest cost (worst-case number of objects in the response, see <see cref="QueryCostCalculator"/>) an operation may have. Default 10,000.</summary>
    public int MaxCost { get; set; } = 10_000;

    /// <summary>
    /// Arguments that give a field's page size: a field that takes one of them is paged, and the first
    /// one given sets the size. Default <c>last</c>, <c>first</c> (Relay's); names bound from configuration
    /// are added to these.
    /// </summary>
    public List<string> PageSizeArguments { get; set; } = ["last", "first"];

    /// <summary>Page size assumed for a paged field given none of <see cref="PageSizeArguments"/>. Default 10, the Api's default page size.</summary>
    public int DefaultPageSize { get; set; } = 10;

    /// <summary>
    /// Length assumed for a list field that takes no page size and has no entry in <see cref="ListSizes"/>.
    /// Default 30: more than the longest list one published report fills (its projects, indicators,
    /// expenditures, findings, duties or divisions). A list that spans reports (a fiscal year's final
    /// accounts, a category's expenditures) can be far longer than this guess; such lists should take a
    /// page size of their own.
    /// </summary>
    public int DefaultListSize { get; set; } = 30;

    /// <summary>
    /// Declared bounds of list fields, by <c>Type.field</c> (e.g. <c>FinalAccount.figures</c>): the most
    /// items the field can return, where the data model guarantees one.
    /// </summary>
    public Dictionary<string, int> ListSizes { get; set; } = [];

    /// <summary>
    /// List arguments whose length is the length of the field's list, as Relay's <c>nodes(ids:)</c>
    /// returns one entry per id. Default <c>ids</c>; names bound from configuration are added to it.
    /// </summary>
    public List<string> ListSizeArguments { get; set; } = ["ids"];
}
