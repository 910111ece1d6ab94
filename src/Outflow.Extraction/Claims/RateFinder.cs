using System.Text.RegularExpressions;
using Outflow.Core.Claims;
using Outflow.Extraction.Figures;
using Outflow.Extraction.Knowledge;

namespace Outflow.Extraction.Claims;

/// <summary>Finds the stated rate of a figure ("10,000 a day", "daily", "every month"), or none for a total.</summary>
internal sealed partial class RateFinder(Cues cues)
{
    [GeneratedRegex(@"\b(?:in|on|during)\s+(?:a|one|a single)\s+(?:day|week|month)\b|\b(?:a|one)\s+(?:day|week|month|year)\s+(?:after|before|earlier|later|ago|previously|on)\b|\ba\s+(?:day|week)\s+(?:and a half|or two|or so)\b|\b(?:business|financial|national|regional|local|the)\s+daily\b|\b(?:last|this|next|the|that)\s+(?:day|week|month|year)\b|\bupdated\s+daily\b|\bdaily\s+(?-i:\p{Lu})|\b(?:daily|weekly|monthly)\s+(?:updates?|updated|reports?|briefings?|statistics|figures?|records?|totals?|highs?|peaks?|counts?|numbers?|lows?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotARate();

    [GeneratedRegex(@"\b(?<r>daily|weekly|monthly)\s+(?:arrivals|entries|crossings|departures|returns|deportations|numbers|averages?|average)\b[^.;,]*$", RegexOptions.IgnoreCase)]
    private static partial Regex RatedCountBefore();

    // (not "5,000-6,000 a day before the decree": a rate, dated)
    [GeneratedRegex(@"^\s+(?:earlier|ago|later|previously|before(?=\s*(?:[,.;)]|$)))", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierAfter();

    [GeneratedRegex(@"\b(?:daily|weekly)\s+(?:this|last|that|the past|the previous)\s+(?:week|month|year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DailyThisWeek();

    [GeneratedRegex(@"\b(?:peaked|peak|record|highest|lowest|high|low)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OneDay();

    public Rate? Find(string s, Figure f, int lo, int hi, WordStarts sentenceStarts)
    {
        var after = s[f.End..Math.Min(hi, Math.Min(s.Length, f.End + 90))];
        var before = s[Math.Max(lo, f.Start - 30)..f.Start];
        var afterStarts = WordStarts.Of(after);
        foreach (var (rate, rx) in cues.Rates)
        {
            foreach (var (index, length) in rx.Matches(after, afterStarts))
            {
                var value = after.AsSpan(index, length);
                // "told Vltava Daily": a capitalised "Daily" is a newspaper's name (and "the Beirut daily L'Orient Soir" a lower-case one)
                if (char.IsUpper(value[0]) && value.Length > 1 && char.IsLower(value[1]) && index > 0) continue;
                var ctx = after.AsSpan()[Math.Max(0, index - 12)..Math.Min(after.Length, index + length + 12)];
                // "1,800 a day before the elections": right after the figure it is the rate, not "a day before"
                bool adjacent = index <= 1;
                // ("down from about 3.1m a year earlier": next to the figure, but a time before, not a rate)
                if (adjacent && EarlierAfter().IsMatch(after.AsSpan(index + length))) continue;
                // ("1,500 to 2,000 arrivals daily this week": "daily" is the rate, whatever week it falls in)
                bool plainAdverb = value.Equals("daily", StringComparison.OrdinalIgnoreCase) || value.Equals("weekly", StringComparison.OrdinalIgnoreCase);
                if (!adjacent && !(plainAdverb && DailyThisWeek().IsMatch(ctx)) && NotARate().IsMatch(ctx) && !value.Contains("every", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("per", StringComparison.OrdinalIgnoreCase)) continue;
                return rate;
            }
            if (rx.TryMatch(before, 0, out int bi, out int bl) && before.AsSpan(bi, bl).Equals("daily", StringComparison.OrdinalIgnoreCase) && !OneDay().IsMatch(before)) return rate;
        }
        // "Daily arrivals have been running at 7 000-8 600": a rated count named before the figure, in its clause
        // (not "Daily arrivals peaked at more than 28,000 on 27 September": one day's count)
        if (RatedCountBefore().Match(s, Math.Max(lo, f.Start - 60), f.Start - Math.Max(lo, f.Start - 60)) is { Success: true } rc && !OneDay().IsMatch(rc.ValueSpan))
            return rc.Groups["r"].Value.ToLowerInvariant() switch { "daily" => Rate.Day, "weekly" => Rate.Week, _ => Rate.Month };
        // "On an average day last month, about 2,100 entered ... and about 600 went back": the sentence's lead governs all its figures
        var lead = s.AsSpan(0, f.Start);
        foreach (var (rate, rx) in cues.RatesBefore)
            if (rx.TryMatch(lead, 0, sentenceStarts, out _, out _)) return rate;
        return null;
    }
}
