using Outflow.Extraction.Text;

namespace Outflow.Cli.Input;

/// <summary>
/// Expands the paths a user gives (files and folders) into input files, reporting paths that do not exist.
/// </summary>
/// <remarks>
/// A folder is walked one directory at a time, each listed and sorted on its own, so the first document is read
/// before the rest of the tree is listed and only one directory's names are held at once. The order is that of
/// sorting every path of the tree by ordinal comparison: a subdirectory sorts by its name and the separator.
/// </remarks>
public static class InputFiles
{
    private static readonly EnumerationOptions OneLevel = new() { IgnoreInaccessible = true };

    public static IEnumerable<(string? Path, string? Error)> Expand(IEnumerable<string> paths)
    {
        foreach (var p in paths)
        {
            if (File.Exists(p)) { yield return (p, null); continue; }
            if (!Directory.Exists(p)) { yield return (null, $"{p}: no such file or folder"); continue; }
            foreach (var f in Walk(p, p)) yield return (f, null);
        }
    }

    private static IEnumerable<string> Walk(string root, string dir)
    {
        foreach (var (path, isDirectory) in List(root, dir))
        {
            if (!isDirectory) { yield return path; continue; }
            foreach (var f in Walk(root, path)) yield return f;
        }
    }

    // the input files and subdirectories of one directory, in the order of the whole tree's sorted paths
    private static List<(string Path, bool IsDirectory)> List(string root, string dir)
    {
        var entries = new List<(string Key, string Path, bool IsDirectory)>();
        try
        {
            foreach (var f in Directory.EnumerateFiles(dir, "*", OneLevel))
            {
                var name = Path.GetFileName(f);
                if (DocumentReader.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && !name.StartsWith("README", StringComparison.OrdinalIgnoreCase))
                    entries.Add((name, f, false));
            }
            foreach (var d in Directory.EnumerateDirectories(dir, "*", OneLevel))
                entries.Add((Path.GetFileName(d) + Path.DirectorySeparatorChar, d, true));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{root}: cannot list folder: {ex.Message}");
            return [];
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return entries.ConvertAll(e => (e.Path, e.IsDirectory));
    }
}
