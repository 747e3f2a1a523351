-- 42 CFR Part 2 fixes (see docs/consent.md, "What changed in 0.2").
-- Consents: the elements of §2.31(a) not kept before, and revocability apart from expiry.
ALTER TABLE consent_directive ADD COLUMN information_description VARCHAR(1000);
ALTER TABLE consent_directive ADD COLUMN signer_authority VARCHAR(32);
ALTER TABLE consent_directive ADD COLUMN signer_authority_description VARCHAR(300);
ALTER TABLE consent_directive ADD COLUMN redisclosure_statement SMALLINT;
ALTER TABLE consent_directive ADD COLUMN conditioning_statement SMALLINT;
ALTER TABLE consent_directive ADD COLUMN irrevocable_until DATE;
ALTER TABLE consent_directive ADD COLUMN revocability_event_on DATE;
ALTER TABLE consent_directive ADD COLUMN revocability_event_note VARCHAR(500);
ALTER TABLE consent_directive ADD COLUMN revocation_recorded_at TIMESTAMP;
-- Before, recording a §2.35 consent's event both made it revocable and ended it. That day made it
-- revocable; it stays ended, so that nothing is disclosed under it that was not allowed before (a
-- consent meant to run longer needs a new signature).
UPDATE consent_directive SET revocability_event_on = ended_on
  WHERE kind = 'CRIMINAL_JUSTICE' AND irrevocable_until_event IS NOT NULL AND ended_on IS NOT NULL;
UPDATE consent_directive SET revocation_recorded_at = updated_at WHERE revoked_on IS NOT NULL;

-- Court orders: the section they were issued under, findings, limits, patient notice, the signed
-- document, and a second person's approval. An order recorded before authorizes nothing until it is
-- approved, and it can be approved only once it has every element: record it again.
ALTER TABLE consent_court_order ADD COLUMN authority VARCHAR(16);
ALTER TABLE consent_court_order ADD COLUMN findings VARCHAR(2000);
ALTER TABLE consent_court_order ADD COLUMN limits VARCHAR(2000);
ALTER TABLE consent_court_order ADD COLUMN patient_notified SMALLINT;
ALTER TABLE consent_court_order ADD COLUMN document_reference VARCHAR(300);
ALTER TABLE consent_court_order ADD COLUMN status VARCHAR(24);
ALTER TABLE consent_court_order ADD COLUMN decided_by VARCHAR(128);
ALTER TABLE consent_court_order ADD COLUMN decided_at TIMESTAMP;
ALTER TABLE consent_court_order ADD COLUMN decision_note VARCHAR(500);
UPDATE consent_court_order SET status = 'PENDING_APPROVAL';

-- Disclosures: medical emergencies (§2.51), who disclosed in which roles, and whether the basis named
-- its recipient (disclosures made before under a nameless basis are listed for review).
ALTER TABLE consent_disclosure ADD COLUMN recipient_affiliation VARCHAR(200);
ALTER TABLE consent_disclosure ADD COLUMN emergency_at TIMESTAMP;
ALTER TABLE consent_disclosure ADD COLUMN emergency_nature VARCHAR(500);
ALTER TABLE consent_disclosure ADD COLUMN disclosed_by_roles VARCHAR(256);
ALTER TABLE consent_disclosure ADD COLUMN basis_named_recipient SMALLINT;
UPDATE consent_disclosure SET basis_named_recipient = 1 WHERE
  EXISTS (SELECT 1 FROM consent_directive c WHERE c.id = consent_disclosure.consent_id AND c.recipient_name IS NOT NULL)
  OR EXISTS (SELECT 1 FROM consent_court_order o WHERE o.id = consent_disclosure.court_order_id AND o.recipient_name IS NOT NULL);
UPDATE consent_disclosure SET basis_named_recipient = 0 WHERE basis_named_recipient IS NULL;
CREATE INDEX consent_disclosure_review ON consent_disclosure (basis_named_recipient, disclosed_at);

-- Requests to restrict disclosures (§2.26).
CREATE TABLE consent_restriction (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  participant_id VARCHAR(36) NOT NULL,
  categories VARCHAR(1000) NOT NULL,
  recipient_class VARCHAR(32),
  recipient_name VARCHAR(200),
  purpose VARCHAR(40),
  description VARCHAR(1000),
  requested_on DATE NOT NULL,
  paid_out_of_pocket SMALLINT NOT NULL,
  decision VARCHAR(16) NOT NULL,
  decision_note VARCHAR(500),
  ended_on DATE,
  end_note VARCHAR(500),
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(128) NOT NULL
);
CREATE INDEX consent_restriction_participant ON consent_restriction (participant_id, requested_on);
