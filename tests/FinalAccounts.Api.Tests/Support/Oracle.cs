namespace FinalAccounts.Api.Tests.Support;

/// <summary>
/// The expected order of rows, computed in memory with the API's documented rules: missing values first
/// in ascending order, text by code point, enums by name (they are stored by name), false before true,
/// and the row's key last.
/// </summary>
public static class Oracle
{
    public static int CompareValues(object? a, object? b)
    {
        if (a is null) return b is null ? 0 : -1;
        if (b is null) return 1;
        return (a, b) switch
        {
            (string x, string y) => Math.Sign(string.CompareOrdinal(x, y)),
            (Enum x, Enum y) => Math.Sign(string.CompareOrdinal(x.ToString(), y.ToString())),
            (IComparable x, _) => Math.Sign(x.CompareTo(b)),
            _ => throw new InvalidOperationException($"Cannot compare {a.GetType()}."),
        };
    }

    public static List<T> Sort<T>(IEnumerable<T> rows, IReadOnlyList<(Func<T, object?> Value, bool Descending)> keys, Func<T, string> key)
    {
        var list = rows.ToList();
        list.Sort((x, y) =>
        {
            foreach (var (value, descending) in keys)
            {
                var order = CompareValues(value(x), value(y));
                if (order != 0) return descending ? -order : order;
            }
            return string.CompareOrdinal(key(x), key(y));
        });
        return list;
    }
}
