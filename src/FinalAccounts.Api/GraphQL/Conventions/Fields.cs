using GraphQL.Resolvers;
using GraphQL.Types;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Small constructors for field definitions, so generated types read as one line per field.</summary>
public static class Fields
{
    public static FieldType Input(string name, IGraphType type, string description) =>
        new() { Name = name, ResolvedType = type, Description = description };

    public static FieldType Output(string name, IGraphType type, string description, IFieldResolver resolver, QueryArguments? arguments = null) =>
        new() { Name = name, ResolvedType = type, Description = description, Resolver = resolver, Arguments = arguments };

    public static QueryArgument Argument(string name, IGraphType type, string description) =>
        new(type) { Name = name, Description = description };

    public static IGraphType NonNull(IGraphType type) => new NonNullGraphType(type);

    public static IGraphType ListOf(IGraphType type) => new ListGraphType(type);

    /// <summary>[T!]</summary>
    public static IGraphType ListOfNonNull(IGraphType type) => new ListGraphType(new NonNullGraphType(type));
}
