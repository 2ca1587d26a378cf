namespace FinalAccounts.Api.Operations;

/// <summary>A token bucket at one moment, and what clients are told about it.</summary>
public readonly record struct BucketState(double Tokens, double Capacity, double RefillPerSecond)
{
    /// <summary>Refilling in floating point leaves crumbs (0.9999999…); a token that close counts as whole.</summary>
    internal const double Crumb = 1e-6;

    /// <summary>Whole tokens left, never negative (a bucket in debt shows 0).</summary>
    public long Remaining => (long)Math.Max(0, Math.Floor(Tokens + Crumb));

    /// <summary>The bucket is full: it can be forgotten without losing anything.</summary>
    public bool IsFull => Tokens + Crumb >= Capacity;

    /// <summary>Whole seconds until the bucket holds <paramref name="amount"/> tokens (at least 1 when it does not now).</summary>
    public long SecondsUntil(double amount) =>
        Has(amount) ? 0 : Math.Max(1, (long)Math.Ceiling((amount - Tokens - Crumb) / RefillPerSecond));

    /// <summary>Whether the bucket holds <paramref name="amount"/> tokens.</summary>
    public bool Has(double amount) => Tokens + Crumb >= amount;

    /// <summary>Whole seconds until the bucket is full again.</summary>
    public long SecondsUntilFull => SecondsUntil(Capacity);
}
