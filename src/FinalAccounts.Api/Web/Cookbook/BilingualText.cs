namespace FinalAccounts.Api.Web.Cookbook;

/// <summary>A label in Chinese and in English; pages show both.</summary>
public sealed record BilingualText(string Zh, string En);
