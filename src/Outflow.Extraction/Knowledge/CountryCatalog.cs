namespace Outflow.Extraction.Knowledge;

/// <summary>The countries and groups of the gazetteer's data files, with their canonical names and ISO numeric codes.</summary>
public static class CountryCatalog
{
    private static readonly Lazy<IReadOnlyList<CountryInfo>> All = new(Load);

    public static IReadOnlyList<CountryInfo> Entries => All.Value;

    public static CountryInfo? Find(string? code) => code is null ? null : Entries.FirstOrDefault(c => c.Code == code);

    /// <summary>The canonical English name of a code, or the code itself when unknown.</summary>
    public static string NameOf(string code) => Find(code)?.Name ?? code;

    private static IReadOnlyList<CountryInfo> Load()
    {
        var numeric = DataFiles.Rows("iso-numeric.tsv").ToDictionary(r => r.Fields[0], r => r.Fields[1]);
        var list = new List<CountryInfo>();
        foreach (var (_, f) in DataFiles.Rows("countries.tsv"))
            list.Add(new CountryInfo(f[0], DataFiles.List(f[1]).FirstOrDefault() ?? f[0], numeric.GetValueOrDefault(f[0]), false, []));
        foreach (var (_, f) in DataFiles.Rows("groups.tsv"))
            list.Add(new CountryInfo(f[0], DataFiles.List(f[1]).FirstOrDefault() ?? f[0], null, true, f.Length > 2 ? DataFiles.List(f[2]) : []));
        return list;
    }
}
