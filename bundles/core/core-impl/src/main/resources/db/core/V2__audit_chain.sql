-- Tamper evidence: each sealed record carries the hash of the one before it (by seal_seq).
-- Records are sealed shortly after they commit, in a single chain for all nodes.
ALTER TABLE core_audit ADD COLUMN seal_seq BIGINT;
ALTER TABLE core_audit ADD COLUMN prev_hash VARCHAR(64);
ALTER TABLE core_audit ADD COLUMN record_hash VARCHAR(64);
CREATE INDEX core_audit_seal_seq ON core_audit (seal_seq, id);
-- One row: where the chain ends now, and where it starts after retention removed old records.
CREATE TABLE core_audit_seal (
  id INTEGER NOT NULL PRIMARY KEY,
  last_seq BIGINT NOT NULL,
  last_hash VARCHAR(64) NOT NULL,
  base_seq BIGINT NOT NULL,
  base_hash VARCHAR(64) NOT NULL,
  sealed_at TIMESTAMP
);
INSERT INTO core_audit_seal (id, last_seq, last_hash, base_seq, base_hash) VALUES (1, 0,
  '0000000000000000000000000000000000000000000000000000000000000000', 0,
  '0000000000000000000000000000000000000000000000000000000000000000');
