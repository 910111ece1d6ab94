using System.CommandLine;
using System.Globalization;
using Outflow.Core.Claims;
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
    public ClaimQuery Query(ParseResult r)
    {
        Measure? measure = null;
        if (r.GetValue(Measure) is { } m)
            measure = EnumNames.TryParse<Measure>(m, out var mv) && Enum.IsDefined(mv) ? mv : throw new ArgumentException($"--measure: '{m}' is not a measure");
        Population? population = null;
        if (r.GetValue(Population) is { } p)
            population = EnumNames.TryParse<Population>(p, out var pv) && Enum.IsDefined(pv) ? pv : throw new ArgumentException($"--population: '{p}' is not a population");
        ClaimStatus? status = null;
        if (r.GetValue(Status) is { } s)
            status = Enum.TryParse<ClaimStatus>(s, true, out var sv) && Enum.IsDefined(sv) ? sv : throw new ArgumentException($"--status: '{s}' is not a status");
        return new ClaimQuery
        {
            Origin = r.GetValue(Origin), Destination = r.GetValue(Destination), Measure = measure, Population = population,
            From = Date("--from", r.GetValue(From), first: true), To = Date("--to", r.GetValue(To), first: false),
            Source = r.GetValue(Source), Search = r.GetValue(Search), Status = status,
        };
    }

    private static DateOnly? Date(string option, string? value, bool first)
    {
        if (value is null) return null;
        if (Outflow.Core.Dates.PartialDate.TryParse(value, out var d)) return first ? d.First : d.Last;
        throw new ArgumentException($"{option}: '{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    public static string Number(double? v) => v?.ToString("#,0.#", CultureInfo.InvariantCulture) ?? "-";
}
