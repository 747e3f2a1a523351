-- Audit records are never updated once written: from this version the chain lives in seal blocks of
-- its own, each an HMAC (the key is kept outside the database) over a contiguous range of record ids
-- and the block before it. The seal_seq/prev_hash/record_hash columns of V2 keep the chain of the
-- records written before this version, which the first block continues (see AuditBlocks).
ALTER TABLE core_audit ADD COLUMN client_address VARCHAR(64);
CREATE TABLE core_audit_block (
  seq BIGINT NOT NULL PRIMARY KEY,
  first_id BIGINT NOT NULL,
  last_id BIGINT NOT NULL,
  record_count INTEGER NOT NULL,
  last_at TIMESTAMP NOT NULL,
  records VARCHAR(32000) NOT NULL,
  key_id VARCHAR(40) NOT NULL,
  prev_hash VARCHAR(64) NOT NULL,
  block_hash VARCHAR(64) NOT NULL,
  sealed_at TIMESTAMP NOT NULL
);
-- Where the chain of blocks starts: after the last record of the old chain, or after the blocks that
-- retention removed (their last block's seq, hash, last record id and time).
ALTER TABLE core_audit_seal ADD COLUMN block_base_seq BIGINT;
ALTER TABLE core_audit_seal ADD COLUMN block_base_hash VARCHAR(64);
ALTER TABLE core_audit_seal ADD COLUMN block_base_last_id BIGINT;
ALTER TABLE core_audit_seal ADD COLUMN block_base_last_at TIMESTAMP;
UPDATE core_audit_seal SET block_base_seq = 0, block_base_last_id = COALESCE((SELECT MAX(id) FROM core_audit), 0) WHERE id = 1;
