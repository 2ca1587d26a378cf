using System.Text;
using FinalAccounts.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Data.Storage;

/// <summary>
/// The snapshot schema. Tables and columns are snake_case so the file reads well in any SQLite tool;
/// decimals are integers of millionths; enums are stored by name.
/// </summary>
public sealed class SnapshotContext(DbContextOptions<SnapshotContext> options) : DbContext(options)
{
    public const int SchemaVersion = 3; // 2: full-text search tables; 3: accounts indexed by year and total

    public DbSet<SnapshotInfo> Snapshots => Set<SnapshotInfo>();
    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<UnitDuty> UnitDuties => Set<UnitDuty>();
    public DbSet<Division> Divisions => Set<Division>();
    public DbSet<FiscalYear> FiscalYears => Set<FiscalYear>();
    public DbSet<FinalAccount> FinalAccounts => Set<FinalAccount>();
    public DbSet<Figure> Figures => Set<Figure>();
    public DbSet<ExpenseCategory> ExpenseCategories => Set<ExpenseCategory>();
    public DbSet<Expenditure> Expenditures => Set<Expenditure>();
    public DbSet<Procurement> Procurements => Set<Procurement>();
    public DbSet<PerformanceProject> PerformanceProjects => Set<PerformanceProject>();
    public DbSet<PerformanceIndicator> PerformanceIndicators => Set<PerformanceIndicator>();
    public DbSet<DataQualityFinding> DataQualityFindings => Set<DataQualityFinding>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<decimal>().HaveConversion<ScaledDecimalConverter>();
        configuration.Properties<Provenance>().HaveConversion<string>();
        configuration.Properties<ReportKind>().HaveConversion<string>();
        configuration.Properties<Metric>().HaveConversion<string>();
        configuration.Properties<BudgetSource>().HaveConversion<string>();
        configuration.Properties<Severity>().HaveConversion<string>();
        configuration.Properties<ProjectKind>().HaveConversion<string>();
        configuration.Properties<IndicatorOperator>().HaveConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<FiscalYear>().HasKey(y => y.Year);

        model.Entity<Unit>(e =>
        {
            e.HasIndex(u => u.Name);
            e.HasIndex(u => u.SupervisingDepartment);
            e.HasIndex(u => u.Region);
            e.HasOne(u => u.Document).WithMany().HasForeignKey(u => u.DocumentId);
        });
        model.Entity<UnitDuty>().HasOne(d => d.Unit).WithMany(u => u.Duties).HasForeignKey(d => d.UnitId);
        model.Entity<Division>().HasOne(d => d.Unit).WithMany(u => u.Divisions).HasForeignKey(d => d.UnitId);
        model.Entity<SourceDocument>(e =>
        {
            e.HasIndex(d => d.Sha256);
            e.HasOne(d => d.Unit).WithMany().HasForeignKey(d => d.UnitId);
        });
        model.Entity<FinalAccount>(e =>
        {
            e.HasIndex(a => new { a.UnitId, a.Year }).IsUnique();
            // A year's accounts by a total: counted and paged from the index alone (the typical list query).
            e.HasIndex(a => new { a.Year, a.ExpenditureTotal });
            e.HasIndex(a => new { a.Year, a.IncomeTotal });
            e.HasIndex(a => new { a.Year, a.ThreePublicTotal });
            e.HasIndex(a => a.ExpenditureTotal);
            e.HasIndex(a => a.IncomeTotal);
            e.HasIndex(a => a.ThreePublicTotal);
            e.HasOne(a => a.Unit).WithMany(u => u.FinalAccounts).HasForeignKey(a => a.UnitId);
            e.HasOne(a => a.FiscalYear).WithMany(y => y.FinalAccounts).HasForeignKey(a => a.Year);
            e.HasOne(a => a.Document).WithMany().HasForeignKey(a => a.DocumentId);
            e.HasOne(a => a.Procurement).WithOne(p => p.Account).HasForeignKey<Procurement>(p => p.AccountId);
        });
        model.Entity<Figure>(e =>
        {
            e.HasIndex(f => new { f.AccountId, f.Metric }).IsUnique();
            e.HasIndex(f => new { f.Metric, f.Year, f.Amount });
            e.HasIndex(f => new { f.UnitId, f.Metric, f.Year });
            // Covers analytics (aggregates, trends, budget execution, rankings): sums by metric and year, grouped by unit, read from the index alone.
            e.HasIndex(f => new { f.Metric, f.Year, f.UnitId, f.Amount, f.PreviousYearAmount, f.InitialBudgetAmount });
            e.HasOne(f => f.Account).WithMany(a => a.Figures).HasForeignKey(f => f.AccountId);
            e.HasOne(f => f.Document).WithMany().HasForeignKey(f => f.DocumentId);
        });
        model.Entity<Expenditure>(e =>
        {
            e.HasIndex(x => x.AccountId);
            e.HasIndex(x => new { x.CategoryId, x.Year, x.Amount });
            e.HasIndex(x => new { x.UnitId, x.Year });
            // Covers analytics of expenditure by category: sums by category, year, budget source and unit, read from the index alone.
            e.HasIndex(x => new { x.CategoryId, x.Year, x.BudgetSource, x.UnitId, x.Amount, x.InitialBudgetAmount });
            e.HasOne(x => x.Account).WithMany(a => a.Expenditures).HasForeignKey(x => x.AccountId);
            e.HasOne(x => x.Category).WithMany(c => c.Expenditures).HasForeignKey(x => x.CategoryId);
            e.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId);
            e.HasOne(x => x.Document).WithMany().HasForeignKey(x => x.DocumentId);
        });
        model.Entity<ExpenseCategory>().HasIndex(c => c.Code);
        model.Entity<Procurement>(e =>
        {
            e.HasIndex(p => new { p.Year, p.Total });
            e.HasIndex(p => p.UnitId);
            e.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId);
        });
        model.Entity<PerformanceProject>(e =>
        {
            e.HasIndex(p => p.AccountId);
            e.HasIndex(p => new { p.UnitId, p.Year });
            e.HasOne(p => p.Account).WithMany(a => a.PerformanceProjects).HasForeignKey(p => p.AccountId);
            e.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId);
        });
        model.Entity<PerformanceIndicator>(e =>
        {
            e.HasIndex(i => i.ProjectId);
            e.HasOne(i => i.Project).WithMany(p => p.Indicators).HasForeignKey(i => i.ProjectId);
        });
        model.Entity<DataQualityFinding>(e =>
        {
            e.HasIndex(f => f.DocumentId);
            e.HasIndex(f => f.AccountId);
            e.HasIndex(f => new { f.Rule, f.Severity });
            e.HasOne(f => f.Document).WithMany(d => d.Findings).HasForeignKey(f => f.DocumentId);
            e.HasOne(f => f.Account).WithMany(a => a.Findings).HasForeignKey(f => f.AccountId);
        });

        foreach (var entity in model.Model.GetEntityTypes())
        {
            foreach (var money in entity.GetProperties().Where(p => p.PropertyInfo?.IsDefined(typeof(MoneyAttribute), false) == true))
                money.SetValueConverter(new MoneyConverter());
            entity.SetTableName(entity.ClrType == typeof(SnapshotInfo) ? "snapshot" : SnakeCase(entity.ClrType.Name));
            foreach (var property in entity.GetProperties())
                property.SetColumnName(SnakeCase(property.Name));
        }
    }

    /// <summary>IncomeTotal → income_total; tables are named by their singular noun (final_account).</summary>
    private static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                sb.Append('_');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
