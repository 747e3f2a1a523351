-- PostgreSQL's V2 (see ../V2__linkage_records.sql): the record as TEXT, the words and name keys COLLATE "C".

-- Every HSDS record as the last import had it (its columns as a JSON object), with a hash of its content so that an
-- import of the same file writes nothing. A record that a later file no longer has is retired, never deleted: a
-- referral may point to it.
CREATE TABLE lk_record (
  table_name VARCHAR(32) NOT NULL,
  id VARCHAR(64) NOT NULL,
  content TEXT NOT NULL,
  content_hash VARCHAR(64) NOT NULL,
  retired_at TIMESTAMP,
  updated_at TIMESTAMP NOT NULL,
  PRIMARY KEY (table_name, id)
);

-- Name words of the service and its organization (folded: lower case, no accents), one row per word.
CREATE TABLE lk_service_word (
  word VARCHAR(64) COLLATE "C" NOT NULL,
  service_id VARCHAR(64) NOT NULL,
  PRIMARY KEY (word, service_id)
);
CREATE INDEX lk_service_word_service ON lk_service_word (service_id);

-- Names sort and compare bytewise too, as on Derby: an organization name prefix is an index range, and the lists'
-- order is the same on both databases.
ALTER TABLE lk_service ALTER COLUMN name_key TYPE VARCHAR(255) COLLATE "C";
ALTER TABLE lk_organization ALTER COLUMN name_key TYPE VARCHAR(255) COLLATE "C";
