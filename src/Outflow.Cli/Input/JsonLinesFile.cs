namespace Outflow.Cli.Input;

/// <summary>
/// The non-blank lines of a JSON Lines file with their line numbers, for readers that report a bad line as
/// file:line and go on. A file that cannot be read (at open or midway) is reported once, naming what it held.
/// </summary>
public static class JsonLinesFile
{
    public static IEnumerable<(int Number, string Text)> Read(string path, string holding, List<string> errors)
    {
        IEnumerator<string>? lines = null;
        try { lines = File.ReadLines(path).GetEnumerator(); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{path}: cannot read {holding}: {ex.Message}");
        }
        if (lines is null) yield break;
        using (lines)
        {
            for (var n = 1; ; n++)
            {
                bool more;
                try { more = lines.MoveNext(); }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    errors.Add($"{path}: cannot read {holding}: {ex.Message}");
                    more = false;
                }
                if (!more) yield break;
                if (!string.IsNullOrWhiteSpace(lines.Current)) yield return (n, lines.Current);
            }
        }
    }
}
