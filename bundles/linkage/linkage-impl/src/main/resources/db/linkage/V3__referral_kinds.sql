-- The kinds of the service when the referral was made (its taxonomy term codes, comma-joined): the court report names
-- the kind of service from these, so a later import that changes or retires the service does not change a report
-- for a past period.
ALTER TABLE lk_referral ADD COLUMN kinds VARCHAR(500);
