using FinalAccounts.Http.Errors;
using GraphQL;
using GraphQLParser;
using GraphQLParser.Exceptions;

namespace FinalAccounts.Http.Limits;

/// <summary>
/// Checks the query text before it is parsed: its length, then its number of tokens, counted with the
/// parser's own lexer (one token at a time, no syntax tree) and stopping at the first token over the
/// limit. Comments are not tokens. Text the lexer cannot read is left to the parser, whose syntax
/// error then says where.
/// </summary>
internal static class QueryTextGuard
{
    /// <summary>The error that refuses <paramref name="query"/>, or <see langword="null"/> when it is within the limits.</summary>
    public static ExecutionError? Check(string query, GraphQLLimits limits)
    {
        if (query.Length > limits.MaxQueryLength)
        {
            return new QueryTooLongError(query.Length, limits.MaxQueryLength);
        }

        return CountsMoreTokensThan(query, limits.MaxTokens) ? new TooManyTokensError(limits.MaxTokens) : null;
    }

    private static bool CountsMoreTokensThan(string query, int limit)
    {
        ROM source = query;
        var tokens = 0;
        var position = 0;
        try
        {
            while (true)
            {
                var token = Lexer.Lex(source, position);
                if (token.Kind == TokenKind.EOF)
                {
                    return false;
                }

                if (token.Kind != TokenKind.COMMENT && ++tokens > limit)
                {
                    return true;
                }

                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            return false;
        }
    }
}
