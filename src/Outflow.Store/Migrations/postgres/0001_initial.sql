-- Documents, claims (reviewed values beside the extractor's original), append-only reviews.
CREATE TABLE documents (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc               TEXT NOT NULL UNIQUE,
    content_hash      TEXT NOT NULL,
    path              TEXT,
    url               TEXT,
    title             TEXT,
    published         TEXT,
    text              TEXT NOT NULL,
    bytes             BIGINT NOT NULL,
    ingested_at       TEXT NOT NULL,
    extractor_version TEXT NOT NULL
);
CREATE INDEX ix_documents_hash ON documents (content_hash);

CREATE TABLE claims (
    id                TEXT PRIMARY KEY,
    document_id       BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    doc               TEXT NOT NULL,
    seq               INTEGER NOT NULL,
    text              TEXT NOT NULL,
    quote             TEXT NOT NULL,
    measure           TEXT NOT NULL,
    unit              TEXT NOT NULL,
    per               TEXT,
    low               DOUBLE PRECISION,
    high              DOUBLE PRECISION,
    qualifier         TEXT NOT NULL,
    origin            TEXT,
    destination       TEXT,
    place             TEXT,
    population        TEXT NOT NULL,
    from_date         TEXT,
    to_date           TEXT,
    to_first          TEXT,
    to_last           TEXT,
    source            TEXT,
    span_start        INTEGER NOT NULL,
    span_end          INTEGER NOT NULL,
    confidence        DOUBLE PRECISION NOT NULL,
    status            TEXT NOT NULL,
    original          TEXT NOT NULL,
    extractor_version TEXT NOT NULL
);
CREATE INDEX ix_claims_document ON claims (document_id, seq);
CREATE INDEX ix_claims_origin ON claims (origin, destination, measure, to_last);
CREATE INDEX ix_claims_destination ON claims (destination, to_last);
CREATE INDEX ix_claims_to ON claims (to_last);

CREATE TABLE reviews (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id TEXT NOT NULL,
    doc      TEXT NOT NULL,
    at       TEXT NOT NULL,
    by       TEXT NOT NULL,
    action   TEXT NOT NULL,
    changes  TEXT NOT NULL,
    note     TEXT
);
CREATE INDEX ix_reviews_claim ON reviews (claim_id, id);
CREATE INDEX ix_reviews_doc ON reviews (doc);
CREATE FUNCTION reviews_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$BEGIN RAISE EXCEPTION 'reviews are append-only'; END$$;
CREATE TRIGGER reviews_no_change BEFORE UPDATE OR DELETE ON reviews FOR EACH ROW EXECUTE FUNCTION reviews_append_only();

CREATE TABLE store_state (id INTEGER PRIMARY KEY CHECK (id = 1), revision BIGINT NOT NULL);
INSERT INTO store_state (id, revision) VALUES (1, 0);
