using System.Data.Common;
using System.Globalization;
using Outflow.Core.Claims;
using Outflow.Core.Dates;
using Outflow.Store.Model;

namespace Outflow.Store.Sql;

/// <summary>How a claim maps to the columns of the claims table, both ways.</summary>
internal static class ClaimColumns
{
    /// <summary>The columns reads select, in the order <see cref="Read"/> expects (c = claims, d = documents).</summary>
    public const string Select =
        "c.doc, c.text, c.quote, c.measure, c.unit, c.per, c.low, c.high, c.qualifier, c.origin, c.destination, c.place, c.population, " +
        "c.from_date, c.to_date, c.source, c.span_start, c.span_end, c.confidence, c.status, c.extractor_version, d.title, c.original, d.published";

    public const string Effective =
        "text = @text, quote = @quote, measure = @measure, unit = @unit, per = @per, low = @low, high = @high, qualifier = @qualifier, " +
        "origin = @origin, destination = @destination, place = @place, population = @population, from_date = @from_date, to_date = @to_date, " +
        "to_first = @to_first, to_last = @to_last, source = @source, status = @status";

    public const string Insert =
        "INSERT INTO claims (id, document_id, doc, seq, text, quote, measure, unit, per, low, high, qualifier, origin, destination, place, population, " +
        "from_date, to_date, to_first, to_last, source, span_start, span_end, confidence, status, original, extractor_version) VALUES " +
        "(@id, @document_id, @doc, @seq, @text, @quote, @measure, @unit, @per, @low, @high, @qualifier, @origin, @destination, @place, @population, " +
        "@from_date, @to_date, @to_first, @to_last, @source, @span_start, @span_end, @confidence, @status, @original, @extractor_version) " +
        "ON CONFLICT (id) DO NOTHING";

    public static readonly string[] EffectiveParams =
        ["@text", "@quote", "@measure", "@unit", "@per", "@low", "@high", "@qualifier", "@origin", "@destination", "@place", "@population",
         "@from_date", "@to_date", "@to_first", "@to_last", "@source", "@status"];

    public static void AddParams(DbCommand cmd, IEnumerable<string> names)
    {
        foreach (var n in names) Db.Param(cmd, n, null);
    }

    /// <summary>Binds the reviewed values of a claim; the sentinel "" for a missing to-date keeps `to` sortable the same way on both backends.</summary>
    public static void BindEffective(DbCommand cmd, Claim c, ClaimStatus status)
    {
        Db.Set(cmd, "@text", c.Text);
        Db.Set(cmd, "@quote", c.Quote);
        Db.Set(cmd, "@measure", EnumNames.Name(c.Measure));
        Db.Set(cmd, "@unit", EnumNames.Name(c.Unit));
        Db.Set(cmd, "@per", c.Per is { } p ? EnumNames.Name(p) : null);
        Db.Set(cmd, "@low", c.Low);
        Db.Set(cmd, "@high", c.High);
        Db.Set(cmd, "@qualifier", EnumNames.Name(c.Qualifier));
        Db.Set(cmd, "@origin", c.Origin);
        Db.Set(cmd, "@destination", c.Destination);
        Db.Set(cmd, "@place", c.Place);
        Db.Set(cmd, "@population", EnumNames.Name(c.Population));
        Db.Set(cmd, "@from_date", c.From?.ToString());
        Db.Set(cmd, "@to_date", c.To?.ToString());
        Db.Set(cmd, "@to_first", c.To is { } t ? Iso(t.First) : null);
        Db.Set(cmd, "@to_last", c.To is { } u ? Iso(u.Last) : "");
        Db.Set(cmd, "@source", c.Source);
        Db.Set(cmd, "@status", StatusName(status));
    }

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string StatusName(ClaimStatus s) => s.ToString().ToLowerInvariant();

    public static ClaimStatus ParseStatus(string s) => Enum.TryParse<ClaimStatus>(s, true, out var v) ? v : ClaimStatus.Unreviewed;

    public static StoredClaim Read(DbDataReader r)
    {
        PartialDate? D(int i) => PartialDate.TryParse(Db.Str(r, i), out var d) ? d : null;
        EnumNames.TryParse<Measure>(r.GetString(3), out var measure);
        EnumNames.TryParse<CountUnit>(r.GetString(4), out var unit);
        Rate? per = EnumNames.TryParse<Rate>(Db.Str(r, 5), out var p) ? p : null;
        EnumNames.TryParse<Qualifier>(r.GetString(8), out var q);
        EnumNames.TryParse<Population>(r.GetString(12), out var pop);
        var claim = new Claim
        {
            Doc = r.GetString(0), Text = r.GetString(1), Quote = r.GetString(2), Measure = measure, Unit = unit, Per = per,
            Low = Db.Dbl(r, 6), High = Db.Dbl(r, 7), Qualifier = q, Origin = Db.Str(r, 9), Destination = Db.Str(r, 10),
            Place = Db.Str(r, 11), Population = pop, From = D(13), To = D(14), Source = Db.Str(r, 15),
            Start = Convert.ToInt32(r.GetValue(16)), End = Convert.ToInt32(r.GetValue(17)), Confidence = r.GetDouble(18),
        };
        return new StoredClaim(claim, ParseStatus(r.GetString(19)), r.GetString(20), Db.Str(r, 21), r.GetString(22), D(23));
    }
}
