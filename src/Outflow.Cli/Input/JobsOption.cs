using System.CommandLine;

namespace Outflow.Cli.Input;

/// <summary>The <c>--jobs</c> option of the commands that extract: documents extracted at once.</summary>
public static class JobsOption
{
    public static Option<int> Create()
    {
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Documents extracted at once (default: the number of cores); output keeps the input order",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--jobs must be at least 1");
        });
        return jobs;
    }
}
