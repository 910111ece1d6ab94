using Outflow.Estimation.Evidence;
using Outflow.Store;
using Outflow.Store.Model;

namespace Outflow.Web.Estimates;

/// <summary>Reads stored claims (reviewed values, review verdicts, publication dates) as the estimator's evidence.</summary>
public static class StoreEvidence
{
    public static async Task<List<EvidenceClaim>> LoadAsync(IEvidenceStore store, string? origin, CancellationToken ct)
    {
        var list = new List<EvidenceClaim>();
        await foreach (var c in store.StreamClaimsAsync(new ClaimQuery { Origin = origin }.All(), ct))
        {
            var review = c.Status switch
            {
                ClaimStatus.Accepted => ReviewState.Accepted,
                ClaimStatus.Rejected => ReviewState.Rejected,
                ClaimStatus.Corrected => ReviewState.Corrected,
                _ => ReviewState.Unreviewed,
            };
            list.Add(new EvidenceClaim(c.Claim, review, c.Published?.Last, c.DocumentTitle));
        }
        return list;
    }
}
