using Outflow.Core.Claims;
using Outflow.Extraction.Knowledge;

namespace Outflow.Extraction.Claims;

/// <summary>The compiled cue-word matchers of lexicon.tsv that the claim builder uses.</summary>
public sealed class Cues
{
    public Cues(KnowledgeBase kb)
    {
        var lex = kb.Lexicon;
        Asylum = lex.Matcher("cue", "asylum");
        Returns = lex.Matcher("cue", "returns");
        ReturnsHome = lex.Matcher("cue", "returns_home");
        Residents = lex.Matcher("cue", "residents");
        Mobilized = lex.Matcher("cue", "mobilized");
        Move = lex.Matcher("cue", "move");
        Exclude = lex.Matcher("cue", "exclude");
        ExcludeAdjacent = lex.Matcher("cue", "exclude_adjacent");
        ExcludeBefore = lex.Matcher("cue", "exclude_before");
        Internal = lex.Matcher("cue", "internal");
        Employment = lex.Matcher("cue", "employment");
        NotHappened = lex.Matcher("cue", "not_happened");
        AllOrigins = lex.Matcher("cue", "all_origins");
        Forecast = lex.Matcher("cue", "forecast");
        Queue = lex.Matcher("cue", "queue");
        QueuePeople = lex.Matcher("cue", "queue_people");
        foreach (var (key, phrases) in lex.Set("population"))
            if (EnumNames.TryParse<Population>(key, out var p)) Populations.Add((p, Lexicon.Compile(phrases)));
        // order of precedence: specific populations first
        Populations.Sort((a, b) => Rank(a.Population).CompareTo(Rank(b.Population)));
        foreach (var (key, phrases) in lex.Set("rate"))
            if (EnumNames.TryParse<Rate>(key, out var r)) Rates.Add((r, Lexicon.Compile(phrases)));
        foreach (var (key, phrases) in lex.Set("rate_before"))
            if (EnumNames.TryParse<Rate>(key, out var r)) RatesBefore.Add((r, Lexicon.Compile(phrases)));
        foreach (var (key, phrases) in lex.Set("implied_destination"))
            ImpliedDestinations.Add((key, Lexicon.Compile(phrases)));
        People = lex.Phrases("noun", "people").ToHashSet(StringComparer.OrdinalIgnoreCase);
        Documents = lex.Phrases("noun", "documents").ToHashSet(StringComparer.OrdinalIgnoreCase);
        NonPeople = lex.Phrases("noun", "nonpeople").ToHashSet(StringComparer.OrdinalIgnoreCase);
        Modifiers = lex.Phrases("noun", "modifiers").ToHashSet(StringComparer.OrdinalIgnoreCase);
        Vehicles = lex.Phrases("unit", "vehicles").ToHashSet(StringComparer.OrdinalIgnoreCase);
        AttributionBefore = lex.Matcher("attribution", "before");
        AttributionVerbs = lex.Matcher("attribution", "verbs");
        SourceNouns = lex.Phrases("source_nouns", "list").ToHashSet(StringComparer.OrdinalIgnoreCase);
        SourcePronouns = lex.Phrases("source_pronouns", "list").ToHashSet(StringComparer.OrdinalIgnoreCase);
        NotInSource = lex.Phrases("source_not", "words").ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var key in new[] { "units", "tens", "scales" })
            foreach (var entry in lex.Phrases("number", key)) NumberWords.Add(entry.Split(':')[0]);
        foreach (var (key, _) in lex.Set("order")) foreach (var w in key.Split(' ')) if (w != "of") NumberWords.Add(w);
        NumberWords.Remove("m"); NumberWords.Remove("k");
        _gazetteer = kb.Gazetteer;
        CurrencyBefore = new System.Text.RegularExpressions.Regex(
            "(?:^|[\\s(])(?:" + string.Join("|", lex.Phrases("currency", "before")) + ")\\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    }

    private readonly Gazetteer _gazetteer;

    /// <summary>A currency sign or code right before a figure ("Rs 80,000"): the figure is an amount of money.</summary>
    public System.Text.RegularExpressions.Regex CurrencyBefore { get; }

    /// <summary>Number words ("two", "thousands"): a subject holding one is a figure, not a source.</summary>
    public HashSet<string> NumberWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make a would-be source a clause ("fled", "have").</summary>
    public HashSet<string> NotInSource { get; }

    public bool IsNumberWord(string w) => NumberWords.Contains(w);

    public bool IsMovementVerb(string w) => NotInSource.Contains(w);

    /// <summary>Whether the phrase is only a gazetteer name ("Chile", "the EU", "European countries").</summary>
    public bool IsPlaceName(string phrase)
    {
        var hits = _gazetteer.Find(phrase);
        if (hits.Count != 1) return false;
        var rest = (phrase[..hits[0].Start] + phrase[hits[0].End..]).Trim();
        return rest.Length == 0 || rest.Equals("the", StringComparison.OrdinalIgnoreCase) || rest.Equals("countries", StringComparison.OrdinalIgnoreCase);
    }

    public PhraseMatcher Asylum { get; }
    public PhraseMatcher Returns { get; }
    public PhraseMatcher ReturnsHome { get; }
    public PhraseMatcher Residents { get; }
    public PhraseMatcher Mobilized { get; }
    public PhraseMatcher Move { get; }
    public PhraseMatcher Exclude { get; }
    public PhraseMatcher ExcludeAdjacent { get; }
    public PhraseMatcher ExcludeBefore { get; }
    public PhraseMatcher Internal { get; }
    public PhraseMatcher Employment { get; }
    /// <summary>"has not begun", "never took place": the event the figure counts did not happen.</summary>
    public PhraseMatcher NotHappened { get; }
    public PhraseMatcher AllOrigins { get; }
    public PhraseMatcher Forecast { get; }
    public PhraseMatcher Queue { get; }
    public PhraseMatcher QueuePeople { get; }
    public PhraseMatcher AttributionBefore { get; }
    public PhraseMatcher AttributionVerbs { get; }
    public List<(Population Population, PhraseMatcher Pattern)> Populations { get; } = new();
    public List<(Rate Rate, PhraseMatcher Pattern)> Rates { get; } = new();
    public List<(Rate Rate, PhraseMatcher Pattern)> RatesBefore { get; } = new();
    public List<(string Code, PhraseMatcher Pattern)> ImpliedDestinations { get; } = new();
    public HashSet<string> People { get; }
    public HashSet<string> Documents { get; }
    public HashSet<string> NonPeople { get; }
    public HashSet<string> Modifiers { get; }
    public HashSet<string> Vehicles { get; }
    public HashSet<string> SourceNouns { get; }
    public HashSet<string> SourcePronouns { get; }

    private static int Rank(Population p) => p switch
    {
        Population.PregnantWomen => 0,
        Population.ItWorkers => 1,
        Population.Journalists => 2,
        Population.Millionaires => 3,
        Population.Reservists => 4,
        Population.Other => 5,
        Population.Men => 6,
        _ => 7,
    };
}
