using Outflow.Core.Dates;
using Outflow.Extraction.Knowledge;

namespace Outflow.Extraction.Claims;

/// <summary>What the claim builder knows about the whole document and carries from sentence to sentence.</summary>
public sealed class DocumentContext
{
    public required string Doc { get; init; }
    public required string Text { get; init; }
    public DateOnly? Published { get; init; }

    /// <summary>The country most of the document's people come from (by demonyms and "from X"), if any; in a section
    /// about other people (a digest's item on Haitians after one on Cubans), that section's.</summary>
    public string? Origin { get; set; }

    /// <summary>The event the whole document counts from, when it is framed by one ("since the mobilization").</summary>
    public Anchor? DocumentAnchor { get; init; }

    /// <summary>Anchors seen in the current section (since the last heading), latest last.</summary>
    public Anchor? SectionAnchor { get; set; }

    public int CurrentBlock { get; set; } = -1;
    public string? BlockSource { get; set; }

    /// <summary>The last originator named anywhere before (not reset by paragraphs), for "It added" and "the agency said".</summary>
    public string? LastSource { get; set; }

    /// <summary>Every originator named so far, in order, resolved.</summary>
    public List<string> Sources { get; } = new();
    public string? BlockDestination { get; set; }
    public string? BlockOrigin { get; set; }

    /// <summary>The people the paragraph's first count of named people counted ("171,000 Haitians"), for its later counts that name none ("1,500 people a day").</summary>
    public string? BlockPeople { get; set; }
    public Core.Claims.Measure? BlockMeasure { get; set; }

    /// <summary>The measure of the last claim made, in any paragraph ("Of them, ..." goes on counting it).</summary>
    public Core.Claims.Measure? LastMeasure { get; set; }

    /// <summary>The period of the last count (a claim, or an all-nationality total left out), for a part of it that names none.</summary>
    public (Core.Dates.PartialDate? From, Core.Dates.PartialDate? To)? LastPeriod { get; set; }
    public string? LastCountry { get; set; }

    /// <summary>The measure of the last claim for each destination ("the figure for Colombia" goes on counting it).</summary>
    public Dictionary<string, Core.Claims.Measure> MeasureByDestination { get; } = new(StringComparer.Ordinal);

    /// <summary>The last country (not the origin) named in the paragraph so far, in any sentence.</summary>
    public string? BlockMention { get; set; }

    /// <summary>The country a sentence that names none refers to: the paragraph's last destination, else the
    /// paragraph's last named country, else the document's last destination.</summary>
    public string? ContextCountry => (FirstPerson ? HostCountry : null) ?? BlockDestination ?? BlockMention ?? (BlockSpeaker is not null ? HostCountry : null) ?? LastCountry;

    /// <summary>The country the whole document's people go to, when one clearly leads ("into Bangladesh", "in
    /// Bangladesh" again and again), read before any figure: a headline's count that names none went there.</summary>
    public string? DocumentHost { get; init; }

    /// <summary>The current sentence is an interviewee speaking for their country ("we recorded", "moved here").</summary>
    public bool FirstPerson { get; set; }

    /// <summary>The measure of the last claim that counts people (not a queue).</summary>
    public Core.Claims.Measure? LastPeopleMeasure { get; set; }

    /// <summary>The speaker whose label opens the paragraph of an interview ("Herrera: ..."), if any.</summary>
    public string? BlockSpeaker { get; set; }

    /// <summary>The first country the document names as a subject or a place people go to: in an interview, the
    /// country the speaker's "here" and "we" stand for.</summary>
    public string? HostCountry { get; set; }

    /// <summary>The last border crossing named (country code, name as written), for queue readings that do not repeat it.</summary>
    public (string Code, string Name)? LastCrossing { get; set; }
    public HashSet<string> SeenSentences { get; } = new(StringComparer.Ordinal);

    /// <summary>The start the story's first dated count of a flow gave ("since 23 September"), valid for that flow's origin.</summary>
    public Anchor? StorySince { get; set; }

    /// <summary>The first day the story dates an event of each kind ("launch": an announcement, decree or campaign;
    /// "onset": an escalation or outbreak), for a later "since the announcement".</summary>
    public Dictionary<string, PartialDate> StoryEvents { get; } = new(StringComparer.Ordinal);

    /// <summary>The country the story's people set out from, when it is not their own ("sailed from ... Bangladesh").</summary>
    public string? DeparturePoint { get; set; }

    public PartialDate? PublishedDate => Published is { } p ? PartialDate.Of(p) : null;
}
