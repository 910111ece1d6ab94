using System.Buffers;
using System.Text.RegularExpressions;
using Outflow.Core.Dates;

namespace Outflow.Extraction.Dates;

/// <summary>
/// Finds date expressions in a sentence and resolves them to partial dates or periods:
/// absolute ("24 September 2022"), partial ("by early April", "in 2022") and relative to the
/// publication date ("on Tuesday", "last week", "5 days ago"). The reference date is passed in.
/// </summary>
public sealed partial class DateExtractor
{
    // (and in capitals, as headings and table headers write them: "ARRIVALS (13-19 JUNE)"; not "MAY", a word)
    private const string Month = @"(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
        + @"|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?";
    private const string Year = @"(?<year>(?:19|20)\d{2})(?!\d)";
    // "By the evening of 30 September": the time of day stands between the lead and the date
    private const string Lead = @"(?<lead>\b(?i:since|by|as of|as at|before|until|till|through|on|in|during|from|to|between|at the end of|after|of|for)\s+(?:(?i:the)\s+)?(?:(?i:evening|morning|night|afternoon)\s+of\s+)?)?";
    private const string Part = @"(?<part>(?:early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of|middle of)[\s-]*)?";

    [GeneratedRegex(Lead + @"(?<iso>(?:19|20)\d{2}-\d{2}-\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Iso();
    [GeneratedRegex(Lead + @"(?<y>(?:19|20)\d{2})\.(?<m>\d{2})\.(?<d>\d{2})\b|" + Lead + @"(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>(?:19|20)\d{2})\b")]
    private static partial Regex Dotted();
    [GeneratedRegex(Lead + @"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"(?:,?\s+" + Year + ")?")]
    internal static partial Regex DayMonth();
    [GeneratedRegex(Lead + @"\b" + Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?(?![\d.,]\d)(?:,?\s+" + Year + ")?")]
    internal static partial Regex MonthDay();
    [GeneratedRegex(Lead + Part + @"\b" + Month + @"(?:,?\s+(?:of\s+)?" + Year + @")?\b")]
    internal static partial Regex MonthOnly();
    [GeneratedRegex(@"(?<lead>\b(?i:since|by|as of|before|until|through|in|during|from|throughout|all of|of|for|early|late|mid|the end of|end of|the beginning of|the start of|so far in|at the end of)[\s-]+(?:(?i:the)\s+)?)" + Year)]
    internal static partial Regex YearOnly();
    [GeneratedRegex(@"\b(?:(?i:in|during|over)\s+)?(?i:the)\s+(?<ord>(?i:first|second|third|fourth|last|final))\s+(?i:week)\s+of\s+" + Month + @"(?:,?\s+" + Year + ")?")]
    private static partial Regex WeekOfMonth();
    [GeneratedRegex(@"\b(?:(?i:in|during|over)\s+)?(?i:the)\s+(?<ord>first|second)\s+(?:(?<half>half)|(?<quarter>quarter)|(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months)\s+of\s+(?:(?<y>(?:19|20)\d{2})|(?:the|(?<which>this|last))\s+year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfYear();
    [GeneratedRegex(@"(?<lead>\b(?:since|by|on|last|this|before|until|from)\s+)?\b(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex Weekday();
    [GeneratedRegex(@"\b(?:(?<lead>since|by|until|before)\s+)?(?<rel>today|yesterday|tonight|this morning|last night|the day before|(?<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?<u>days?|weeks?|months?)\s+ago|(?:last|this|the previous|the past)\s+(?<p>week|month|year)|(?:the\s+)?(?:past|last|previous)\s+(?<n2>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?<u2>days|weeks|months|years)|(?:earlier|so far|later)\s+this\s+(?<p2>year|month)|(?:the\s+)?(?:start|beginning)\s+of\s+(?:this|the)\s+year|(?:the\s+)?(?:start|beginning)\s+of\s+(?<y3>(?:19|20)\d{2}))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();
    [GeneratedRegex(@"(?<lead>\b(?i:in|during|over|since|by|through|throughout)\s+(?:(?i:the)\s+)?)(?<season>(?i:spring|summer|autumn|winter|fall(?!\s+of\s+(?!(?:19|20)\d\d))))(?:\s+(?i:of\s+)?(?<y>(?:19|20)\d{2}))?\b")]
    private static partial Regex Season();
    private static readonly SearchValues<string> SeasonWords = SearchValues.Create(["spring", "summer", "autumn", "winter", "fall"], StringComparison.OrdinalIgnoreCase);
    [GeneratedRegex(@"\b(?i:between|from)\s+(?<y1>(?:19|20)\d{2})\s+(?i:and|to|until)\s+(?<y2>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex YearSpan();

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Finds and resolves the dates of one sentence.</summary>
    /// <param name="reference">The publication date: relative expressions resolve against it; null leaves them unresolved.</param>
    /// <param name="contextYear">Year for day-month dates with no year when there is no reference date.</param>
    /// <param name="unresolved">When given, receives the spans of day-month dates whose year nothing tells ("on 25
    /// August" with no publication date and no year before): they are no date of a figure, but no figure either.</param>
    public List<DateMention> Find(string s, DateOnly? reference, int? contextYear, List<(int Start, int End)>? unresolved = null) =>
        Find(s, reference, contextYear, fullDatesOnly: false, unresolved);

    /// <summary>
    /// The dates of a line that name a day of a year (what a date line under a headline gives): the same full dates
    /// <see cref="Find(string, DateOnly?, int?)"/> finds with no reference date, without looking for months and years alone.
    /// </summary>
    public List<DateMention> FindFullDates(string s) => Find(s, null, null, fullDatesOnly: true, unresolved: null);

    private List<DateMention> Find(string s, DateOnly? reference, int? contextYear, bool fullDatesOnly, List<(int Start, int End)>? unresolved)
    {
        var found = new List<DateMention>();
        int? sentenceYear = null;
        // Each pattern runs only when the sentence holds what every match of it must contain (a year, a month
        // name, a digit): most sentences hold none, and the patterns start with an optional lead word that
        // makes a full scan slow.
        var span = s.AsSpan();
        bool hasYear = HasYearDigits(span);
        bool hasMonth = span.IndexOfAny(MonthNames) >= 0;
        bool hasDigit = hasYear || HasDigit(span);

        foreach (Match m in Run(Iso(), s, hasYear && span.Contains('-')))
            if (DateOnly.TryParse(m.Groups["iso"].Value, out var d)) Add(found, m, PartialDate.Of(d), PartialDate.Of(d), Role(m, DateRole.Point));
        foreach (Match m in Run(Dotted(), s, hasYear && HasDigitDotDigit(span)))
            if (TryDate(int.Parse(m.Groups["y"].Value), int.Parse(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value), out var d))
                Add(found, m, PartialDate.Of(d), PartialDate.Of(d), Role(m, DateRole.Point));

        // "between 3 and 9 October", "from 3 to 9 October", "19-20 September", "September 3-9": one span of days
        foreach (var rx in new[] { DaySpan(), MonthDaySpan() })
            foreach (Match m in RunNearMonths(rx, s, hasDigit && hasMonth && !fullDatesOnly))
            {
                if (Overlaps(found, m)) continue;
                int mon = MonthIndex(m.Groups["mon"].Value);
                int d1 = int.Parse(m.Groups["d1"].Value), d2 = int.Parse(m.Groups["d2"].Value);
                if (d2 <= d1) continue;
                int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value) : YearFor(mon, d2, reference, sentenceYear ?? contextYear);
                if (year is null || !TryDate(year.Value, mon, d1, out var first) || !TryDate(year.Value, mon, d2, out var last)) continue;
                Add(found, m, PartialDate.Of(first), PartialDate.Of(last), DateRole.Period);
            }

        foreach (var rx in new[] { DayMonth(), MonthDay() })
            foreach (Match m in RunNearMonths(rx, s, hasDigit && hasMonth))
            {
                if (Overlaps(found, m)) continue;
                int mon = MonthIndex(m.Groups["mon"].Value);
                int day = int.Parse(m.Groups["day"].Value);
                int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value) : null;
                if (year is null) year = YearFor(mon, day, reference, sentenceYear ?? contextYear);
                else sentenceYear = year;
                if (year is null)
                {
                    if (day is >= 1 and <= 31) unresolved?.Add((m.Index, m.Index + m.Length));
                    continue;
                }
                if (!TryDate(year.Value, mon, day, out var d)) continue;
                Add(found, m, PartialDate.Of(d), PartialDate.Of(d), Role(m, DateRole.Point));
            }

        foreach (Match m in RunNearMonths(MonthOnly(), s, hasMonth && !fullDatesOnly))
        {
            if (Overlaps(found, m)) continue;
            var monText = m.Groups["mon"].Value;
            // "May" and "March" are also words: only read them as months with a year, a lead or a part word
            if (monText is "May" or "March" or "Mar" or "MARCH" or "MAR" && !m.Groups["year"].Success && !m.Groups["lead"].Success && !m.Groups["part"].Success) continue;
            int mon = MonthIndex(monText);
            int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value) : YearFor(mon, 1, reference, sentenceYear ?? contextYear);
            // "in October last year", "in March this year"
            if (!m.Groups["year"].Success && reference is { } rr && s.AsSpan(m.Index + m.Length).TrimStart() is var next)
                year = next.StartsWith("last year", StringComparison.OrdinalIgnoreCase) ? rr.Year - 1 : next.StartsWith("this year", StringComparison.OrdinalIgnoreCase) ? rr.Year : year;
            if (m.Groups["year"].Success) sentenceYear = year;
            if (year is null) continue;
            var p = new PartialDate(year.Value, mon);
            // "by the end of August": month precision, as the annotation guide asks
            Add(found, m, p, p, Role(m, DateRole.Period));
        }

        // "in the first week of May", "the last week of January": seven days of a month
        foreach (Match m in Run(WeekOfMonth(), s, hasMonth && !fullDatesOnly && span.Contains("week of", StringComparison.OrdinalIgnoreCase)))
        {
            if (Overlaps(found, m)) continue;
            int mon = MonthIndex(m.Groups["mon"].Value);
            int? y = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value) : YearFor(mon, 1, reference, sentenceYear ?? contextYear);
            if (y is null) continue;
            int days = DateTime.DaysInMonth(y.Value, mon);
            int first = m.Groups["ord"].Value.ToLowerInvariant() switch { "first" => 1, "second" => 8, "third" => 15, "fourth" => 22, _ => days - 6 };
            Add(found, m, new PartialDate(y.Value, mon, first), new PartialDate(y.Value, mon, first + 6), DateRole.Period);
        }

        // "in the first half of the year", "the first nine months of 2023": a span of months
        foreach (Match m in Run(PartOfYear(), s, !fullDatesOnly && (span.Contains("half", StringComparison.OrdinalIgnoreCase) || span.Contains("months of", StringComparison.OrdinalIgnoreCase) || span.Contains("quarter", StringComparison.OrdinalIgnoreCase))))
        {
            if (Overlaps(found, m)) continue;
            int? y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value)
                : reference is { } r0 ? (m.Groups["which"].Value.Equals("last", StringComparison.OrdinalIgnoreCase) ? r0.Year - 1 : r0.Year) : sentenceYear ?? contextYear;
            if (y is null) continue;
            int n = m.Groups["half"].Success ? 6 : m.Groups["quarter"].Success ? 3 : WordNumber(m.Groups["n"].Value);
            if (n is < 1 or > 12) continue;
            bool second = m.Groups["ord"].Value.Equals("second", StringComparison.OrdinalIgnoreCase);
            int first = second ? 12 - n + 1 : 1;
            if (m.Groups["quarter"].Success && second) first = 4;
            int last = m.Groups["quarter"].Success && second ? 6 : first + n - 1;
            Add(found, m, new PartialDate(y.Value, first), new PartialDate(y.Value, last), DateRole.Period);
        }

        // "in the autumn", "during the summer of 2023": three months (northern seasons), the latest one begun by the reference date
        foreach (Match m in Run(Season(), s, !fullDatesOnly && span.IndexOfAny(SeasonWords) >= 0))
        {
            if (Overlaps(found, m)) continue;
            var season = m.Groups["season"].Value.ToLowerInvariant();
            int start = season switch { "spring" => 3, "summer" => 6, "winter" => 12, _ => 9 };
            int? y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : null;
            if (y is null && reference is { } rs) y = start == 12 ? (rs.Month == 12 ? rs.Year : rs.Year - 1) : (start > rs.Month ? rs.Year - 1 : rs.Year);
            y ??= sentenceYear ?? contextYear;
            if (y is null) continue;
            var from = new PartialDate(y.Value, start);
            var to = start == 12 ? new PartialDate(y.Value + 1, 2) : new PartialDate(y.Value, start + 2);
            Add(found, m, from, to, Role(m, DateRole.Period));
        }

        // "between 2018 and 2023", "from 2015 to 2019": one span of years
        foreach (Match m in Run(YearSpan(), s, hasYear && !fullDatesOnly && (span.Contains("between", StringComparison.OrdinalIgnoreCase) || span.Contains("from", StringComparison.OrdinalIgnoreCase))))
        {
            if (Overlaps(found, m)) continue;
            int y1 = int.Parse(m.Groups["y1"].Value), y2 = int.Parse(m.Groups["y2"].Value);
            if (y2 <= y1) continue;
            Add(found, m, new PartialDate(y1), new PartialDate(y2), DateRole.Period);
        }
        foreach (Match m in hasYear && !fullDatesOnly ? NearYears(s) : [])
        {
            if (Overlaps(found, m)) continue;
            int year = int.Parse(m.Groups["year"].Value);
            var y = new PartialDate(year);
            // "in the 1980s": the decade
            if (year % 10 == 0 && m.Index + m.Length < s.Length && s[m.Index + m.Length] == 's')
            {
                Add(found, m, y, new PartialDate(year + 9), Role(m, DateRole.Period));
                continue;
            }
            Add(found, m, y, y, Role(m, DateRole.Period));
        }

        if (reference is { } refDate)
        {
            foreach (Match m in Run(Weekday(), s, span.Contains("day", StringComparison.Ordinal)))
            {
                if (Overlaps(found, m)) continue;
                var wd = Enum.Parse<DayOfWeek>(m.Groups["wd"].Value);
                int back = ((int)refDate.DayOfWeek - (int)wd + 7) % 7;
                var lead = m.Groups["lead"].Value.Trim().ToLowerInvariant();
                if (lead == "last" && back == 0) back = 7;
                var d = PartialDate.Of(refDate.AddDays(-back));
                Add(found, m, d, d, lead switch { "since" or "from" => DateRole.Since, "by" or "before" or "until" => DateRole.By, _ => DateRole.Point }, relative: true);
            }
            foreach (Match m in Run(Relative(), s, span.IndexOfAny(RelativeWords) >= 0 || span.IndexOfAny(CaseFoldedAscii) >= 0))
            {
                if (Overlaps(found, m)) continue;
                var (from, to, role) = ResolveRelative(m, refDate);
                if (from is null) continue;
                var lead = m.Groups["lead"].Value.ToLowerInvariant();
                if (lead == "since") role = DateRole.Since;
                else if (lead is "by" or "until" or "before") role = DateRole.By;
                Add(found, m, from.Value, to!.Value, role, relative: true);
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        if (found.Count > 1 && !fullDatesOnly) MergeSpans(s, found);
        return found;
    }

    /// <summary>"between 23 September and 2 October", "from 1 March to 15 April": two dates that bound one period.</summary>
    private static void MergeSpans(string s, List<DateMention> found)
    {
        for (int i = 0; i + 1 < found.Count; i++)
        {
            var (a, b) = (found[i], found[i + 1]);
            if (a.Relative || b.Relative || b.From.First < a.From.First) continue;
            // ("15 Apr - 17 Jun": two dates joined by a dash bound a period with no word before them)
            var join = s.AsSpan(a.End, Math.Max(0, b.Start - a.End));
            // (and "Jan-Feb 2023": two months, the year written after the second)
            bool dash = DashJoin().IsMatch(join) && (a.From.IsFullDate && b.From.IsFullDate || IsMonth(a.From) && IsMonth(b.From) && a.From.Year == b.From.Year);
            if (!dash && !SpanJoin().IsMatch(join)) continue;
            var lead = s.AsSpan(a.Start, a.End - a.Start);
            bool between = lead.StartsWith("between", StringComparison.OrdinalIgnoreCase);
            bool from = lead.StartsWith("from", StringComparison.OrdinalIgnoreCase);
            if (!dash && !between && !(from && b.Role == DateRole.By)) continue;
            found[i] = new DateMention(a.Start, b.End, a.From, b.To, DateRole.Period, false);
            found.RemoveAt(i + 1);
        }
    }

    private static bool IsMonth(PartialDate d) => d.Month is not null && d.Day is null;

    [GeneratedRegex(@"^\s*(?:and|to|until|till|through)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SpanJoin();

    [GeneratedRegex(@"^\s*[-–—]\s*$")]
    private static partial Regex DashJoin();

    [GeneratedRegex(@"\b(?:(?i:between|from)\s+)?(?<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:(?i:and|to|until|till|through)\s+|[-–]\s*)(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:(?i:of)\s+)?" + Month + @"(?:,?\s+" + Year + ")?")]
    private static partial Regex DaySpan();

    [GeneratedRegex(@"\b(?:(?i:between|from)\s+)?" + Month + @"\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?\s*(?:(?i:and|to|until|till|through)\s+|[-–]\s*)(?<d2>\d{1,2})(?:st|nd|rd|th)?(?![\d.,]\d)(?:,?\s+" + Year + ")?")]
    private static partial Regex MonthDaySpan();

    private static IEnumerable<Match> Run(Regex rx, string s, bool mayMatch) => mayMatch ? rx.Matches(s) : [];

    // words a lead ("at the end of the") and a part ("the beginning of") put before a month, or a lead and a day
    // ("24th of") at most: the month patterns match only that near a month name
    private const int MonthLeadWords = 8;

    // "at the end of" before a year at most
    private const int YearLeadWords = 4;

    private static IEnumerable<Match> RunNearMonths(Regex rx, string s, bool mayMatch) => mayMatch ? NearMonths(rx, s) : [];

    /// <summary>The matches of a month pattern (<see cref="DayMonth"/>, <see cref="MonthDay"/>, <see cref="MonthOnly"/>), as rx.Matches(s) finds them.</summary>
    internal static IEnumerable<Match> NearMonths(Regex rx, string s) => LeadWindow.Matches(rx, s, NextMonthName, MonthLeadWords);

    /// <summary>The matches of <see cref="YearOnly"/>, as YearOnly().Matches(s) finds them.</summary>
    internal static IEnumerable<Match> NearYears(string s) => LeadWindow.Matches(YearOnly(), s, NextYear, YearLeadWords);

    private static int NextMonthName(string s, int from)
    {
        int k = s.AsSpan(from).IndexOfAny(MonthNames);
        return k < 0 ? -1 : from + k;
    }

    // the next (?:19|20)\d{2}
    private static int NextYear(string s, int from)
    {
        for (int i = from; i + 3 < s.Length; i++)
        {
            int k = s.AsSpan(i, s.Length - 3 - i).IndexOfAny('1', '2');
            if (k < 0) return -1;
            i += k;
            if ((s[i] == '1' ? s[i + 1] == '9' : s[i + 1] == '0') && char.IsDigit(s[i + 2]) && char.IsDigit(s[i + 3])) return i;
        }
        return -1;
    }

    // every month alternative of the Month pattern starts with one of these (case-sensitive)
    private static readonly SearchValues<string> MonthNames =
        SearchValues.Create(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            "JAN", "FEB", "MAR", "APR", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], StringComparison.Ordinal);

    // every expression of the Relative pattern holds one of these words
    private static readonly SearchValues<string> RelativeWords = SearchValues.Create(
        ["today", "yesterday", "tonight", "morning", "night", "before", "ago", "week", "month", "year", "start", "beginning"], StringComparison.OrdinalIgnoreCase);

    // letters a case-insensitive regex also matches for ASCII letters (Kelvin sign, dotted and dotless i, long s)
    private static readonly SearchValues<char> CaseFoldedAscii = SearchValues.Create("\u212A\u0130\u0131\u017F");

    /// <summary>Whether the text holds (?:19|20)\d{2}, what the year of every numeric date holds.</summary>
    internal static bool HasYearDigits(ReadOnlySpan<char> s)
    {
        for (int i = 0; i + 3 < s.Length; i++)
        {
            int k = s[i..^3].IndexOfAny('1', '2');
            if (k < 0) return false;
            i += k;
            if ((s[i] == '1' ? s[i + 1] == '9' : s[i + 1] == '0') && char.IsDigit(s[i + 2]) && char.IsDigit(s[i + 3])) return true;
        }
        return false;
    }

    // \d\.\d: what every dotted date holds
    private static bool HasDigitDotDigit(ReadOnlySpan<char> s)
    {
        for (int i = s.IndexOf('.'); i >= 0; )
        {
            if (i > 0 && i + 1 < s.Length && char.IsDigit(s[i - 1]) && char.IsDigit(s[i + 1])) return true;
            int next = s[(i + 1)..].IndexOf('.');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    // \d: any Unicode decimal digit
    private static bool HasDigit(ReadOnlySpan<char> s)
    {
        if (s.IndexOfAnyInRange('0', '9') >= 0) return true;
        if (s.IndexOfAnyExceptInRange('\0', '\u007F') < 0) return false;
        foreach (var c in s)
            if (char.IsDigit(c)) return true;
        return false;
    }

    /// <summary>The latest explicit year in a sentence, to carry as context to the next ones.</summary>
    public static int? LastExplicitYear(IEnumerable<DateMention> mentions, string s)
    {
        int? y = null;
        foreach (var m in mentions)
            if (!m.Relative && s.AsSpan(m.Start, m.End - m.Start).IndexOfAny("0123456789") >= 0 && m.To.Year > 1900)
                if (HasYearDigits(s.AsSpan(m.Start, m.End - m.Start))) y = m.To.Year;
        return y;
    }

    private static (PartialDate? From, PartialDate? To, DateRole Role) ResolveRelative(Match m, DateOnly r)
    {
        var t = m.Groups["rel"].Value.ToLowerInvariant();
        if (t is "today" or "tonight" or "this morning") return (PartialDate.Of(r), PartialDate.Of(r), DateRole.Point);
        if (t is "yesterday" or "last night" or "the day before") return (PartialDate.Of(r.AddDays(-1)), PartialDate.Of(r.AddDays(-1)), DateRole.Point);
        if (m.Groups["n"].Success)
        {
            int n = WordNumber(m.Groups["n"].Value);
            var u = m.Groups["u"].Value.ToLowerInvariant();
            var d = u.StartsWith("day") ? r.AddDays(-n) : u.StartsWith("week") ? r.AddDays(-7 * n) : r.AddMonths(-n);
            var p = u.StartsWith("month") ? new PartialDate(d.Year, d.Month) : PartialDate.Of(d);
            return (p, p, DateRole.Point);
        }
        if (m.Groups["n2"].Success)
        {
            // "over the past two months": up to the reference date
            int n = WordNumber(m.Groups["n2"].Value);
            var u = m.Groups["u2"].Value.ToLowerInvariant();
            var d = u.StartsWith("day") ? r.AddDays(-n) : u.StartsWith("week") ? r.AddDays(-7 * n) : u.StartsWith("month") ? r.AddMonths(-n) : r.AddYears(-n);
            return (PartialDate.Of(d), PartialDate.Of(r), DateRole.Period);
        }
        if (m.Groups["y3"].Success) { var y = int.Parse(m.Groups["y3"].Value); return (new PartialDate(y, 1, 1), PartialDate.Of(r), DateRole.Since); }
        if (t.Contains("start of") || t.Contains("beginning of")) return (new PartialDate(r.Year, 1, 1), PartialDate.Of(r), DateRole.Since);
        var unit = m.Groups["p"].Success ? m.Groups["p"].Value : m.Groups["p2"].Value;
        bool last = t.StartsWith("last") || t.StartsWith("the previous");
        bool past = t.StartsWith("the past");
        switch (unit.ToLowerInvariant())
        {
            case "week":
                int monday = ((int)r.DayOfWeek + 6) % 7;
                var thisMonday = r.AddDays(-monday);
                if (past) return (PartialDate.Of(r.AddDays(-7)), PartialDate.Of(r), DateRole.Period);
                return last
                    ? (PartialDate.Of(thisMonday.AddDays(-7)), PartialDate.Of(thisMonday.AddDays(-1)), DateRole.Period)
                    : (PartialDate.Of(thisMonday), PartialDate.Of(r), DateRole.Period);
            case "month":
                var pm = last ? r.AddMonths(-1) : r;
                if (past) return (PartialDate.Of(r.AddMonths(-1)), PartialDate.Of(r), DateRole.Period);
                return last ? (new PartialDate(pm.Year, pm.Month), new PartialDate(pm.Year, pm.Month), DateRole.Period)
                    : (new PartialDate(r.Year, r.Month, 1), PartialDate.Of(r), DateRole.Period);
            case "year":
                if (past) return (PartialDate.Of(r.AddYears(-1)), PartialDate.Of(r), DateRole.Period);
                return last ? (new PartialDate(r.Year - 1), new PartialDate(r.Year - 1), DateRole.Period)
                    : (new PartialDate(r.Year, 1, 1), PartialDate.Of(r), DateRole.Period);
        }
        return (null, null, DateRole.Point);
    }

    private static int WordNumber(string w) => int.TryParse(w, out var n) ? n : w.ToLowerInvariant() switch
    {
        "one" or "a" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, _ => 1,
    };

    private static int? YearFor(int month, int day, DateOnly? reference, int? contextYear)
    {
        if (reference is { } r)
        {
            // a day-month without a year is the latest such day on or before publication (news speaks of the recent past)
            var y = r.Year;
            if (month > r.Month || month == r.Month && day > r.Day) y--;
            return y;
        }
        return contextYear;
    }

    private static DateRole Role(Match m, DateRole fallback)
    {
        var lead = m.Groups["lead"].Value.Trim().ToLowerInvariant();
        if (lead.EndsWith(" of") && (lead.Contains(" evening ") || lead.Contains(" morning ") || lead.Contains(" night ") || lead.Contains(" afternoon "))) lead = lead[..lead.IndexOf(' ')];
        if (lead.EndsWith(" the")) lead = lead[..^4].Trim();
        return lead switch
        {
            "since" or "from" or "after" => DateRole.Since,
            "by" or "as of" or "as at" or "before" or "until" or "till" or "through" or "to" or "at the end of" => DateRole.By,
            "on" => DateRole.Point,
            "in" or "during" or "throughout" or "all of" or "for" or "of" => fallback == DateRole.Point ? DateRole.Point : DateRole.Period,
            _ => fallback,
        };
    }

    private static void Add(List<DateMention> into, Match m, PartialDate from, PartialDate to, DateRole role, bool relative = false) =>
        into.Add(new DateMention(m.Index, m.Index + m.Length, from, to, role, relative));

    private static bool Overlaps(List<DateMention> found, Match m) =>
        found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length);

    private static int MonthIndex(string s) => Array.IndexOf(Months, s[..3].ToLowerInvariant()) + 1;

    private static bool TryDate(int y, int m, int d, out DateOnly date)
    {
        date = default;
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }
}
