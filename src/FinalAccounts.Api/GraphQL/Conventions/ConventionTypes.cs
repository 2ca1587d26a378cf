using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// Every generated graph type of one schema: entity object types, filter and sort inputs, operation
/// inputs, enums and connections, each created once from the <see cref="EntityCatalog"/>.
/// </summary>
public sealed class ConventionTypes
{
    private readonly Dictionary<Type, EntityObjectType> _objects = [];
    private readonly Dictionary<Type, EntityFilterInputType> _filters = [];
    private readonly Dictionary<Type, ListFilterInputType> _listFilters = [];
    private readonly Dictionary<Type, EntitySortInputType> _sorts = [];
    private readonly Dictionary<Type, IGraphType> _enums = [];
    private readonly Dictionary<string, IGraphType> _operationFilters = [];
    private readonly Dictionary<Type, IEntityLookup> _lookups = [];

    public ConventionTypes(EntityCatalog catalog, IEnumerable<IEntityFieldExtension> extensions)
    {
        Catalog = catalog;
        Node = new NodeInterfaceType(Scalars);
        PageInfo = new PageInfoType(Scalars);
        IdFilter = new IdOperationFilterInputType(Scalars);
        foreach (var entity in catalog.Entities)
        {
            _objects.Add(entity.ClrType, new EntityObjectType(entity));
            _lookups.Add(entity.ClrType, (IEntityLookup)Activator.CreateInstance(
                typeof(EntityLookup<,>).MakeGenericType(entity.ClrType, entity.KeyType), entity)!);
        }
        var byType = extensions.ToLookup(e => e.EntityType);
        foreach (var type in _objects.Values)
        {
            type.Populate(this);
            foreach (var extension in byType[type.Entity.ClrType])
                extension.Extend(type, this);
        }
    }

    public EntityCatalog Catalog { get; }
    public ScalarTypes Scalars { get; } = new();
    public NodeInterfaceType Node { get; }
    public PageInfoType PageInfo { get; }
    public SortEnumType SortEnum { get; } = new();
    public IdOperationFilterInputType IdFilter { get; }

    public IEnumerable<EntityObjectType> ObjectTypes => _objects.Values;

    public EntityObjectType Object(EntityMetadata entity) => _objects[entity.ClrType];

    public EntityObjectType Object<T>() => _objects[typeof(T)];

    public IEntityLookup Lookup(EntityMetadata entity) => _lookups[entity.ClrType];

    public EntityFilterInputType Filter(EntityMetadata entity)
    {
        if (_filters.TryGetValue(entity.ClrType, out var existing)) return existing;
        var created = new EntityFilterInputType(entity);
        _filters.Add(entity.ClrType, created); // before populating: relations may lead back here
        created.Populate(this);
        return created;
    }

    public ListFilterInputType ListFilter(EntityMetadata entity)
    {
        if (_listFilters.TryGetValue(entity.ClrType, out var existing)) return existing;
        var created = new ListFilterInputType(Filter(entity), Scalars);
        _listFilters.Add(entity.ClrType, created);
        return created;
    }

    public EntitySortInputType Sort(EntityMetadata entity)
    {
        if (_sorts.TryGetValue(entity.ClrType, out var existing)) return existing;
        var created = new EntitySortInputType(entity);
        _sorts.Add(entity.ClrType, created);
        created.Populate(this);
        return created;
    }

    /// <summary>The enum type of a CLR enum: values in UPPER_SNAKE_CASE, descriptions from [Description].</summary>
    public IGraphType Enum(Type enumType)
    {
        if (_enums.TryGetValue(enumType, out var existing)) return existing;
        var created = (IGraphType)Activator.CreateInstance(typeof(EnumerationGraphType<>).MakeGenericType(enumType))!;
        _enums.Add(enumType, created);
        return created;
    }

    public IGraphType OperationFilter(EntityScalar scalar)
    {
        var name = scalar.Kind switch
        {
            ScalarKind.Enum => scalar.ValueType.Name + "OperationFilterInput",
            ScalarKind.String => "StringOperationFilterInput",
            ScalarKind.Boolean => "BooleanOperationFilterInput",
            _ => scalar.Kind + "OperationFilterInput",
        };
        if (_operationFilters.TryGetValue(name, out var existing)) return existing;
        IGraphType created = scalar.Kind switch
        {
            ScalarKind.String => new StringOperationFilterInputType(Scalars),
            ScalarKind.Boolean => new BooleanOperationFilterInputType(Scalars),
            ScalarKind.Enum => new EnumOperationFilterInputType(Enum(scalar.ValueType)),
            ScalarKind.Int => new ComparableOperationFilterInputType("IntOperationFilterInput", Scalars.Int, "a whole-number"),
            ScalarKind.Long => new ComparableOperationFilterInputType("LongOperationFilterInput", Scalars.Long, "a long whole-number"),
            ScalarKind.Decimal => new ComparableOperationFilterInputType("DecimalOperationFilterInput", Scalars.Decimal, "an exact decimal"),
            ScalarKind.Float => new ComparableOperationFilterInputType("FloatOperationFilterInput", Scalars.Float, "a floating-point"),
            _ => throw new ArgumentOutOfRangeException(nameof(scalar), scalar.Kind, "Not filterable."),
        };
        _operationFilters.Add(name, created);
        return created;
    }

    /// <summary>A root list field: a Relay connection named from the field, with where, order and paging arguments.</summary>
    public FieldType ConnectionField<T>(string name, string description) where T : class
    {
        var entity = Catalog.For<T>();
        var connection = new ConnectionType(name, Object(entity), this);
        var arguments = new QueryArguments(
            Argument("first", Scalars.Int, $"Returns the first n rows (default {PagingArguments.DefaultPageSize}, at most {PagingArguments.MaxPageSize}; more is an error)."),
            Argument("after", Scalars.String, "Returns the rows after this cursor."),
            Argument("last", Scalars.Int, $"Returns the last n rows (at most {PagingArguments.MaxPageSize}); not together with `first`."),
            Argument("before", Scalars.String, "Returns the rows before this cursor."),
            Argument("where", Filter(entity), "Only rows matching these conditions."),
            Argument("order", ListOfNonNull(Sort(entity)), "Sort keys, in order; the key sorts last, so pages are stable. Default: by key."));
        return Output(name, connection, description, new ConnectionResolver<T>(entity), arguments);
    }

    /// <summary>A root lookup by global id: null when no such row exists or the id belongs to another type.</summary>
    public FieldType LookupField<T>(string name, string description) where T : class
    {
        var entity = Catalog.For<T>();
        var arguments = new QueryArguments(Argument("id", NonNull(Scalars.Id), $"Global id of the {Naming.Words(entity.TypeName)}."));
        return Output(name, Object(entity), description, new LookupResolver(entity, Lookup(entity)), arguments);
    }
}
