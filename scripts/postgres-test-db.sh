#!/bin/sh
# Makes sure a local PostgreSQL runs and (re)creates the integration-test database mission_it
# (synthetic test data only), as a site with separate roles would run it (scripts/postgres-roles.sql):
# mission_it / mission_it owns the tables and runs the migrations; the platform signs in as
# mission_it_app / mission_it_app, which cannot change or remove audit records.
# Needs PostgreSQL installed (Debian/Ubuntu: apt-get install postgresql) and a user who may
# act as the postgres superuser (root, or the postgres account).
set -eu
if ! command -v pg_lsclusters >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "PostgreSQL is not installed; installing it with apt-get"
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
  else
    echo "PostgreSQL is not installed: run 'sudo apt-get install postgresql' (or see README)" >&2
    exit 1
  fi
fi
cluster=$(pg_lsclusters -h | head -1)
if [ -z "$cluster" ]; then
  echo "no PostgreSQL cluster found (pg_lsclusters)" >&2
  exit 1
fi
version=$(echo "$cluster" | awk '{print $1}')
name=$(echo "$cluster" | awk '{print $2}')
status=$(echo "$cluster" | awk '{print $4}')
if [ "$status" != "online" ]; then
  echo "starting PostgreSQL $version/$name"
  pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start 2>/dev/null || pg_ctlcluster "$version" "$name" start
fi
as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; elif [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else sudo -u postgres "$@"; fi
}
for i in 1 2 3 4 5 6 7 8 9 10; do
  as_postgres "psql -q -c 'SELECT 1'" >/dev/null 2>&1 && break
  sleep 1
done
as_postgres "psql -q -v ON_ERROR_STOP=1 -c 'DROP DATABASE IF EXISTS mission_it'"
as_postgres "psql -q -v ON_ERROR_STOP=1 -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mission_it') THEN CREATE ROLE mission_it LOGIN PASSWORD 'mission_it'; END IF; END \\\$\\\$\""
as_postgres "psql -q -v ON_ERROR_STOP=1 -c 'CREATE DATABASE mission_it OWNER mission_it'"
here=$(cd "$(dirname "$0")" && pwd)
cp "$here/postgres-roles.sql" /tmp/mission-postgres-roles.sql && chmod 644 /tmp/mission-postgres-roles.sql
as_postgres "psql -q -v ON_ERROR_STOP=1 -v owner=mission_it -v app=mission_it_app -d mission_it -f /tmp/mission-postgres-roles.sql" >/dev/null
as_postgres "psql -q -v ON_ERROR_STOP=1 -c \"ALTER ROLE mission_it_app PASSWORD 'mission_it_app'\""
rm -f /tmp/mission-postgres-roles.sql
echo "PostgreSQL test database mission_it is ready on 127.0.0.1:5432 (owner mission_it, application mission_it_app)"
