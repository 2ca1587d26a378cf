using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>Unit.kindEn: the English name of the unit's stated kind, served beside the Chinese.</summary>
public sealed class UnitKindEnglishField : IEntityFieldExtension
{
    public Type EntityType => typeof(Unit);

    public void Extend(EntityObjectType type, ConventionTypes types) =>
        type.AddField(Output("kindEn", types.Scalars.String,
            "English name of the unit's kind (e.g. Public institution for 事业单位); null when the kind is not stated or is a wording outside the codebook (see `unitKinds`).",
            new SourceResolver(s => UnitKindLabel.For(((Unit)s).Kind)?.NameEn)));
}
