-- Audit records and seal blocks are append-only for every role but the tables' owner (the role that
-- ran the migrations). A site that signs the platform in as another role (scripts/postgres-roles.sql)
-- gets an application that can add audit records but never change or remove one; retention then runs
-- through mission_audit_purge, which removes only whole blocks older than core_audit_retention.min_years.
CREATE TABLE core_audit_retention (
  id INTEGER NOT NULL PRIMARY KEY,
  min_years INTEGER NOT NULL
);
INSERT INTO core_audit_retention (id, min_years) VALUES (1, 6);

CREATE FUNCTION core_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  owner name;
BEGIN
  SELECT tableowner INTO owner FROM pg_tables WHERE schemaname = TG_TABLE_SCHEMA AND tablename = TG_TABLE_NAME;
  IF current_user = owner THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    IF TG_OP = 'TRUNCATE' THEN RETURN NULL; END IF;
    RETURN NEW;
  END IF;
  -- the one update of a record: records written before seal blocks are chained the old way, once
  -- (nested: the columns of OLD exist only for core_audit rows)
  IF TG_TABLE_NAME = 'core_audit' AND TG_OP = 'UPDATE' THEN
    IF OLD.seal_seq IS NULL
        AND (NEW.id, NEW.occurred_at, NEW.actor, NEW.roles, NEW.component, NEW.action, NEW.resource_type,
             NEW.resource_id, NEW.participant_id, NEW.outcome, NEW.purpose, NEW.detail, NEW.client_address)
        IS NOT DISTINCT FROM
            (OLD.id, OLD.occurred_at, OLD.actor, OLD.roles, OLD.component, OLD.action, OLD.resource_type,
             OLD.resource_id, OLD.participant_id, OLD.outcome, OLD.purpose, OLD.detail, OLD.client_address) THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit records are append-only: % on % refused to %', TG_OP, TG_TABLE_NAME, current_user
    USING ERRCODE = '42501';
END $$;

CREATE TRIGGER core_audit_append_only BEFORE UPDATE OR DELETE ON core_audit
  FOR EACH ROW EXECUTE FUNCTION core_audit_guard();
CREATE TRIGGER core_audit_no_truncate BEFORE TRUNCATE ON core_audit
  FOR EACH STATEMENT EXECUTE FUNCTION core_audit_guard();
CREATE TRIGGER core_audit_block_append_only BEFORE UPDATE OR DELETE ON core_audit_block
  FOR EACH ROW EXECUTE FUNCTION core_audit_guard();
CREATE TRIGGER core_audit_block_no_truncate BEFORE TRUNCATE ON core_audit_block
  FOR EACH STATEMENT EXECUTE FUNCTION core_audit_guard();
CREATE TRIGGER core_audit_retention_owner_only BEFORE UPDATE OR DELETE ON core_audit_retention
  FOR EACH ROW EXECUTE FUNCTION core_audit_guard();

-- Retention, as the owner: the oldest whole blocks whose records are all older than the cutoff, and
-- the records chained the old way that are older, never anything younger than min_years.
CREATE FUNCTION mission_audit_purge(cutoff TIMESTAMP) RETURNS INTEGER LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public AS $$
DECLARE
  b core_audit_block%ROWTYPE;
  latest TIMESTAMP;
  removed INTEGER := 0;
  n INTEGER;
  through BIGINT;
BEGIN
  SELECT localtimestamp - make_interval(years => min_years) INTO latest FROM core_audit_retention WHERE id = 1;
  IF cutoff > latest THEN
    cutoff := latest;
  END IF;
  PERFORM 1 FROM core_audit_seal WHERE id = 1 FOR UPDATE;
  LOOP
    SELECT * INTO b FROM core_audit_block ORDER BY seq LIMIT 1;
    EXIT WHEN NOT FOUND OR b.last_at >= cutoff;
    DELETE FROM core_audit WHERE id >= b.first_id AND id <= b.last_id;
    GET DIAGNOSTICS n = ROW_COUNT;
    removed := removed + n;
    DELETE FROM core_audit_block WHERE seq = b.seq;
    UPDATE core_audit_seal SET block_base_seq = b.seq, block_base_hash = b.block_hash,
      block_base_last_id = b.last_id, block_base_last_at = b.last_at WHERE id = 1;
  END LOOP;
  SELECT MAX(seal_seq) INTO through FROM core_audit WHERE seal_seq IS NOT NULL AND occurred_at < cutoff;
  IF through IS NOT NULL THEN
    UPDATE core_audit_seal SET base_seq = through,
      base_hash = (SELECT record_hash FROM core_audit WHERE seal_seq = through) WHERE id = 1;
    DELETE FROM core_audit WHERE seal_seq IS NOT NULL AND seal_seq <= through;
    GET DIAGNOSTICS n = ROW_COUNT;
    removed := removed + n;
  END IF;
  RETURN removed;
END $$;
REVOKE ALL ON FUNCTION mission_audit_purge(TIMESTAMP) FROM PUBLIC;
