using System.Text.RegularExpressions;
using FinalAccounts.Api.Tests.Support;
using GraphQL.Types;

namespace FinalAccounts.Api.Tests.Schema;

/// <summary>No field can carry a project contact person's name or phone: only the unit's public line is served.</summary>
public sealed partial class PrivacyTests
{
    [GeneratedRegex("contact|phone|mobile|telephone|personName|联系", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalField();

    [Fact]
    public void The_only_contact_field_is_the_units_public_disclosure_line()
    {
        var schema = SchemaFactory.Create();
        var found = new List<string>();
        foreach (var type in schema.AllTypes.OfType<IComplexGraphType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
            foreach (var field in type.Fields)
                if (PersonalField().IsMatch(field.Name))
                    found.Add($"{type.Name}.{field.Name}");

        found.Distinct().Where(f => !f.StartsWith("Unit", StringComparison.Ordinal)).ShouldBeEmpty();
        found.ShouldContain("Unit.contactPhone");
        (((IComplexGraphType)schema.AllTypes["Unit"]!).GetField("contactPhone")!.Description ?? "").ShouldContain("Never a person's number");
    }

    [Fact]
    public void Performance_projects_have_no_contact_fields()
    {
        var schema = SchemaFactory.Create();
        var project = (IComplexGraphType)schema.AllTypes["PerformanceProject"]!;

        project.Fields.Select(f => f.Name).ShouldNotContain(n => PersonalField().IsMatch(n));
    }
}
