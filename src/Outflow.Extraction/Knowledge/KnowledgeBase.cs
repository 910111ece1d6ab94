namespace Outflow.Extraction.Knowledge;

/// <summary>All extraction knowledge loaded from the data files, once per process.</summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Instance = new(Load);

    public static KnowledgeBase Default => Instance.Value;

    public required Lexicon Lexicon { get; init; }
    public required Gazetteer Gazetteer { get; init; }
    public required IReadOnlyList<Anchor> Anchors { get; init; }

    private static KnowledgeBase Load()
    {
        var lexicon = Lexicon.Load();
        var anchors = new List<Anchor>();
        foreach (var (line, f) in DataFiles.Rows("anchors.tsv"))
        {
            if (f.Length < 4 || !Core.Dates.PartialDate.TryParse(f[0], out var date))
                throw new InvalidDataException($"anchors.tsv:{line}: expected 'date<TAB>origins<TAB>name<TAB>phrases'");
            anchors.Add(new Anchor(date, DataFiles.List(f[1]).ToHashSet(StringComparer.OrdinalIgnoreCase), f[2], Lexicon.Compile(DataFiles.List(f[3]))));
        }
        return new KnowledgeBase { Lexicon = lexicon, Gazetteer = Gazetteer.Load(lexicon), Anchors = anchors };
    }
}
