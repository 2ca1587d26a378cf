using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>A kind of unit as stated, with its English name.</summary>
public sealed class UnitKindInfoType : ObjectGraphType<UnitKindLabel>
{
    public UnitKindInfoType(ConventionTypes types)
    {
        Name = "UnitKindInfo";
        Description = "A kind of budget unit as reports state it (e.g. 事业单位), with its English name.";
        AddField(Output("nameZh", NonNull(types.Scalars.String), "The kind as stated, e.g. 事业单位.", new SourceResolver(s => ((UnitKindLabel)s).NameZh)));
        AddField(Output("nameEn", types.Scalars.String, "English name, e.g. Public institution; null for a wording outside the codebook.", new SourceResolver(s => ((UnitKindLabel)s).NameEn)));
    }
}
