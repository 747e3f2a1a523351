-- Contacts counted from another module's support contact (SupportContacts.LOGGED): where they came from, so that
-- the same event delivered again is stored once. Both are null for contacts logged in CTI. A UNIQUE constraint (its
-- own unique index) rather than CREATE UNIQUE INDEX: Derby's unique index would take those nulls for duplicates.
ALTER TABLE cti_contact ADD COLUMN source VARCHAR(32);
ALTER TABLE cti_contact ADD COLUMN source_contact_id VARCHAR(64);
ALTER TABLE cti_contact ADD CONSTRAINT cti_contact_source UNIQUE (source, source_contact_id);
