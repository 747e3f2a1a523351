-- A disclosure's basis now includes MEDICAL_EMERGENCY (§2.51), longer than the 16 characters of V1.
ALTER TABLE consent_disclosure ALTER COLUMN basis SET DATA TYPE VARCHAR(24);
