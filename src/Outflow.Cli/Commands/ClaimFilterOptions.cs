using System.CommandLine;
using Outflow.Store.Model;

namespace Outflow.Cli.Commands;

/// <summary>The claim filters `claims` and `export` share, turned into a <see cref="ClaimQuery"/>.</summary>
public sealed class ClaimFilterOptions
{
    public Option<string?> Origin { get; } = new("--origin") { Description = "ISO code of the country people leave (RU)" };
    public Option<string?> Destination { get; } = new("--destination") { Description = "ISO or group code of the destination (KZ, EU)" };
    public Option<string?> Measure { get; } = new("--measure") { Description = "departures, arrivals, residents, asylum, returns, mobilized or queue" };
    public Option<string?> Population { get; } = new("--population") { Description = "general, men, it_workers, journalists, millionaires, pregnant_women, reservists, other" };
    public Option<string?> From { get; } = new("--from") { Description = "Claims dated (as of) on or after this date: YYYY, YYYY-MM or YYYY-MM-DD" };
    public Option<string?> To { get; } = new("--to") { Description = "Claims dated (as of) on or before this date" };
    public Option<string?> Source { get; } = new("--source") { Description = "Source name contains this text" };
    public Option<string?> Search { get; } = new("--search") { Description = "Quote, figure, source or document contains this text" };
    public Option<string?> Status { get; } = new("--status") { Description = "unreviewed, accepted, rejected or corrected" };

    public void AddTo(Command cmd)
    {
        foreach (var o in new Option[] { Origin, Destination, Measure, Population, From, To, Source, Search, Status }) cmd.Add(o);
    }

    /// <summary>Builds the query; a bad value is an <see cref="ArgumentException"/> that names the option.</summary>
    public ClaimQuery Query(ParseResult r) => ClaimQueryParser.Parse(r.GetValue(Origin), r.GetValue(Destination), r.GetValue(Measure),
        r.GetValue(Population), r.GetValue(From), r.GetValue(To), r.GetValue(Source), r.GetValue(Search), r.GetValue(Status));
}
