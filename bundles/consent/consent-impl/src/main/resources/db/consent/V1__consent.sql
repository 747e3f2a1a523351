-- 42 CFR Part 2 consents, court orders and the record of disclosures. Portable SQL for Derby and PostgreSQL.
-- Nothing here is ever deleted: a revocation or an end event is recorded on the consent.
-- Categories are stored comma-separated: they are upper-case words by validation.
CREATE TABLE consent_directive (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  participant_id VARCHAR(36) NOT NULL,
  kind VARCHAR(24) NOT NULL,
  disclosing_program VARCHAR(200) NOT NULL,
  categories VARCHAR(1000) NOT NULL,
  recipient_class VARCHAR(32) NOT NULL,
  recipient_name VARCHAR(200),
  purpose VARCHAR(40) NOT NULL,
  purpose_description VARCHAR(500),
  expires_on DATE,
  expiry_event VARCHAR(300),
  irrevocable_until_event VARCHAR(300),
  signed_on DATE NOT NULL,
  signed_by VARCHAR(200) NOT NULL,
  signature_method VARCHAR(16) NOT NULL,
  revocation_right_explained SMALLINT NOT NULL,
  ended_on DATE,
  end_note VARCHAR(500),
  revoked_on DATE,
  revocation_method VARCHAR(16),
  revocation_note VARCHAR(500),
  revoked_by VARCHAR(128),
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(128) NOT NULL
);
CREATE INDEX consent_directive_participant ON consent_directive (participant_id, signed_on);

CREATE TABLE consent_court_order (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  participant_id VARCHAR(36) NOT NULL,
  court VARCHAR(200) NOT NULL,
  docket_number VARCHAR(100) NOT NULL,
  ordered_on DATE NOT NULL,
  categories VARCHAR(1000) NOT NULL,
  recipient_class VARCHAR(32) NOT NULL,
  recipient_name VARCHAR(200),
  purpose VARCHAR(40) NOT NULL,
  scope_description VARCHAR(1000),
  expires_on DATE,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL
);
CREATE INDEX consent_court_order_participant ON consent_court_order (participant_id, ordered_on);

CREATE TABLE consent_disclosure (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  participant_id VARCHAR(36) NOT NULL,
  disclosed_at TIMESTAMP NOT NULL,
  disclosed_by VARCHAR(128) NOT NULL,
  recipient_class VARCHAR(32) NOT NULL,
  recipient_name VARCHAR(200),
  purpose VARCHAR(40) NOT NULL,
  categories VARCHAR(1000) NOT NULL,
  basis VARCHAR(16) NOT NULL,
  consent_id VARCHAR(36),
  court_order_id VARCHAR(36),
  description VARCHAR(500) NOT NULL,
  notice VARCHAR(2000) NOT NULL
);
CREATE INDEX consent_disclosure_participant ON consent_disclosure (participant_id, disclosed_at);
