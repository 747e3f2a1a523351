-- PostgreSQL waits for a lock forever by default: here a lock wait gives up after 15 s, so a request
-- that meets one is run once more, and otherwise answered 503 with Retry-After. For new sessions of
-- this database; a role without the right to alter it is told so and keeps the server's setting.
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET lock_timeout = %L', current_database(), '15s');
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'lock_timeout not set for database %: the migrating role may not alter it', current_database();
END
$$;
