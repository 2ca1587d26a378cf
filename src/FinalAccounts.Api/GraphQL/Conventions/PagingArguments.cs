using GraphQL;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Relay paging arguments, checked: default page 10, maximum 100, never clamped silently.</summary>
public sealed record PagingArguments(int? First, string? After, int? Last, string? Before)
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 100;

    public bool Forward => Last is null;

    public int Size => Last ?? First ?? DefaultPageSize;

    public static PagingArguments From(IResolveFieldContext context)
    {
        var first = Int(context, "first");
        var last = Int(context, "last");
        if (first is not null && last is not null)
            throw ApiError.Create(ApiError.InvalidPagingArguments, "Pass either `first` or `last`, not both.");
        if (first < 0) throw ApiError.Create(ApiError.InvalidPagingArguments, "`first` must not be negative.");
        if (last < 0) throw ApiError.Create(ApiError.InvalidPagingArguments, "`last` must not be negative.");
        if (first > MaxPageSize) throw ApiError.PageSize("first", first.Value, MaxPageSize);
        if (last > MaxPageSize) throw ApiError.PageSize("last", last.Value, MaxPageSize);
        return new PagingArguments(first, Text(context, "after"), last, Text(context, "before"));
    }

    /// <summary>The `first` of a nested list: how many rows each parent keeps, checked like a page size; null for all.</summary>
    public static int? ListLimit(IResolveFieldContext context)
    {
        var first = Int(context, "first");
        if (first < 0) throw ApiError.Create(ApiError.InvalidPagingArguments, "`first` must not be negative.");
        if (first > MaxPageSize) throw ApiError.PageSize("first", first.Value, MaxPageSize);
        return first;
    }

    private static int? Int(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value as int? : null;

    private static string? Text(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value as string : null;
}
