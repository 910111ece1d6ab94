-- The evidence table lists an origin's claims for one destination (sometimes one measure, status or population),
-- sorted by date, figure or source, a page at a time. With every filter and sort column in one index, the
-- matches are counted and sorted from the index alone (the id is in it too); only the page's rows are then read
-- from the table.
-- It starts with the columns of ix_claims_origin, which it replaces.
CREATE INDEX ix_claims_listing ON claims (origin, destination, measure, to_last, low, source, status, population, id);
DROP INDEX ix_claims_origin;
