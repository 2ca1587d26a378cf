using FinalAccounts.Api.GraphQL;
using FinalAccounts.Api.Tests.Support;

namespace FinalAccounts.Api.Tests.Schema;

/// <summary>schema.graphql at the repository root is the printed schema: the public contract, reviewed in every change.</summary>
public sealed class SchemaFileTests
{
    private const string UpdateHint =
        "schema.graphql differs from the schema the server serves. If the change is intended, rewrite the file with\n" +
        "  UPDATE_SCHEMA=1 dotnet test tests/FinalAccounts.Api.Tests --filter FullyQualifiedName~SchemaFileTests\n" +
        "and review the diff.";

    [Fact]
    public void Printed_schema_equals_schema_graphql()
    {
        var printed = SchemaDocument.Print(SchemaFactory.Create());
        var path = RepositoryPaths.SchemaFile;
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
            File.WriteAllText(path, printed);

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";

        committed.ShouldBe(printed, UpdateHint);
    }

    [Fact]
    public void The_schema_has_no_mutation_or_subscription_type()
    {
        var schema = SchemaFactory.Create();

        schema.Mutation.ShouldBeNull();
        schema.Subscription.ShouldBeNull();
    }
}
