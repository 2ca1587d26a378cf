namespace FinalAccounts.Synthetic.Generation;

/// <summary>
/// Derives independent local seeds from one demo seed (SplitMix64), so that what a unit looks like
/// depends only on the demo seed and the unit's ordinal, never on how many other units are generated
/// or in which order. <see cref="HashCode"/> is randomised per process and cannot serve here.
/// </summary>
public static class SeedSequence
{
    public static int Derive(int seed, long stream, long index = 0)
    {
        var x = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL ^ (ulong)stream * 0xBF58476D1CE4E5B9UL ^ (ulong)index * 0x94D049BB133111EBUL);
        x = unchecked(x + 0x9E3779B97F4A7C15UL);
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        x ^= x >> 31;
        return (int)(x & 0x7FFFFFFF);
    }
}
