using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Api.Tests.Support;
using GraphQL;
using GraphQL.Types;

namespace FinalAccounts.Api.Tests.Schema;

/// <summary>The schema is the documentation: everything is described, and every amount gives its unit.</summary>
public sealed class DescriptionTests
{
    private static readonly ISchema Schema = SchemaFactory.Create();

    private static IEnumerable<IGraphType> OwnTypes => Schema.AllTypes
        .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t.Name is not ("String" or "Int" or "Float" or "Boolean" or "ID"));

    [Fact]
    public void Every_type_field_argument_enum_value_and_input_field_has_a_description()
    {
        var missing = new List<string>();
        foreach (var type in OwnTypes)
        {
            if (string.IsNullOrWhiteSpace(type.Description)) missing.Add(type.Name);
            if (type is IComplexGraphType complex)
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description)) missing.Add($"{type.Name}.{field.Name}");
                    foreach (var argument in field.Arguments ?? [])
                        if (string.IsNullOrWhiteSpace(argument.Description)) missing.Add($"{type.Name}.{field.Name}({argument.Name})");
                }
            if (type is EnumerationGraphType enumeration)
                foreach (var value in enumeration.Values)
                    if (string.IsNullOrWhiteSpace(value.Description)) missing.Add($"{type.Name}.{value.Name}");
        }

        missing.ShouldBeEmpty();
    }

    [Fact]
    public void Every_money_field_says_its_unit()
    {
        var checkedFields = 0;
        foreach (var entity in EntityCatalog.Shared.Entities)
        {
            var type = (IComplexGraphType)Schema.AllTypes[entity.TypeName]!;
            foreach (var scalar in entity.Scalars.Where(s => s.IsMoney))
            {
                (type.GetField(scalar.Name)!.Description ?? "").ShouldContain("万元", customMessage: $"{entity.TypeName}.{scalar.Name}");
                checkedFields++;
            }
        }
        var year = (IComplexGraphType)Schema.AllTypes["FiscalYear"]!;
        foreach (var field in year.Fields.Where(f => f.ResolvedType?.Name == "Decimal"))
        {
            (field.Description ?? "").ShouldContain("万元", customMessage: $"FiscalYear.{field.Name}");
            checkedFields++;
        }

        checkedFields.ShouldBeGreaterThan(60);
    }

    [Theory]
    [InlineData("Figure", "previousYearAmount")]
    [InlineData("Figure", "initialBudgetAmount")]
    [InlineData("Expenditure", "initialBudgetAmount")]
    [InlineData("FiscalYear", "incomeTotal")]
    [InlineData("FiscalYear", "expenditureTotal")]
    public void Derived_fields_say_they_are_derived(string type, string field)
    {
        var description = ((IComplexGraphType)Schema.AllTypes[type]!).GetField(field)!.Description;

        description.ShouldStartWith("Derived, not reported");
    }

    [Fact]
    public void Every_row_with_a_document_or_line_says_where_its_values_come_from()
    {
        foreach (var type in OwnTypes.OfType<IObjectGraphType>().Where(t => t.ResolvedInterfaces.Any(i => i.Name == "Node")))
        {
            if (type.GetField("document") is null && type.GetField("line") is null) continue;
            type.GetField("provenance").ShouldNotBeNull($"{type.Name} has a document or line but no provenance");
        }
    }
}
