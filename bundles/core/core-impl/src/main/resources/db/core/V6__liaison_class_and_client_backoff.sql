-- A court liaison's recipient class (COURT, PROBATION_PAROLE, PRETRIAL_SERVICES, PROSECUTION), set by
-- a program admin with the organization: the recipient of every disclosure to that liaison.
ALTER TABLE core_account ADD COLUMN organization_class VARCHAR(32);
-- Failed sign-ins per client address, shared by all nodes: a client that keeps failing is slowed
-- down (back-off) whatever user names it tries.
CREATE TABLE core_signin_client (
  client_address VARCHAR(64) NOT NULL PRIMARY KEY,
  failures INTEGER NOT NULL,
  last_failure TIMESTAMP NOT NULL,
  blocked_until TIMESTAMP
);
