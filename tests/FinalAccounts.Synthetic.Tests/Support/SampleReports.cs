using FinalAccounts.Synthetic.Generation;

namespace FinalAccounts.Synthetic.Tests.Support;

/// <summary>Generated demos shared by tests, generated once per test run.</summary>
public static class SampleReports
{
    /// <summary>A municipality of 360 units over 6 years: sixty departments with their institutions, units that appear and stop.</summary>
    public static DemoOptions Options { get; } = new(Units: 360, Years: 6, Seed: 42);

    private static readonly Lazy<IReadOnlyList<SyntheticReport>> Demo = new(() => new DemoGenerator(Options).Generate().ToList());

    public static IReadOnlyList<SyntheticReport> All => Demo.Value;
}
