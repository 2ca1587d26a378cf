using FinalAccounts.Api.Operations;
using FinalAccounts.Api.Tests.Operations.Support;

namespace FinalAccounts.Api.Tests.Operations;

/// <summary>The token bucket behind the rate limits: what it grants, refills, reports, and how far into debt it goes.</summary>
public sealed class TokenBucketTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void A_full_bucket_grants_its_capacity_then_refuses_one_more()
    {
        var bucket = new TokenBucket(3, 3.0 / 3600, _clock);

        bucket.TryTake(1, out var first).ShouldBeTrue();
        first.Remaining.ShouldBe(2);
        bucket.TryTake(1, out _).ShouldBeTrue();
        bucket.TryTake(1, out var third).ShouldBeTrue();
        third.Remaining.ShouldBe(0);

        bucket.TryTake(1, out var refused).ShouldBeFalse();
        refused.Remaining.ShouldBe(0);
        refused.SecondsUntil(1).ShouldBe(1200);
        refused.SecondsUntilFull.ShouldBe(3600);
    }

    [Fact]
    public void Tokens_come_back_continuously_and_never_past_the_capacity()
    {
        var bucket = new TokenBucket(3, 3.0 / 3600, _clock);
        for (var i = 0; i < 3; i++) bucket.TryTake(1, out _);

        _clock.Advance(TimeSpan.FromSeconds(1199));
        bucket.TryTake(1, out _).ShouldBeFalse();
        _clock.Advance(TimeSpan.FromSeconds(1));
        bucket.TryTake(1, out _).ShouldBeTrue();

        _clock.Advance(TimeSpan.FromDays(1));
        var full = bucket.Peek();
        full.Tokens.ShouldBe(3);
        full.IsFull.ShouldBeTrue();
        full.SecondsUntilFull.ShouldBe(0);
    }

    [Fact]
    public void A_charge_after_the_fact_can_go_into_debt_and_is_paid_back_before_the_next_request()
    {
        var budget = new TokenBucket(100, 100.0 / 3600, _clock);

        var after = budget.Charge(130);

        after.Tokens.ShouldBe(-30);
        after.Remaining.ShouldBe(0);
        after.SecondsUntil(1).ShouldBe(1116); // 31 tokens at 100 per hour
        _clock.Advance(TimeSpan.FromSeconds(1115));
        budget.Peek().Has(1).ShouldBeFalse();
        _clock.Advance(TimeSpan.FromSeconds(1));
        budget.Peek().Has(1).ShouldBeTrue();
    }
}
