using System.Text.Json;
using Outflow.Core.Dates;
using Outflow.Core.Documents;

namespace Outflow.Cli.Input;

/// <summary>Reads docs.jsonl metadata; malformed lines are reported with file and line number and skipped.</summary>
public static class MetaFile
{
    public static Dictionary<string, DocumentMeta> Load(string? path, List<string> errors)
    {
        var result = new Dictionary<string, DocumentMeta>(StringComparer.Ordinal);
        if (path is null) return result;
        foreach (var (n, line) in JsonLinesFile.Read(path, "metadata", errors))
        {
            try
            {
                using var doc = JsonDocument.Parse(line);
                var r = doc.RootElement;
                if (r.ValueKind != JsonValueKind.Object || !r.TryGetProperty("doc", out var d) || d.ValueKind != JsonValueKind.String)
                {
                    errors.Add($"{path}:{n}: expected an object with a \"doc\" string");
                    continue;
                }
                string? S(string name) => r.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                PartialDate? published = null;
                if (S("published") is { } pub)
                {
                    if (PartialDate.TryParse(pub, out var pd)) published = pd;
                    else errors.Add($"{path}:{n}: \"published\" is not a date (YYYY-MM-DD): '{pub}'");
                }
                var name = d.GetString()!;
                result[name] = new DocumentMeta(name, published, S("url"), S("title"));
            }
            catch (JsonException ex)
            {
                errors.Add($"{path}:{n}: not valid JSON: {ex.Message}");
            }
        }
        return result;
    }
}
