using Outflow.Core.Claims;
using Outflow.Store.Model;

namespace Outflow.Web.Claims;

/// <summary>A claim as the API shows it: ANNOTATION.md fields (reviewed values), offsets, status and document title.</summary>
public sealed record ClaimDto(
    string Id, string Doc, string Text, string Quote, string Measure, string Unit, string? Per, double? Low, double? High,
    string Qualifier, string? Origin, string? Destination, string? Place, string Population, string? From, string? To,
    string? Source, int Start, int End, double Confidence, string Status, string? DocumentTitle)
{
    public static ClaimDto Of(Claim c, ClaimStatus status, string? title) => new(
        c.Id, c.Doc, c.Text, c.Quote, EnumNames.Name(c.Measure), EnumNames.Name(c.Unit), c.Per is { } p ? EnumNames.Name(p) : null,
        c.Low, c.High, EnumNames.Name(c.Qualifier), c.Origin, c.Destination, c.Place, EnumNames.Name(c.Population),
        c.From?.ToString(), c.To?.ToString(), c.Source, c.Start, c.End, Math.Round(c.Confidence, 2),
        status.ToString().ToLowerInvariant(), title);

    public static ClaimDto Of(StoredClaim s) => Of(s.Claim, s.Status, s.DocumentTitle);
}
