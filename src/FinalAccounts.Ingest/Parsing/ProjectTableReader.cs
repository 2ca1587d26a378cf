using System.Text.RegularExpressions;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;
using FinalAccounts.Ingest.Text;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>
/// Reads the performance self-evaluation tables (绩效自评表): tab-separated rows in four blocks — the header
/// (项目名称, 主管部门), the funds (项目资金), the goals (当年绩效目标) and the indicators (绩效指标) — as the
/// PDF extraction left them: headers broken into pieces, rows broken across pages, columns that drift.
/// The row naming the contact person (项目联系人) and phone (联系电话) is read only for the supervising
/// department and finance office; the contact's name and number are never read (see <see cref="WithoutContact"/>).
/// </summary>
internal static partial class ProjectTableReader
{
    private enum Block { None, Funds, Goals, Indicators }

    private static readonly string[] Operators = ["≥", "≤", "=", ">", "<", "定性"];

    public static void Read(IReadOnlyList<NormalisedLine> lines, ParseContext context)
    {
        var report = context.Report;
        var nextKind = ProjectKind.General;
        ProjectTable? table = null;
        var block = Block.None;
        IReadOnlyList<string> fundsHeader = [];
        IReadOnlyList<string> goalsHeader = [];
        var totalRowRead = false;
        IndicatorRow? lastIndicator = null;

        foreach (var line in lines)
        {
            if (!line.IsTableRow)
            {
                if (line.Text.Contains("自评表")) nextKind = line.Text.Contains("重点") ? ProjectKind.KeySpecial : ProjectKind.General;
                table = null;
                block = Block.None;
                continue;
            }

            var inHeader = table is not null && block == Block.None && !line.Text.StartsWith("项目名称", StringComparison.Ordinal);
            var cells = inHeader ? WithoutContact(line.Text) : line.Cells;
            var (firstIndex, first) = FirstText(cells);
            if (first is null) continue;

            if (first.StartsWith("项目名称", StringComparison.Ordinal))
            {
                table = new ProjectTable
                {
                    Ordinal = report.Projects.Count + 1,
                    Name = CellAfter(cells, "项目名称") ?? "",
                    Kind = nextKind,
                    Line = line.Line,
                };
                table.TotalScore = Number(CellAfter(cells, "自评总分"));
                report.Projects.Add(table);
                nextKind = ProjectKind.General;
                block = Block.None;
                totalRowRead = false;
                lastIndicator = null;
                continue;
            }

            if (table is null) continue;

            // Privacy: this row also holds the contact person and phone; only the two named cells are read.
            if (first.StartsWith("主管部门", StringComparison.Ordinal))
            {
                table.SupervisingDepartment = CellAfter(cells, "主管部门");
                table.FinanceOffice = CellAfter(cells, "财政科室");
                continue;
            }

            if (cells.Any(c => c.Contains("联系人") || c.Contains("联系电话"))) continue;

            if (cells.Any(c => c.Contains("项目资金")))
            {
                fundsHeader = cells;
                block = Block.Funds;
                continue;
            }

            if (first.StartsWith("当年绩效目标", StringComparison.Ordinal) || (first == "当年" && cells.Any(c => c.Contains("绩效目标"))))
            {
                goalsHeader = cells;
                block = Block.Goals;
                continue;
            }

            if (first.StartsWith("绩效指标", StringComparison.Ordinal) || cells.Any(c => c.StartsWith("指标名称", StringComparison.Ordinal)))
            {
                block = Block.Indicators;
                continue;
            }

            if (first.StartsWith("说明", StringComparison.Ordinal) && firstIndex == 0)
            {
                block = Block.None;
                continue;
            }

            switch (block)
            {
                case Block.Funds:
                    totalRowRead |= ReadFundsRow(table, cells, fundsHeader, totalRowRead);
                    break;
                case Block.Goals:
                    ReadGoalRow(table, cells, goalsHeader);
                    break;
                case Block.Indicators:
                    lastIndicator = ReadIndicatorRow(table, cells, line, lastIndicator, context) ?? lastIndicator;
                    break;
            }
        }
    }

    /// <summary>
    /// The cells of a header row up to the contact person's label or a phone-like number. The rest of the row is
    /// dropped before it is read, so that a tab lost in extraction ("产业发展科项目联系人…") or a damaged label
    /// ("项目联人") cannot carry a name or number into a cell that is kept.
    /// </summary>
    private static IReadOnlyList<string> WithoutContact(string row)
    {
        var end = row.Length;
        if (ContactLabel().Match(row) is { Success: true } label) end = label.Index;
        if (PhoneLike().Match(row, 0, end) is { Success: true } phone) end = phone.Index;
        return row[..end].Split('\t');
    }

    /// <summary>Reads a funds row; returns true when it was the row of the project's total funds.</summary>
    private static bool ReadFundsRow(ProjectTable table, IReadOnlyList<string> cells, IReadOnlyList<string> header, bool totalRowRead)
    {
        var numbers = new List<(int Index, decimal Value)>();
        var label = "";
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i].Trim();
            if (cell.Length == 0) continue;
            if (Amount.TryParseNumber(cell, out var value)) numbers.Add((i, value));
            else label += cell;
        }

        var values = FundsColumns(numbers, header);
        if (label.Contains("上级资金"))
        {
            (table.HigherLevelInitialBudget, table.HigherLevelAdjustedBudget, table.HigherLevelExecuted) = (values[0], values[1], values[2]);
            return false;
        }

        if (label.Contains("区级资金") || label.Contains("本级资金"))
        {
            (table.DistrictInitialBudget, table.DistrictAdjustedBudget, table.DistrictExecuted) = (values[0], values[1], values[2]);
            return false;
        }

        if (totalRowRead || numbers.Count == 0 || label.Contains("资金")) return false;
        (table.InitialBudget, table.AdjustedBudget, table.Executed) = (values[0], values[1], values[2]);
        (table.ExecutionRate, table.ExecutionWeight, table.ExecutionScore) = (values[3], values[4], values[5]);
        return true;
    }

    /// <summary>
    /// Places a funds row's numbers in the six columns: initial budget, adjusted budget, executed, rate, weight,
    /// score. When every number sits under its header, positions decide. When the columns drifted (more numbers
    /// than columns, or numbers under no header), the first three are the budgets and the last three the rate,
    /// weight and score; with fewer numbers, they fill the columns from the right.
    /// </summary>
    private static decimal?[] FundsColumns(List<(int Index, decimal Value)> numbers, IReadOnlyList<string> header)
    {
        var result = new decimal?[6];
        int[] columns =
        [
            IndexOf(header, c => c.Contains("年初预算")),
            IndexOf(header, c => c.Contains("调整")),
            IndexOf(header, c => c.Contains("执行数")),
            IndexOf(header, c => c.Contains("执行率") && !c.Contains("权重") && !c.Contains("得分")),
            IndexOf(header, c => c.Contains("权重")),
            IndexOf(header, c => c.Contains("得分")),
        ];

        if (columns.All(c => c >= 0) && numbers.Count <= 6 && numbers.All(n => columns.Contains(n.Index)))
        {
            foreach (var (index, value) in numbers) result[Array.IndexOf(columns, index)] = value;
            return result;
        }

        if (numbers.Count >= 6)
        {
            for (var k = 0; k < 3; k++) result[k] = numbers[k].Value;
            for (var k = 0; k < 3; k++) result[3 + k] = numbers[numbers.Count - 3 + k].Value;
            return result;
        }

        for (var k = 0; k < numbers.Count; k++) result[6 - numbers.Count + k] = numbers[k].Value;
        return result;
    }

    /// <summary>
    /// Reads a goals row: initial, adjusted and achieved goal. A row that continues them after a page break
    /// is appended; when the break repeated a few characters ("…服务器、存" / "性分配的服务器、存储…"), the overlap is dropped.
    /// </summary>
    private static void ReadGoalRow(ProjectTable table, IReadOnlyList<string> cells, IReadOnlyList<string> header)
    {
        var texts = new List<(int Index, string Text)>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Trim().Length > 0) texts.Add((i, cells[i].Trim()));
        }

        var positions = new List<int>();
        for (var i = 1; i < header.Count; i++)
        {
            if (header[i].Contains("目标") || header[i].Contains("完成情况")) positions.Add(i);
        }

        for (var k = 0; k < texts.Count; k++)
        {
            var slot = texts.Count == 3 || positions.Count != 3 ? k : positions.FindLastIndex(p => p <= texts[k].Index);
            switch (slot)
            {
                case 0: table.InitialGoal = Append(table.InitialGoal, texts[k].Text); break;
                case 1: table.AdjustedGoal = Append(table.AdjustedGoal, texts[k].Text); break;
                case 2: table.AchievedGoal = Append(table.AchievedGoal, texts[k].Text); break;
            }
        }
    }

    private static string Append(string? existing, string piece)
    {
        if (existing is null) return piece;
        for (var overlap = Math.Min(existing.Length, piece.Length); overlap >= 4; overlap--)
        {
            if (existing.AsSpan(existing.Length - overlap).SequenceEqual(piece.AsSpan(0, overlap))) return existing + piece[overlap..];
        }

        return existing + piece;
    }

    /// <summary>
    /// Reads an indicator row: name, unit, operator, initial target, adjusted target (无 = none), actual,
    /// score coefficient, weight, score, core (是/否). A row with only a name continues the previous indicator's
    /// name ("当年" + "建设任务完成率"); other rows without an operator are pieces of a broken header.
    /// </summary>
    private static IndicatorRow? ReadIndicatorRow(ProjectTable table, IReadOnlyList<string> cells, NormalisedLine line, IndicatorRow? last, ParseContext context)
    {
        var op = -1;
        for (var i = 0; i < cells.Count && op < 0; i++)
        {
            if (Operators.Contains(cells[i].Trim())) op = i;
        }

        if (op < 0)
        {
            var filled = cells.Select((c, i) => (Text: c.Trim(), Index: i)).Where(c => c.Text.Length > 0).ToList();
            if (last is not null && filled is [var piece] && piece.Index <= 2 && !Amount.TryParseNumber(piece.Text, out _))
                last.Name += piece.Text;
            return null;
        }

        var before = new List<string>();
        for (var i = 0; i < op; i++)
        {
            if (cells[i].Trim().Length > 0) before.Add(cells[i].Trim());
        }

        if (before.Count == 0) return null;
        var unitCell = op > 0 ? cells[op - 1].Trim() : "";
        var hasUnit = before.Count >= 2 && unitCell.Length is > 0 and <= 5 && unitCell == before[^1];
        var name = hasUnit ? before[^2] : before[^1];

        var after = cells.Skip(op + 1).Select(c => c.Trim()).ToList();
        var filledAfter = after.Where(c => c.Length > 0).ToList();
        var values = filledAfter.Count == 7 ? filledAfter : after;
        string Value(int k) => k < values.Count ? values[k] : "";

        var row = new IndicatorRow
        {
            Ordinal = table.Indicators.Count + 1,
            Name = name,
            MeasureUnit = hasUnit ? unitCell : null,
            Operator = OperatorOf(cells[op].Trim()),
            InitialTarget = Target(Value(0), out var initialText),
            AdjustedTarget = Target(Value(1), out var adjustedText),
            ActualValue = Target(Value(2), out var actualText),
            ScoreCoefficient = Number(Value(3)),
            Weight = Number(Value(4)),
            Score = Number(Value(5)),
            IsCore = Value(6) switch { "是" => true, "否" => false, _ => null },
            Line = line.Line,
        };
        row.ValueText = initialText ?? adjustedText ?? actualText;
        foreach (var (k, what) in new[] { (3, "score coefficient"), (4, "weight"), (5, "score") })
        {
            if (Value(k).Length > 0 && Number(Value(k)) is null)
                context.Warn(line.Line, $"indicator '{name}': {what} is not a number: '{Value(k)}'");
        }

        table.Indicators.Add(row);
        return row;
    }

    /// <summary>A target or actual value: a number, null for 无 or a dash, or (as text) anything else.</summary>
    private static decimal? Target(string cell, out string? text)
    {
        text = null;
        if (Amount.TryParseNumber(cell, out var value)) return value;
        if (cell is "" or "无" or "-" or "—" or "/" or "\\") return null;
        text = cell;
        return null;
    }

    private static IndicatorOperator OperatorOf(string symbol) => symbol switch
    {
        "≥" => IndicatorOperator.AtLeast,
        "≤" => IndicatorOperator.AtMost,
        "=" => IndicatorOperator.Equal,
        ">" => IndicatorOperator.Above,
        "<" => IndicatorOperator.Below,
        _ => IndicatorOperator.Qualitative,
    };

    private static decimal? Number(string? cell) => Amount.TryParseNumber(cell, out var value) ? value : null;

    private static (int Index, string? Text) FirstText(IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i].Trim();
            if (cell.Length > 0) return (i, cell);
        }

        return (-1, null);
    }

    /// <summary>The first non-empty cell after the cell that starts with <paramref name="label"/>.</summary>
    private static string? CellAfter(IReadOnlyList<string> cells, string label)
    {
        var at = IndexOf(cells, c => c.StartsWith(label, StringComparison.Ordinal));
        if (at < 0) return null;
        for (var i = at + 1; i < cells.Count; i++)
        {
            if (cells[i].Trim().Length > 0) return cells[i].Trim();
        }

        return null;
    }

    private static int IndexOf(IReadOnlyList<string> cells, Func<string, bool> predicate)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (predicate(cells[i].Trim())) return i;
        }

        return -1;
    }

    // Any two-character piece of 项目联系人/联系电话, so that a label that lost a character still ends the row.
    [GeneratedRegex("项目联|联系|联人|系人|电话|手机")]
    private static partial Regex ContactLabel();

    [GeneratedRegex(@"(?<![\d.])\d{7,11}(?![\d.])")]
    private static partial Regex PhoneLike();
}
