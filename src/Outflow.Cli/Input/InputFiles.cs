using Outflow.Extraction.Text;

namespace Outflow.Cli.Input;

/// <summary>Expands the paths a user gives (files and folders) into input files, reporting paths that do not exist.</summary>
public static class InputFiles
{
    public static IEnumerable<(string? Path, string? Error)> Expand(IEnumerable<string> paths)
    {
        foreach (var p in paths)
        {
            if (File.Exists(p)) { yield return (p, null); continue; }
            if (!Directory.Exists(p)) { yield return (null, $"{p}: no such file or folder"); continue; }
            IEnumerable<string> files;
            try
            {
                files = Directory.EnumerateFiles(p, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => DocumentReader.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                files = [];
                Console.Error.WriteLine($"{p}: cannot list folder: {ex.Message}");
            }
            foreach (var f in files) yield return (f, null);
        }
    }
}
