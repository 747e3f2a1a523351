-- The application role of a PostgreSQL site: everything it needs, but it cannot change or remove an
-- audit record (the V7 migration's trigger refuses UPDATE and DELETE of core_audit and core_audit_block
-- to every role but their owner), and it applies retention only through mission_audit_purge.
-- Run as a superuser (or the database owner), in the mission database, once the owner role exists:
--
--   psql -v ON_ERROR_STOP=1 -v owner=mission_owner -v app=mission_app -d mission -f scripts/postgres-roles.sql
--
-- owner: the role that owns the tables and runs the migrations (the platform's "migrationDataSource");
-- app: the role the platform signs in as (its "dataSource"), created here without a password: set one with
--   ALTER ROLE mission_app PASSWORD '...'   (or use the site's usual authentication).
-- Safe to run again. See docs/operations.md, "The audit trail".
\if :{?owner}
\else
\set owner mission_owner
\endif
\if :{?app}
\else
\set app mission_app
\endif
SELECT format('CREATE ROLE %I LOGIN', :'app') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), :'app') \gexec
SELECT format('GRANT USAGE ON SCHEMA public TO %I', :'app') \gexec
-- the tables there are now, and those the owner's migrations add later
SELECT format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', :'app') \gexec
SELECT format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', :'app') \gexec
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
  :'owner', :'app') \gexec
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I',
  :'owner', :'app') \gexec
-- audit records: never rewritten by the application, whatever the trigger (belt and braces where the tables exist)
SELECT format('REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM %I', t, :'app')
  FROM unnest(ARRAY['core_audit', 'core_audit_block', 'core_audit_retention']) AS t
  WHERE to_regclass(t) IS NOT NULL \gexec
-- retention: the one way the application removes audit records (whole blocks past the retention period)
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO %I', :'owner', :'app') \gexec
SELECT format('GRANT EXECUTE ON FUNCTION mission_audit_purge(TIMESTAMP) TO %I', :'app')
  WHERE to_regprocedure('mission_audit_purge(timestamp)') IS NOT NULL \gexec
