using System.CommandLine;
using Outflow.Cli.Commands;

var root = new RootCommand("Outflow: turn reports about people leaving a country into a source-cited evidence base of figures")
{
    ExtractCommand.Create(),
    EvalCommand.Create(),
    IngestCommand.Create(),
    ClaimsCommand.Create(),
    ShowCommand.Create(),
    ReviewCommand.Create(),
    ExportCommand.Create(),
    EstimateCommand.Create(),
    ServeCommand.Create(),
    DemoCommand.Create(),
    BenchCommand.Create(),
};
return root.Parse(args).Invoke();
