namespace FinalAccounts.Synthetic.Generation;

/// <summary>What to generate: how many units over how many years, from which seed.</summary>
/// <param name="Units">Number of fictional units (at least 1).</param>
/// <param name="Years">Number of consecutive fiscal years, ending with <see cref="FinalYear"/>.</param>
/// <param name="Seed">The demo seed: the same seed and sizes always give the same reports.</param>
public sealed record DemoOptions(int Units, int Years, int Seed)
{
    /// <summary>The last fiscal year generated.</summary>
    public int FinalYear { get; init; } = 2024;

    /// <summary>Share of unit-years that get one deliberate defect.</summary>
    public double DefectRate { get; init; } = 0.03;

    public int FirstYear => FinalYear - Years + 1;

    /// <summary>Throws when the sizes make no sense, with the reason.</summary>
    public void Validate()
    {
        if (Units < 1) throw new ArgumentOutOfRangeException(nameof(Units), Units, "At least one unit is needed.");
        if (Years is < 1 or > 50) throw new ArgumentOutOfRangeException(nameof(Years), Years, "Years must be between 1 and 50.");
        if (DefectRate is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(DefectRate), DefectRate, "The defect rate is a probability.");
    }
}
