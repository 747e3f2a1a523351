#!/usr/bin/env bash
# The linkage module's HSDS import of a synthetic directory of 50 000 services (A: DirectoryService.importDirectory;
# A': its transaction alone) against a raw JDBC batch insert of the same rows into the same tables (B), and the
# same file imported again (C), on embedded Derby (default) or a local PostgreSQL. See benchmarks/README.md.
#
#   benchmarks/hsds-import/run.sh                  Derby (target/derby-hsds, made anew), 4 rounds
#   benchmarks/hsds-import/run.sh postgresql       PostgreSQL on 127.0.0.1:5432, database mission_bench_hsds
#   SERVICES=10000 ROUNDS=3 benchmarks/hsds-import/run.sh
#   ONCE=1 JAVA_OPTS=-Xmx768m SERVICES=10000 benchmarks/hsds-import/run.sh   one import, to see the heap it needs
#
# Results: benchmarks/hsds-import/target/results-<db>.txt. All data is synthetic.
# Environment: SERVICES, ROUNDS, JAVA_OPTS (default -Xmx5g), SKIP_BUILD=1, and for PostgreSQL BENCH_PG_URL,
# BENCH_PG_USER (default mission_it) and BENCH_PG_PASSWORD (default mission_it).
set -euo pipefail
DB=${1:-derby}
case "$DB" in derby|postgresql) ;; *) echo "usage: $0 [derby|postgresql]" >&2; exit 2;; esac
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SERVICES=${SERVICES:-50000}
ROUNDS=${ROUNDS:-4}
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  (cd "$ROOT" && mvn -B -ntp -q -Pbench -pl benchmarks,benchmarks/bench-jdbc,benchmarks/hsds-import -am package -DskipTests)
fi
if [ "$DB" = postgresql ]; then
  # a fresh database each run, made as the postgres account (root here, as scripts/postgres-test-db.sh does)
  if [ -z "${BENCH_PG_URL:-}" ] && [ "$(id -u)" = 0 ] && id postgres > /dev/null 2>&1; then
    "$ROOT/scripts/postgres-test-db.sh" > /dev/null   # the mission_it role
    su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS mission_bench_hsds'"
    su postgres -c "psql -q -c 'CREATE DATABASE mission_bench_hsds OWNER mission_it'"
  fi
else
  rm -rf "$HERE/target/derby-hsds"
fi
cd "$HERE"
# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx5g} -Dservices="$SERVICES" -Drounds="$ROUNDS" -Donce="${ONCE:+true}" \
  -jar target/bench-hsds-import-0.1.0-SNAPSHOT.jar "$DB"
