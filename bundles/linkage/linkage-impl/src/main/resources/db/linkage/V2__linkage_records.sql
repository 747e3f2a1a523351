-- The two tables whose types differ between the databases (postgresql/V2__linkage_records.sql replaces this script
-- there): a stored record's JSON (VARCHAR on Derby, TEXT on PostgreSQL) and the name words (ordered bytewise on
-- PostgreSQL, COLLATE "C", as Derby orders them, so that a word prefix is an index range on both).

-- Every HSDS record as the last import had it (its columns as a JSON object), with a hash of its content so that an
-- import of the same file writes nothing. A record that a later file no longer has is retired, never deleted: a
-- referral may point to it.
CREATE TABLE lk_record (
  table_name VARCHAR(32) NOT NULL,
  id VARCHAR(64) NOT NULL,
  content VARCHAR(32672) NOT NULL,
  content_hash VARCHAR(64) NOT NULL,
  retired_at TIMESTAMP,
  updated_at TIMESTAMP NOT NULL,
  PRIMARY KEY (table_name, id)
);

-- Name words of the service and its organization (folded: lower case, no accents), one row per word.
CREATE TABLE lk_service_word (
  word VARCHAR(64) NOT NULL,
  service_id VARCHAR(64) NOT NULL,
  PRIMARY KEY (word, service_id)
);
CREATE INDEX lk_service_word_service ON lk_service_word (service_id);
