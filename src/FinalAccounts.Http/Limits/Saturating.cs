namespace FinalAccounts.Http.Limits;

/// <summary>Counts that stop at <see cref="long.MaxValue"/> instead of wrapping: a hostile query's cost is "too much", never negative.</summary>
internal static class Saturating
{
    public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    public static long Multiply(long a, long b) => a == 0 || b == 0 ? 0 : a > long.MaxValue / b ? long.MaxValue : a * b;

    public static int ToInt(long value) => value > int.MaxValue ? int.MaxValue : (int)value;
}
