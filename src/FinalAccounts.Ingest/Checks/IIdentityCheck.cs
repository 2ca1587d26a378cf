using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Checks;

/// <summary>One family of identities a report must satisfy; yields a finding for each that does not hold exactly.</summary>
internal interface IIdentityCheck
{
    IEnumerable<Finding> Check(Report report);
}
