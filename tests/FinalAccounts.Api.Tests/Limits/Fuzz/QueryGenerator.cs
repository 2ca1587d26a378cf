using System.Text;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;

namespace FinalAccounts.Api.Tests.Limits.Fuzz;

/// <summary>
/// Random queries over the real schema: fields of the types they are selected on, with arguments,
/// variables, aliases, named and inline fragments, directives and introspection, nested at random up
/// to past the depth limit. Most are valid; the values in them and the limits decide how they end.
/// </summary>
public sealed class QueryGenerator(ISchema schema, Random random)
{
    private readonly ValueGenerator _values = new(random);

    public GeneratedQuery Next()
    {
        var build = new Build(random, _values);
        var root = random.NextDouble() < 0.08 ? IntrospectionRoot(build) : build.Selection(schema.Query, depth: 0, maxDepth: random.Next(1, 13));
        var name = random.NextDouble() < 0.3 ? "Op" + random.Next(100) : null;
        var text = new StringBuilder();
        if (name is not null || build.VariableDeclarations.Count > 0)
        {
            text.Append("query");
            if (name is not null) text.Append(' ').Append(name);
            if (build.VariableDeclarations.Count > 0) text.Append('(').AppendJoin(", ", build.VariableDeclarations).Append(')');
            text.Append(' ');
        }
        text.Append(root);
        foreach (var fragment in build.Fragments) text.Append(' ').Append(fragment);
        return new GeneratedQuery(text.ToString(), build.Variables, name);
    }

    private string IntrospectionRoot(Build build) =>
        random.Next(3) switch
        {
            0 => "{ __schema " + build.Selection(schema.SchemaMetaFieldType.ResolvedType!.GetNamedType(), 1, random.Next(2, 9)) + " }",
            1 => $"{{ __type(name: \"{RandomTypeName()}\") " + build.Selection(schema.TypeMetaFieldType.ResolvedType!.GetNamedType(), 1, random.Next(2, 9)) + " }",
            _ => "{ __typename }",
        };

    private string RandomTypeName()
    {
        var types = schema.AllTypes.ToList();
        return random.NextDouble() < 0.9 ? types[random.Next(types.Count)].Name : "Nope";
    }

    private sealed class Build(Random random, ValueGenerator values)
    {
        public List<string> VariableDeclarations { get; } = [];
        public JsonObject Variables { get; } = [];
        public List<string> Fragments { get; } = [];

        public string Selection(IGraphType parent, int depth, int maxDepth)
        {
            if (parent is IAbstractGraphType abstractType && random.NextDouble() < 0.7)
            {
                var possible = abstractType.PossibleTypes.ToList();
                var parts = new List<string> { "__typename" };
                foreach (var type in possible.Where(_ => random.NextDouble() < 0.3).Take(3))
                    parts.Add($"... on {type.Name} {Selection(type, depth, maxDepth)}");
                return "{ " + string.Join(' ', parts) + " }";
            }

            if (parent is not IComplexGraphType complex || complex.Fields.Count == 0) return "{ __typename }";
            var fields = complex.Fields.ToList();
            var picks = new List<string>();
            var count = random.NextDouble() < 0.05 ? random.Next(10, 60) : random.Next(1, 5);
            for (var i = 0; i < count; i++)
            {
                var field = fields[random.Next(fields.Count)];
                picks.Add(Field(field, depth + 1, maxDepth));
            }

            if (random.NextDouble() < 0.1) picks.Add("__typename");
            if (random.NextDouble() < 0.08)
            {
                var name = "F" + Fragments.Count;
                Fragments.Add($"fragment {name} on {parent.Name} {{ {string.Join(' ', picks)} }}");
                var spreads = random.NextDouble() < 0.2 ? random.Next(2, 5) : 1;
                return "{ " + string.Join(' ', Enumerable.Repeat("..." + name, spreads)) + " }";
            }

            if (random.NextDouble() < 0.05) return "{ ... on " + parent.Name + " { " + string.Join(' ', picks) + " } }";
            return "{ " + string.Join(' ', picks) + " }";
        }

        private string Field(FieldType field, int depth, int maxDepth)
        {
            var text = new StringBuilder();
            if (random.NextDouble() < 0.1) text.Append('a').Append(random.Next(1000)).Append(": ");
            text.Append(field.Name);
            var arguments = (field.Arguments ?? []).Where(a => a.ResolvedType is NonNullGraphType || random.NextDouble() < 0.4)
                .Select(a => $"{a.Name}: {Argument(a)}").ToList();
            if (arguments.Count > 0) text.Append('(').AppendJoin(", ", arguments).Append(')');
            if (random.NextDouble() < 0.03) text.Append(random.NextDouble() < 0.5 ? " @include(if: true)" : " @skip(if: false)");
            var type = field.ResolvedType!.GetNamedType();
            if (type is IComplexGraphType or IAbstractGraphType)
            {
                text.Append(' ').Append(depth >= maxDepth ? "{ __typename }" : Selection(type, depth, maxDepth));
            }

            return text.ToString();
        }

        private string Argument(QueryArgument argument)
        {
            if (random.NextDouble() >= 0.3) return values.Literal(argument.ResolvedType!);
            var name = "v" + VariableDeclarations.Count;
            VariableDeclarations.Add($"${name}: {TypeName(argument.ResolvedType!)}");
            if (random.NextDouble() < 0.9) Variables[name] = values.Json(argument.ResolvedType!);
            return "$" + name;
        }

        private static string TypeName(IGraphType type) => type switch
        {
            NonNullGraphType nonNull => TypeName(nonNull.ResolvedType!) + "!",
            ListGraphType list => "[" + TypeName(list.ResolvedType!) + "]",
            _ => type.Name,
        };
    }
}
