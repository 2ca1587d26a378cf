using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using FinalAccounts.Data.Storage;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.GraphQL.Snapshots;

/// <summary>The snapshot being served: when and from what it was built.</summary>
public sealed class SnapshotQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query, ConventionTypes types) =>
        query.AddField(Fields.Output("snapshot", types.Object<SnapshotInfo>(),
            "The snapshot being served: when and from what it was built, and whether it holds real reports (REAL) or synthetic demo data (DEMO).",
            new AsyncResolver(async context =>
                await context.RequestServices!.GetRequiredService<SnapshotContext>().Snapshots.OrderBy(s => s.Id).FirstOrDefaultAsync(context.CancellationToken))));
}
