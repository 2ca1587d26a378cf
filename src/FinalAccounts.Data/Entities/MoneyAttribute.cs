namespace FinalAccounts.Data.Entities;

/// <summary>Marks a decimal property as an amount of money in 万元 (10,000 CNY).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MoneyAttribute : Attribute;
