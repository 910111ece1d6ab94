namespace Outflow.Core.Claims;

/// <summary>The snake_case names ANNOTATION.md uses for enum values, both ways.</summary>
public static class EnumNames
{
    public static string Name(Measure m) => m.ToString().ToLowerInvariant();
    public static string Name(CountUnit u) => u.ToString().ToLowerInvariant();
    public static string Name(Rate r) => r.ToString().ToLowerInvariant();

    public static string Name(Qualifier q) => q switch
    {
        Qualifier.AtLeast => "at_least",
        Qualifier.AtMost => "at_most",
        _ => q.ToString().ToLowerInvariant(),
    };

    public static string Name(Population p) => p switch
    {
        Population.ItWorkers => "it_workers",
        Population.PregnantWomen => "pregnant_women",
        _ => p.ToString().ToLowerInvariant(),
    };

    public static bool TryParse<T>(string? value, out T result) where T : struct, Enum
    {
        result = default;
        if (string.IsNullOrWhiteSpace(value)) return false;
        return Enum.TryParse(value.Replace("_", ""), ignoreCase: true, out result);
    }
}
