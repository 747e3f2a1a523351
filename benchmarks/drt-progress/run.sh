#!/usr/bin/env bash
# The DRT team progress view and site view "without a recent session" on 10 000 participants and 500 000 DRT
# sessions: the platform's DrtProgressService (A), its MyBatis statements alone (A') and hand-written JDBC
# aggregates of the same rows (B), on embedded Derby (default) or a local PostgreSQL. See benchmarks/README.md.
#
#   benchmarks/drt-progress/run.sh                  Derby, WARMUP=30 MEASURE=60
#   benchmarks/drt-progress/run.sh postgresql       PostgreSQL on 127.0.0.1:5432, database mission_bench_drt
#   WARMUP=20 MEASURE=40 benchmarks/drt-progress/run.sh derby
#
# Results: benchmarks/drt-progress/target/results-<db>.txt, executed plans: target/plans-<db>.txt.
# The first run on a database seeds it (Derby: a few minutes, kept in target/derby; PostgreSQL: about a
# minute); later runs reuse the seed. All data is synthetic.
#
# Environment: WARMUP, MEASURE (seconds), TEAMS (timed teams, default 20), JAVA_OPTS (default -Xmx2g),
# RUN_TIMEOUT (seconds for the Java run, default 1500), SKIP_BUILD=1 (run the jar already in target/, e.g.
# one built against the installed bundles with `mvn -Pbench -pl benchmarks,benchmarks/drt-progress package`),
# and for PostgreSQL BENCH_PG_URL (default jdbc:postgresql://127.0.0.1:5432/mission_bench_drt), BENCH_PG_USER
# (default mission_it) and BENCH_PG_PASSWORD (default: the integration-test role's password, mission_it).
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
JAR="$OUT/bench-drt-progress-0.1.0-SNAPSHOT.jar"
RESULTS="$OUT/results-$DB.txt"
PLANS="$OUT/plans-$DB.txt"
PG_DB=mission_bench_drt

log() { printf '[drt-progress %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf 'drt-progress/run.sh: %s\n' "$*" >&2; exit 1; }

for tool in mvn java timeout; do
  command -v "$tool" > /dev/null || die "needs $tool on the PATH"
done

# ---- build ---------------------------------------------------------------------------------------
cd "$ROOT"
if [ "${SKIP_BUILD:-}" = 1 ]; then
  log "not building (SKIP_BUILD=1): running $JAR as it is"
else
  log "building: mvn -B -q -Pbench -pl benchmarks,benchmarks/drt-progress -am package -DskipTests"
  mvn -B -q -Pbench -pl benchmarks,benchmarks/drt-progress -am package -DskipTests
fi
[ -f "$JAR" ] && [ -d "$OUT/lib" ] || die "no $JAR and $OUT/lib: build it first"

# ---- database ------------------------------------------------------------------------------------
ARGS=("$DB" "--warmup=$WARMUP" "--measure=$MEASURE" "--teams=$TEAMS" "--out=$RESULTS" "--plans=$PLANS")
if [ "$DB" = derby ]; then
  ARGS+=("--derby-dir=$OUT/derby/mission")
else
  PG_URL=${BENCH_PG_URL:-jdbc:postgresql://127.0.0.1:5432/$PG_DB}
  PG_USER=${BENCH_PG_USER:-mission_it}
  export BENCH_PG_PASSWORD=${BENCH_PG_PASSWORD:-mission_it}
  ARGS+=("--pg-url=$PG_URL" "--pg-user=$PG_USER")
  # Create the throw-away database (and the integration-test role, as scripts/postgres-test-db.sh does) when it
  # is the default one on this machine and missing.
  if [ -z "${BENCH_PG_URL:-}" ] && command -v psql > /dev/null && [ "$(id -u)" = 0 ] && id postgres > /dev/null 2>&1; then
    if [ "$PG_USER" = mission_it ] && [ "$(su postgres -c "psql -Atc \"SELECT 1 FROM pg_roles WHERE rolname = 'mission_it'\"")" != 1 ]; then
      log "creating role mission_it (the integration-test role)"
      su postgres -c "psql -q -c \"CREATE ROLE mission_it LOGIN PASSWORD 'mission_it'\""
    fi
    if [ "$(su postgres -c "psql -Atc \"SELECT 1 FROM pg_database WHERE datname = '$PG_DB'\"")" != 1 ]; then
      log "creating database $PG_DB (owner $PG_USER)"
      su postgres -c "psql -q -c 'CREATE DATABASE $PG_DB OWNER $PG_USER'"
    fi
  fi
fi

# ---- run -----------------------------------------------------------------------------------------
rm -f "$RESULTS" "$PLANS"
log "running on $DB: warm-up ${WARMUP}s, measure ${MEASURE}s, $TEAMS teams (the first run seeds the database)"
log "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
cd "$HERE"
# timeout bounds the run (seeding included); the JVM gets TERM, then KILL 15 s later
rc=0
# shellcheck disable=SC2086
timeout --kill-after=15 "$RUN_TIMEOUT" java ${JAVA_OPTS:--Xmx2g} -jar "$JAR" "${ARGS[@]}" || rc=$?
if [ "$rc" != 0 ]; then
  [ "$rc" = 124 ] && die "the run took longer than RUN_TIMEOUT=${RUN_TIMEOUT}s and was stopped"
  [ "$rc" = 3 ] && die "VERIFICATION FAILED: the variants disagree (see above); nothing was timed"
  die "the benchmark failed (exit $rc); see the output above"
fi
log "results: $RESULTS"
log "plans:   $PLANS"
