using Outflow.Core.Claims;

namespace Outflow.Estimation.Evidence;

/// <summary>A claim as the estimator sees it: the claim (with any reviewer correction already applied),
/// its review state, and what is known of the document it came from.</summary>
/// <param name="Claim">The claim; for <see cref="ReviewState.Corrected"/> the corrected version.</param>
/// <param name="Review">The reviewer's verdict.</param>
/// <param name="Published">The document's publication date, when known (used for recency and <c>--as-of</c>).</param>
/// <param name="DocumentTitle">The document's title, when known (shown beside quotes).</param>
public sealed record EvidenceClaim(Claim Claim, ReviewState Review = ReviewState.Unreviewed, DateOnly? Published = null, string? DocumentTitle = null)
{
    /// <summary>True when a reviewer accepted or corrected the claim.</summary>
    public bool IsReviewed => Review is ReviewState.Accepted or ReviewState.Corrected;
}
