-- An identifier (a jail booking, a docket number) may be held by two participants until someone who may see
-- both reviews them: refusing the second would tell whoever typed it that the number belongs to a patient of
-- the program. The key becomes the identifier and its participant.
ALTER TABLE reg_identifier DROP CONSTRAINT reg_identifier_pkey;
ALTER TABLE reg_identifier ADD CONSTRAINT reg_identifier_pk PRIMARY KEY (system, id_value, participant_id);
