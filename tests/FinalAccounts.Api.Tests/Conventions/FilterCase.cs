using FinalAccounts.Api.Tests.Fixtures;

namespace FinalAccounts.Api.Tests.Conventions;

/// <summary>A `where` on a root list and the keys it must return, computed in memory from the fixture rows.</summary>
public sealed record FilterCase(string Field, string Where, Func<FixtureData, IEnumerable<string>> Expected);
