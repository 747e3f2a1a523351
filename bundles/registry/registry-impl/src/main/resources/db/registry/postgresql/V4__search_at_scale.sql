-- PostgreSQL: tokens compare byte by byte (collation "C"), as on Derby, so a prefix is one index range.
-- Participant search and lists that do not scan the table (issue: search and lists at 100,000 participants).
-- Name words, normalized (case-folded, accents removed, NFC), one row per distinct word of a participant's
-- names; a search word is a prefix range on it. Filled by the registry for participants stored before this.
CREATE TABLE reg_name_token (
  token VARCHAR(100) COLLATE "C" NOT NULL,
  participant_id VARCHAR(36) NOT NULL REFERENCES reg_participant (id),
  PRIMARY KEY (token, participant_id)
);
CREATE INDEX reg_name_token_participant ON reg_name_token (participant_id);

-- the list order (family, given, id) read from an index, so the first page needs no sort of the table
CREATE INDEX reg_participant_order ON reg_participant (family_name_lc, given_name_lc, id);
DROP INDEX reg_participant_family;
-- the intake pool (never enrolled: no enrollment ever bumped the lock) found without a scan
CREATE INDEX reg_participant_intake ON reg_participant (enrollment_lock);
-- an identifier searched by value alone
CREATE INDEX reg_identifier_value ON reg_identifier (id_value);
-- a staff member's teams
CREATE INDEX reg_team_case_manager ON reg_team (case_manager_id);
CREATE INDEX reg_team_peer_specialist ON reg_team (peer_specialist_id);
-- the enrollment list's order
CREATE INDEX reg_enrollment_start ON reg_enrollment (start_date DESC, id);
