-- Indexes for the common dashboard listings: a destination's claims of one measure newest first,
-- an origin's claims by figure.
CREATE INDEX ix_claims_destination_measure ON claims (destination, measure, to_last);
CREATE INDEX ix_claims_origin_low ON claims (origin, low);
