namespace FinalAccounts.Synthetic.Generation;

/// <summary>
/// One deliberate error put into a synthetic report: the rule of the identity checks it breaks, the
/// subject as the checks name it, and the value that would have been right, so tests can require the
/// checks to find exactly these.
/// </summary>
/// <param name="Rule">The rule code the checks report it under (<c>FinalAccounts.Ingest.Checks.RuleCodes</c>).</param>
/// <param name="Subject">What is wrong, named as the checks name it: a metric (GeneralBudgetIncome), "GeneralBudgetExpenditure / 教育支出", a project name, or "project / indicator".</param>
public sealed record InjectedDefect(DefectKind Kind, string Rule, string Subject, decimal? Expected, decimal? Stated);
