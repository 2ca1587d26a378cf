using System.Text.Json.Nodes;

namespace FinalAccounts.Api.Tests.Limits;

/// <summary>The introspection query GraphiQL and graphql-js clients send (getIntrospectionQuery with descriptions, without the options GraphQL.NET lacks), and an object counter for its answer.</summary>
public static class IntrospectionQuery
{
    public const string Text = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    /// <summary>The JSON objects in <paramref name="node"/>, itself included.</summary>
    public static int CountObjects(JsonNode? node) => node switch
    {
        JsonObject obj => 1 + obj.Sum(property => CountObjects(property.Value)),
        JsonArray array => array.Sum(CountObjects),
        _ => 0,
    };
}
