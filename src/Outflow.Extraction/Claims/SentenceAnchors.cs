using Outflow.Extraction.Knowledge;

namespace Outflow.Extraction.Claims;

/// <summary>Where each event anchor is first named in one sentence, each anchor's pattern run at most once.</summary>
public sealed class SentenceAnchors
{
    private readonly IReadOnlyList<Anchor> _anchors;
    private readonly string _sentence;
    private readonly int[] _first;
    private WordStarts? _starts;

    public SentenceAnchors(IReadOnlyList<Anchor> anchors, string sentence)
    {
        _anchors = anchors;
        _sentence = sentence;
        _first = new int[anchors.Count];
        Array.Fill(_first, -2);
    }

    /// <summary>Where phrase matches may start in the sentence, computed once for all the matchers run over it.</summary>
    public WordStarts Starts => _starts ??= PhraseMatcher.Starts(_sentence);

    /// <summary>Offset of the first match of anchor number <paramref name="anchor"/>, or -1.</summary>
    public int IndexOf(int anchor)
    {
        if (_first[anchor] == -2)
        {
            _first[anchor] = _anchors[anchor].Pattern.TryMatch(_sentence, 0, Starts, out int index, out _) ? index : -1;
        }
        return _first[anchor];
    }
}
