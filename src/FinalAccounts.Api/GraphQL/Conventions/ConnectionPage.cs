namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// One fetched page of a connection. Edges and cursors are built only when a query selects them:
/// a page read through `nodes` alone encodes no cursor.
/// </summary>
public sealed class ConnectionPage
{
    private readonly IReadOnlyList<SortKey> _keys;
    private readonly IReadOnlyList<object?[]>? _keyValues;
    private readonly string?[] _cursors;
    private Edge[]? _edges;

    /// <param name="keyValues">The sort-key values of each row when the query selected them; null when every key is read from the row.</param>
    public ConnectionPage(IReadOnlyList<object> nodes, IReadOnlyList<SortKey> keys, IReadOnlyList<object?[]>? keyValues, bool hasNextPage, bool hasPreviousPage)
    {
        Nodes = nodes;
        _keys = keys;
        _keyValues = keyValues;
        _cursors = new string?[nodes.Count];
        PageInfo = new PageInfo(this, hasNextPage, hasPreviousPage);
    }

    public IReadOnlyList<object> Nodes { get; }

    public PageInfo PageInfo { get; }

    public IReadOnlyList<Edge> Edges
    {
        get
        {
            if (_edges is not null) return _edges;
            var edges = new Edge[Nodes.Count];
            for (var i = 0; i < edges.Length; i++) edges[i] = new Edge(this, i);
            return _edges = edges;
        }
    }

    public string CursorAt(int index) => _cursors[index] ??= KeysetCursor.Encode(_keys, _keyValues?[index] ?? ReadKeys(Nodes[index]));

    private object?[] ReadKeys(object row)
    {
        var values = new object?[_keys.Count];
        for (var i = 0; i < values.Length; i++) values[i] = _keys[i].Read!(row);
        return values;
    }
}
