-- Break-the-glass grants: a staff member opened a participant outside their caseload, for a while, with a reason.
CREATE TABLE reg_break_glass (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  username VARCHAR(128) NOT NULL,
  participant_id VARCHAR(36) NOT NULL REFERENCES reg_participant (id),
  reason VARCHAR(500) NOT NULL,
  opened_at TIMESTAMP NOT NULL,
  expires_at TIMESTAMP NOT NULL
);
CREATE INDEX reg_break_glass_user ON reg_break_glass (username, participant_id, expires_at);
CREATE INDEX reg_break_glass_opened ON reg_break_glass (opened_at);

-- caseload scope: a participant belongs to the team of their latest enrollment
CREATE INDEX reg_enrollment_latest ON reg_enrollment (participant_id, created_at);
