namespace Outflow.Extraction.Knowledge;

/// <summary>
/// What a gazetteer key is: a name, the start of a longer name, or both (one lookup answers both). For a start,
/// <paramref name="NextWords"/> says which letters the next word of those longer names begins with.
/// </summary>
internal readonly record struct KeyEntry(bool IsName, NameValue Name, bool IsPrefix, ulong NextWords = 0)
{
    /// <summary>Whether a longer name may go on with a word starting with <paramref name="folded"/> (a key character).</summary>
    public bool MayGoOnWith(char folded) => (NextWords & (Any | Bit(folded))) != 0;

    /// <summary>The bit of a next word's first key character: a-z and digits have their own, anything else one for all.</summary>
    public static ulong Bit(char folded) =>
        folded is >= 'a' and <= 'z' ? 1UL << (folded - 'a') : folded is >= '0' and <= '9' ? 1UL << 26 : Any;

    // a next word starting with another character: any word may go on
    private const ulong Any = 1UL << 63;
}
