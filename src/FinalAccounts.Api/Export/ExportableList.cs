using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL.Types;

namespace FinalAccounts.Api.Export;

/// <summary>
/// A root list of the API that can be downloaded whole: its field name, the entity of its rows, and the
/// graph types of its <c>where</c> and <c>order</c> arguments, so an export accepts exactly what the field does.
/// </summary>
public sealed record ExportableList(string Name, EntityMetadata Entity, IInputObjectGraphType FilterType, IInputObjectGraphType SortType, ExportColumns Columns);
