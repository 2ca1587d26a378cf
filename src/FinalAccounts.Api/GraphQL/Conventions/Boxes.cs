namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Boxed booleans allocated once.</summary>
public static class Boxes
{
    public static readonly object True = true;
    public static readonly object False = false;

    public static object Of(bool value) => value ? True : False;
}
