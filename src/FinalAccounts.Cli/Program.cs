using System.CommandLine;
using System.Text;
using FinalAccounts.Cli.Commands;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("Final-accounts (决算) reports → exact, checked SQLite snapshots.")
{
    BuildCommand.Create(),   // reports folder → snapshot file
    ParseCommand.Create(),   // one report → what it yields, as text or JSON
    DemoCommand.Create(),    // synthetic demo snapshot at scale
};
return await root.Parse(args).InvokeAsync();
