using FinalAccounts.Data.Entities;

namespace FinalAccounts.Ingest.Checks;

/// <summary>
/// A stated whole that must equal the sum of stated parts.
/// </summary>
/// <param name="Rule">Rule code of the finding.</param>
/// <param name="Wholes">Candidates for the whole, in order of preference; the first the report states is used.</param>
/// <param name="Parts">Parts that must all be stated, or the identity is skipped.</param>
/// <param name="PartsZeroWhenAbsent">Parts a report leaves out when it has none (e.g. "无国有资本经营预算财政拨款支出").</param>
internal sealed record SumIdentity(
    string Rule,
    IReadOnlyList<Metric> Wholes,
    IReadOnlyList<Metric> Parts,
    IReadOnlyList<Metric> PartsZeroWhenAbsent);
