using System.Text.Encodings.Web;
using System.Text.Json;
using Outflow.Core.Claims;
using Outflow.Core.Dates;

namespace Outflow.Core.Json;

/// <summary>Writes and reads claims as the JSON objects ANNOTATION.md defines (one per line).</summary>
public static class ClaimJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static void Write(Utf8JsonWriter w, Claim c, bool extras = true)
    {
        w.WriteStartObject();
        if (extras) w.WriteString("id", c.Id);
        w.WriteString("doc", c.Doc);
        w.WriteString("text", c.Text);
        w.WriteString("quote", c.Quote);
        w.WriteString("measure", EnumNames.Name(c.Measure));
        w.WriteString("unit", EnumNames.Name(c.Unit));
        WriteNullable(w, "per", c.Per is { } p ? EnumNames.Name(p) : null);
        WriteNumber(w, "low", c.Low);
        WriteNumber(w, "high", c.High);
        w.WriteString("qualifier", EnumNames.Name(c.Qualifier));
        WriteNullable(w, "origin", c.Origin);
        WriteNullable(w, "destination", c.Destination);
        WriteNullable(w, "place", c.Place);
        w.WriteString("population", EnumNames.Name(c.Population));
        WriteNullable(w, "from", c.From?.ToString());
        WriteNullable(w, "to", c.To?.ToString());
        WriteNullable(w, "source", c.Source);
        if (extras)
        {
            w.WriteNumber("start", c.Start);
            w.WriteNumber("end", c.End);
            w.WriteNumber("confidence", Math.Round(c.Confidence, 2));
        }
        w.WriteEndObject();
    }

    public static string ToJsonLine(Claim c, bool extras = true)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, WriterOptions)) Write(w, c, extras);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    public static Utf8JsonWriter CreateWriter(Stream s) => new(s, WriterOptions);

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name); else w.WriteString(name, value);
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is null) w.WriteNull(name);
        else if (value == Math.Floor(value.Value) && Math.Abs(value.Value) < 1e15) w.WriteNumber(name, (long)value.Value);
        else w.WriteNumber(name, value.Value);
    }

    /// <summary>Reads one claim object; returns null with a reason when the line is not a valid claim.</summary>
    public static Claim? Parse(string line, out string? error)
    {
        error = null;
        try
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            if (r.ValueKind != JsonValueKind.Object) { error = "not a JSON object"; return null; }
            string? S(string n) => r.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            double? N(string n) => r.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
            PartialDate? D(string n) => PartialDate.TryParse(S(n), out var d) ? d : null;
            if (S("doc") is not { } docName) { error = "missing \"doc\""; return null; }
            if (!EnumNames.TryParse<Measure>(S("measure"), out var measure)) { error = $"unknown measure '{S("measure")}'"; return null; }
            EnumNames.TryParse<CountUnit>(S("unit") ?? "people", out var unit);
            Rate? per = EnumNames.TryParse<Rate>(S("per"), out var p) ? p : null;
            EnumNames.TryParse<Qualifier>(S("qualifier") ?? "exact", out var q);
            EnumNames.TryParse<Population>(S("population") ?? "general", out var pop);
            return new Claim
            {
                Doc = docName,
                Text = S("text") ?? "",
                Quote = S("quote") ?? "",
                Measure = measure,
                Unit = unit,
                Per = per,
                Low = N("low"),
                High = N("high"),
                Qualifier = q,
                Origin = S("origin"),
                Destination = S("destination"),
                Place = S("place"),
                Population = pop,
                From = D("from"),
                To = D("to"),
                Source = S("source"),
                Start = (int)(N("start") ?? 0),
                End = (int)(N("end") ?? 0),
            };
        }
        catch (JsonException ex)
        {
            error = ex.Message;
            return null;
        }
    }
}
