namespace Outflow.Estimation.Band;

/// <summary>A Fenwick tree over date slots that keeps the best (largest) key inserted at or before a slot, with its owner.</summary>
/// <remarks>Used for "the largest low among kept facts dated on or before t"; for "the smallest high dated on or
/// after t" the caller mirrors slots and negates keys. Inserts and queries are O(log n).</remarks>
internal sealed class PrefixBest
{
    private readonly double[] _key;
    private readonly int[] _owner;

    public PrefixBest(int slots)
    {
        _key = new double[slots + 1];
        _owner = new int[slots + 1];
        Array.Fill(_key, double.NegativeInfinity);
        Array.Fill(_owner, -1);
    }

    public void Insert(int slot, double key, int owner)
    {
        for (var i = slot + 1; i < _key.Length; i += i & -i)
        {
            if (key > _key[i]) { _key[i] = key; _owner[i] = owner; }
        }
    }

    /// <summary>The best key over slots 0..slot and its owner; owner −1 when nothing was inserted there.</summary>
    public (double Key, int Owner) Query(int slot)
    {
        double best = double.NegativeInfinity;
        var owner = -1;
        for (var i = slot + 1; i > 0; i -= i & -i)
        {
            if (_key[i] > best) { best = _key[i]; owner = _owner[i]; }
        }
        return (best, owner);
    }
}
