using System.Globalization;

namespace Outflow.Extraction.Figures;

/// <summary>Reads written numbers: digit groups with comma, dot or space separators, decimal commas, and scale words.</summary>
public static class NumberReader
{
    /// <summary>
    /// Reads a run of digits and separators ("370,000", "130.000", "460 000", "1,2", "0.246013", "3,13,000").
    /// </summary>
    /// <param name="hasScale">A scale word follows ("million"): then a dot or a comma before 1-2 digits is a decimal mark.</param>
    public static bool TryReadDigits(string s, bool hasScale, out double value)
    {
        value = 0;
        s = s.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2009', ' ');
        // "12'500": the Swiss thousands mark
        if (s.AsSpan().IndexOfAny('\'', '’') >= 0) s = s.Replace("'", "").Replace("’", "");
        if (s.Length == 0) return false;
        int commas = s.AsSpan().Count(','), dots = s.AsSpan().Count('.');
        string normalized;
        if (commas > 0 && dots > 0)
        {
            // "1,234.5" or "1.234,5": the later mark is the decimal one
            bool dotDecimal = s.LastIndexOf('.') > s.LastIndexOf(',');
            normalized = dotDecimal ? s.Replace(",", "") : s.Replace(".", "").Replace(',', '.');
        }
        else if (commas > 0)
        {
            var groups = s.Split(',');
            if (IsSouthAsianGrouping(groups)) return double.TryParse(s.Replace(",", ""), NumberStyles.None, CultureInfo.InvariantCulture, out value);
            bool thousands = groups.Skip(1).All(g => g.Length == 3) && groups[0].Length <= 3;
            normalized = thousands && !(hasScale && commas == 1 && groups[1].Length != 3) ? s.Replace(",", "") : s.Replace(',', '.');
            if (!thousands && commas > 1) return false;
        }
        else if (dots > 0)
        {
            var groups = s.Split('.');
            bool thousands = !hasScale && groups.Skip(1).All(g => g.Length == 3) && groups[0].Length <= 3 && groups[0] != "0";
            if (dots > 1 && !thousands) return false;
            normalized = thousands ? s.Replace(".", "") : s;
        }
        else normalized = s;
        normalized = normalized.Replace(" ", "");
        return double.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>"3,13,000", "12,34,567": the last group of three, two-digit groups before it (lakh, crore), one or two digits first.</summary>
    private static bool IsSouthAsianGrouping(string[] groups) =>
        groups.Length >= 3 && groups[^1].Length == 3 && groups[0].Length is 1 or 2
        && groups[1..^1].All(g => g.Length == 2) && groups.All(g => g.All(char.IsAsciiDigit));
}
