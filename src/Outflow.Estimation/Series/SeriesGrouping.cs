using Outflow.Estimation.Evidence;
using Outflow.Estimation.Facts;
using Outflow.Estimation.Waves;

namespace Outflow.Estimation.Series;

/// <summary>Claims laid out by series: one array, each series a contiguous segment (two passes, no per-series lists
/// to grow), rejected claims kept apart as the series' exclusions.</summary>
internal sealed class SeriesGrouping
{
    private SeriesGrouping(List<SeriesKey> keys, Item[] items, int[] offsets, List<string>?[] excluded)
    {
        Keys = keys;
        Items = items;
        Offsets = offsets;
        Excluded = excluded;
    }

    public List<SeriesKey> Keys { get; }
    public Item[] Items { get; }
    /// <summary>Series k holds Items[Offsets[k] .. Offsets[k + 1]).</summary>
    public int[] Offsets { get; }
    public List<string>?[] Excluded { get; }
    public int Used => Items.Length;
    public int Rejected => Excluded.Sum(x => x?.Count ?? 0);
    public ClaimActivity Activity { get; } = new();

    public ArraySegment<Item> Of(int k) => new(Items, Offsets[k], Offsets[k + 1] - Offsets[k]);

    public static SeriesGrouping Build(List<EvidenceClaim> claims, Baselines baselines, SourceNames sources)
    {
        var index = new Dictionary<SeriesKey, int>();
        var keys = new List<SeriesKey>();
        var counts = new List<int>();
        var seriesOf = new int[claims.Count];
        var excluded = new Dictionary<int, List<string>>();
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i].Claim;
            var key = new SeriesKey(c.Origin ?? "unknown", c.Destination, c.Measure, c.Population, c.Unit, c.Per, baselines.Normalise(c));
            if (!index.TryGetValue(key, out var k))
            {
                index[key] = k = keys.Count;
                keys.Add(key);
                counts.Add(0);
            }
            if (claims[i].Review == ReviewState.Rejected)
            {
                if (!excluded.TryGetValue(k, out var ex)) excluded[k] = ex = [];
                ex.Add(c.Id);
                seriesOf[i] = -1;
                continue;
            }
            counts[k]++;
            seriesOf[i] = k;
        }
        var offsets = new int[keys.Count + 1];
        for (var k = 0; k < keys.Count; k++) offsets[k + 1] = offsets[k] + counts[k];
        var fill = offsets[..^1];
        var items = new Item[offsets[^1]];
        var grouping = new SeriesGrouping(keys, items, offsets, [.. Enumerable.Range(0, keys.Count).Select(excluded.GetValueOrDefault)]);
        for (var i = 0; i < claims.Count; i++)
        {
            if (seriesOf[i] is var k && k < 0) continue;
            var e = claims[i];
            items[fill[k]++] = new Item(e, e.Claim.Id, sources.Normalise(e.Claim.Source), Bounds.Value(e.Claim));
            grouping.Activity.Add(keys[k].Origin, e);
        }
        return grouping;
    }
}
