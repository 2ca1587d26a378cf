namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Adds fields that a feature computes (totals, convenience lookups) to a generated entity type.</summary>
public interface IEntityFieldExtension
{
    Type EntityType { get; }

    void Extend(EntityObjectType type, ConventionTypes types);
}
