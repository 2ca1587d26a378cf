using System.Globalization;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Checks;
using FinalAccounts.Ingest.Snapshot;
using FinalAccounts.Synthetic.Generation;

namespace FinalAccounts.Synthetic.Demo;

/// <summary>
/// Builds a demo snapshot: generated reports go through the same identity checks and the same
/// snapshot writer as published ones (same schema, same ids), into a file of their own marked DEMO.
/// </summary>
public static class DemoSnapshot
{
    /// <summary>Generates, checks and writes <paramref name="options"/>' reports to <paramref name="path"/>; reports the number written so far.</summary>
    public static SnapshotInfo Build(string path, DemoOptions options, IProgress<int>? progress = null)
    {
        var generator = new DemoGenerator(options);
        var reports = generator.Generate().Select(r => new CheckedReport(r.Report, IdentityChecks.Check(r.Report)));
        return SnapshotWriter.Write(path, reports, Manifest(options), progress);
    }

    /// <summary>The manifest of a demo: built "at" the generator's fixed clock, so the same options give the same snapshot.</summary>
    public static SnapshotManifest Manifest(DemoOptions options) => new(
        SnapshotManifest.Demo,
        new DateTimeOffset(DemoGenerator.Clock),
        string.Create(CultureInfo.InvariantCulture,
            $"FinalAccounts.Synthetic demo --units {options.Units} --years {options.Years} --seed {options.Seed} (final year {options.FinalYear}, defect rate {options.DefectRate})"));
}
