-- The chain's start (where retention or the upgrade moved it) is keyed like the blocks: an HMAC over the
-- seal row's base columns, with a key kept outside the database, so that moving the start behind the
-- server's back (to drop or re-chain records "before" it) no longer verifies.
ALTER TABLE core_audit_seal ADD COLUMN base_mac VARCHAR(120);
