using System.Reflection;

namespace Outflow.Extraction.Knowledge;

/// <summary>Reads the extractor's embedded TSV data files (Data/*.tsv).</summary>
internal static class DataFiles
{
    /// <summary>Rows of a TSV data file, comments and blank lines skipped, with 1-based line numbers for errors.</summary>
    public static IEnumerable<(int Line, string[] Fields)> Rows(string fileName)
    {
        var asm = typeof(DataFiles).Assembly;
        using var stream = asm.GetManifestResourceStream($"Outflow.Data.{fileName}")
            ?? throw new InvalidOperationException($"embedded data file '{fileName}' is missing from {asm.GetName().Name}");
        using var reader = new StreamReader(stream);
        int n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            yield return (n, line.Split('\t').Select(f => f.Trim()).ToArray());
        }
    }

    /// <summary>Splits a '|'-separated field; a '|' inside parentheses belongs to a regular-expression phrase.</summary>
    public static string[] List(string field)
    {
        if (field is "" or "-") return [];
        var parts = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < field.Length; i++)
        {
            char c = field[i];
            if (c == '\\') { i++; continue; }
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0)
            {
                parts.Add(field[start..i].Trim());
                start = i + 1;
            }
        }
        parts.Add(field[start..].Trim());
        return parts.Where(p => p.Length > 0).ToArray();
    }
}
