-- Failed sign-ins per user name, shared by all nodes, for the lockout policy.
CREATE TABLE core_signin (
  username VARCHAR(128) NOT NULL PRIMARY KEY,
  failures INTEGER NOT NULL,
  last_failure TIMESTAMP NOT NULL,
  locked_until TIMESTAMP
);
