namespace FinalAccounts.Synthetic.Generation;

/// <summary>
/// A kind of supervising department (主管部门) of the fictional municipality: its name stem, the
/// functional category most of its money goes to, and the public institutions it typically supervises.
/// </summary>
public sealed record DepartmentTemplate(
    string Stem,
    string Field,
    string PrimaryCategoryCode,
    string? SecondaryCategoryCode,
    IReadOnlyList<string> Institutions,
    IReadOnlyList<string> Projects,
    IReadOnlyList<string> Divisions);
