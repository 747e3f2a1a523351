-- Staff accounts: the normal way to sign in (etc/users.properties keeps the bootstrap admin).
-- roles: comma-separated role names. password_hash: pbkdf2-sha256$<iterations>$<salt>$<hash>.
CREATE TABLE core_account (
  username VARCHAR(64) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL,
  display_name VARCHAR(200) NOT NULL,
  organization VARCHAR(200),
  roles VARCHAR(200) NOT NULL,
  enabled BOOLEAN NOT NULL,
  password_hash VARCHAR(200) NOT NULL,
  password_changed_at TIMESTAMP NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(128) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  updated_by VARCHAR(128) NOT NULL
);
