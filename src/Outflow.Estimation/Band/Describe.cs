using Outflow.Core.Claims;
using Outflow.Estimation.Facts;
using Outflow.Estimation.Report;

namespace Outflow.Estimation.Band;

/// <summary>Plain-words descriptions of facts and conflict records.</summary>
internal static class Describe
{
    public static string Fact(WorkingFact f)
    {
        var c = f.Claim;
        var figure = c.Qualifier switch
        {
            Qualifier.Range or Qualifier.Order => $"{Names.Number(c.Low)}–{Names.Number(c.High)}",
            _ => Names.Number(c.Low ?? c.High),
        };
        var q = c.Qualifier is Qualifier.Exact ? "" : Names.Qualifier(c.Qualifier) + " ";
        var source = c.Source is { } s ? $" ({s})" : "";
        return $"{f.Id} \"{q}{figure} by {f.Date}\"{source}";
    }

    public static Conflict Conflict(IReadOnlyList<WorkingFact> facts, IReadOnlyList<WorkingFact> aside, string reason) => new(
        facts.Select(f => f.Id).ToList(),
        facts.SelectMany(f => f.Members.Select(m => m.ClaimId)).ToList(),
        aside.Select(f => f.Id).ToList(),
        reason,
        facts.Select(f => f.Claim.Quote).ToList());
}
