using Outflow.Core.Claims;
using Outflow.Core.Dates;
using Outflow.Core.Json;

namespace Outflow.Store.Model;

/// <summary>A claim as the store keeps it.</summary>
/// <param name="Claim">The claim with every review applied: what reads show.</param>
/// <param name="Published">The document's publication date, when known.</param>
/// <param name="OriginalJson">What the extractor said (ANNOTATION.md JSON), never overwritten by reviews.</param>
public sealed record StoredClaim(Claim Claim, ClaimStatus Status, string ExtractorVersion, string? DocumentTitle, string OriginalJson, PartialDate? Published = null)
{
    /// <summary>The extractor's original claim, parsed on demand (listings rarely need it).</summary>
    public Claim Original => ClaimJson.Parse(OriginalJson, out _) ?? Claim;
}
