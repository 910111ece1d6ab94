using Outflow.Store.Model;
using Outflow.Store.Reviews;

namespace Outflow.Store.Sql;

public sealed partial class SqlStore
{
    public async Task<ClaimDetail> ReviewAsync(ReviewRequest review, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(review.By)) throw new ArgumentException("a review needs a reviewer name (--by)");
        if (review.Action == ReviewAction.Set && review.Changes.Count == 0) throw new ArgumentException("a correction needs at least one field=value");
        if (review.Action != ReviewAction.Set && review.Changes.Count > 0) throw new ArgumentException("field changes go with a correction (set), not with accept or reject");
        if (review.Note is { Length: > 4000 }) throw new ArgumentException("the note is over 4,000 characters");
        return await Guard("cannot write to", async c =>
        {
            await using var tx = await c.BeginTransactionAsync(ct);
            var before = await ReadDetailAsync(c, tx, review.ClaimId, ct) ?? throw new KeyNotFoundException($"no claim '{review.ClaimId}' in the store");
            if (review.Action == ReviewAction.Set) ReviewApplier.Validate(review.Changes, before.Stored.Claim);
            await Db.ExecAsync(c, tx, "INSERT INTO reviews (claim_id, doc, at, by, action, changes, note) VALUES (@claim, @doc, @at, @by, @action, @changes, @note)", ct,
                ("@claim", review.ClaimId), ("@doc", before.Stored.Claim.Doc), ("@at", DateTimeOffset.UtcNow.ToString("o")), ("@by", review.By.Trim()),
                ("@action", review.Action.ToString().ToLowerInvariant()), ("@changes", ReviewRows.ChangesJson(review.Changes)), ("@note", review.Note));
            var trail = before.History.Append(new Review(0, review.ClaimId, DateTimeOffset.UtcNow, review.By, review.Action, review.Changes, review.Note));
            var (effective, status) = ReviewApplier.Apply(before.Stored.Original, trail);
            await using (var update = Db.Command(c, $"UPDATE claims SET {ClaimColumns.Effective} WHERE id = @id", tx))
            {
                ClaimColumns.AddParams(update, ClaimColumns.EffectiveParams);
                ClaimColumns.BindEffective(update, effective, status);
                Db.Param(update, "@id", review.ClaimId);
                await update.ExecuteNonQueryAsync(ct);
            }
            await BumpRevisionAsync(c, tx, ct);
            var after = (await ReadDetailAsync(c, tx, review.ClaimId, ct))!;
            await tx.CommitAsync(ct);
            return after;
        }, ct);
    }
}
