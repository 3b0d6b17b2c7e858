-- Issue 13: the case access log becomes tamper-evident. Each case's entries form a hash chain: entry n carries
-- its place in the chain, the SHA-256 of the entry before it and its own SHA-256 over its fields and that link
-- (violation/accesslog/AccessLogHash). A row changed, removed or put in between breaks the chain there.
-- Rows written before this script are chained by the Java migration 11.3.1 (AccessLogChainMigration).
ALTER TABLE case_access ADD COLUMN entry_no BIGINT;
ALTER TABLE case_access ADD COLUMN previous_hash VARCHAR(64);
ALTER TABLE case_access ADD COLUMN entry_hash VARCHAR(64);
-- Two appends can never take the same place, even if the head's row lock were bypassed.
CREATE UNIQUE INDEX case_access_chain_place ON case_access (case_number, entry_no);

-- One head per case: how many entries its chain has and the hash of the last. Appending locks this row
-- (SELECT ... FOR UPDATE), which orders appends to one case across threads and cluster nodes; and removing
-- the last entries of a chain is detected, since the head still counts them.
CREATE TABLE case_access_chain (
    case_number  VARCHAR(20)  PRIMARY KEY,
    entries      BIGINT       NOT NULL,
    last_hash    VARCHAR(64)  NOT NULL
);
