using GraphQL.Types;

namespace FinalAccounts.Http.Limits;

/// <summary>The definition of a selected field, the introspection meta fields included; null for a field the type lacks.</summary>
internal static class FieldLookup
{
    public static FieldType? Find(ISchema schema, IGraphType? parentType, string name) => name switch
    {
        "__typename" => schema.TypeNameMetaFieldType,
        "__schema" when ReferenceEquals(parentType, schema.Query) => schema.SchemaMetaFieldType,
        "__type" when ReferenceEquals(parentType, schema.Query) => schema.TypeMetaFieldType,
        _ => (parentType as IComplexGraphType)?.GetField(name),
    };

    /// <summary>
    /// <c>__Type.ofType</c> unwraps one list or non-null wrapper. Its chain ends within the few wrappers a
    /// type has (the standard introspection query asks seven levels), so it adds neither depth nor repetition.
    /// </summary>
    public static bool IsTypeWrapperStep(IGraphType? parentType, string name) =>
        name == "ofType" && parentType is { Name: "__Type" };
}
