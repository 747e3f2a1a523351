#!/usr/bin/env bash
# The CTI team overdue list on 10 000 active participants and 1 000 000 contacts: the platform's
# ScheduleService.overdue (A), its MyBatis queries alone (A') and a hand-written JDBC query of the
# same rows (B), on embedded Derby (default) or a local PostgreSQL. See benchmarks/README.md.
#
#   benchmarks/cti-overdue/run.sh                  Derby, WARMUP=30 MEASURE=60
#   benchmarks/cti-overdue/run.sh postgresql       PostgreSQL on 127.0.0.1:5432, database mission_bench
#   WARMUP=20 MEASURE=40 benchmarks/cti-overdue/run.sh derby
#
# Results: benchmarks/cti-overdue/target/results-<db>.txt, executed plans: target/plans-<db>.txt.
# The first run on a database seeds it (Derby: a few minutes, kept in target/derby; PostgreSQL: under a
# minute); later runs reuse the seed. All data is synthetic.
#
# Environment: WARMUP, MEASURE (seconds), TEAMS (timed teams, default 20), JAVA_OPTS (default -Xmx2g),
# RUN_TIMEOUT (seconds for the Java run, default 1500), and for PostgreSQL BENCH_PG_URL
# (default jdbc:postgresql://127.0.0.1:5432/mission_bench), BENCH_PG_USER (default mission_it) and
# BENCH_PG_PASSWORD (default: the integration-test role's password, mission_it).
set -euo pipefail

DB=${1:-derby}
case "$DB" in derby|postgresql) ;; *) echo "usage: $0 [derby|postgresql]" >&2; exit 2;; esac
WARMUP=${WARMUP:-30}
MEASURE=${MEASURE:-60}
TEAMS=${TEAMS:-20}
RUN_TIMEOUT=${RUN_TIMEOUT:-1500}
for v in WARMUP MEASURE TEAMS RUN_TIMEOUT; do
  case "${!v}" in ''|*[!0-9]*) echo "run.sh: $v must be a whole number (got '${!v}')" >&2; exit 2;; esac
done

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT="$HERE/target"
JAR="$OUT/bench-cti-overdue-0.1.0-SNAPSHOT.jar"
RESULTS="$OUT/results-$DB.txt"
PLANS="$OUT/plans-$DB.txt"

log() { printf '[cti-overdue %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf 'cti-overdue/run.sh: %s\n' "$*" >&2; exit 1; }

for tool in mvn java timeout; do
  command -v "$tool" > /dev/null || die "needs $tool on the PATH"
done

# ---- build ---------------------------------------------------------------------------------------
cd "$ROOT"
log "building: mvn -B -q -Pbench -pl benchmarks,benchmarks/cti-overdue -am package -DskipTests"
mvn -B -q -Pbench -pl benchmarks,benchmarks/cti-overdue -am package -DskipTests
[ -f "$JAR" ] && [ -d "$OUT/lib" ] || die "the build did not produce $JAR and $OUT/lib"

# ---- database ------------------------------------------------------------------------------------
ARGS=("$DB" "--warmup=$WARMUP" "--measure=$MEASURE" "--teams=$TEAMS" "--out=$RESULTS" "--plans=$PLANS")
if [ "$DB" = derby ]; then
  ARGS+=("--derby-dir=$OUT/derby/mission")
else
  PG_URL=${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/mission_bench}
  PG_USER=${BENCH_PG_USER:-mission_it}
  export BENCH_PG_PASSWORD=${BENCH_PG_PASSWORD:-mission_it}
  ARGS+=("--pg-url=$PG_URL" "--pg-user=$PG_USER")
  # Create the throw-away database when it is the default one on this machine and missing.
  if [ -z "${BENCH_PG_URL:-}" ] && command -v psql > /dev/null && [ "$(id -u)" = 0 ] && id postgres > /dev/null 2>&1; then
    if [ "$(su postgres -c "psql -Atc \"SELECT 1 FROM pg_database WHERE datname = 'mission_bench'\"")" != 1 ]; then
      log "creating database mission_bench (owner $PG_USER)"
      su postgres -c "psql -q -c 'CREATE DATABASE mission_bench OWNER $PG_USER'"
    fi
  fi
fi

# ---- run -----------------------------------------------------------------------------------------
rm -f "$RESULTS" "$PLANS"
log "running on $DB: warm-up ${WARMUP}s, measure ${MEASURE}s, $TEAMS teams (the first run seeds the database)"
cd "$HERE"
# timeout bounds the run (seeding included); the JVM gets TERM, then KILL 15 s later
rc=0
# shellcheck disable=SC2086
timeout --kill-after=15 "$RUN_TIMEOUT" java ${JAVA_OPTS:--Xmx2g} -jar "$JAR" "${ARGS[@]}" || rc=$?
if [ "$rc" != 0 ]; then
  [ "$rc" = 124 ] && die "the run took longer than RUN_TIMEOUT=${RUN_TIMEOUT}s and was stopped"
  die "the benchmark failed (exit $rc); see the output above"
fi
log "results: $RESULTS"
log "plans:   $PLANS"
