namespace Outflow.Core.Csv;

/// <summary>A minimal RFC 4180 CSV writer: fields quoted when they hold a comma, quote or line break.</summary>
public sealed class CsvOut(TextWriter writer)
{
    private bool _first = true;

    public void WriteField(object? value)
    {
        if (!_first) writer.Write(',');
        _first = false;
        var s = value switch { null => "", IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture), _ => value.ToString() ?? "" };
        // a leading =, +, - or @ would run as a formula in a spreadsheet: text from documents is untrusted
        if (s.Length > 0 && s[0] is '=' or '+' or '@' && value is string) s = "'" + s;
        if (s.AsSpan().IndexOfAny(",\"\r\n") >= 0) writer.Write($"\"{s.Replace("\"", "\"\"")}\"");
        else writer.Write(s);
    }

    public void NextRecord()
    {
        writer.Write("\r\n");
        _first = true;
    }

    public void Flush() => writer.Flush();
}
