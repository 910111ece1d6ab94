using Outflow.Core.Claims;
using Outflow.Extraction.Figures;
using Outflow.Extraction.Knowledge;

namespace Outflow.Extraction.Claims;

/// <summary>Decides who a figure counts (men, IT workers, reservists, ...) from the words right after it.</summary>
internal sealed class PopulationFinder(Cues cues)
{
    public Population Find(string s, Figure f, int hi, HeadNoun head)
    {
        int end = Math.Min(hi, s.Length);
        var window = s[f.End..end];
        int cut = window.IndexOfAny([',', ';', '.', '(']);
        if (cut >= 0 && f.End + cut >= head.End) window = window[..cut];
        var words = window.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 12) window = string.Join(' ', words.Take(12));
        var starts = WordStarts.Of(window);
        foreach (var (pop, rx) in cues.Populations)
            if (rx.TryMatch(window, 0, starts, out _, out _)) return pop;
        return Population.General;
    }
}
