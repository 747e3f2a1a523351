#!/usr/bin/env bash
# Nights housed in the period for a site of 100 000 participants with 2 000 000 status periods: the housing module's
# TimelineService.siteNights (A), its MyBatis statements alone (A') and a hand-written SQL aggregate of the same rows
# (B), on embedded Derby (default) or a local PostgreSQL. See benchmarks/README.md.
#
#   benchmarks/housing-nights/run.sh                  Derby, WARMUP=30 MEASURE=60
#   benchmarks/housing-nights/run.sh postgresql       PostgreSQL on 127.0.0.1:5432, database mission_bench_housing
#   WARMUP=10 MEASURE=20 benchmarks/housing-nights/run.sh derby
#
# Results: benchmarks/housing-nights/target/results-<db>.txt, executed plans: target/plans-<db>.txt, the seed's log
# (first run only): target/seed-<db>.txt. The first run on a database seeds it in a JVM of its own (Derby: about
# 10 minutes, kept in target/derby; PostgreSQL: a few minutes); later runs reuse the seed. All data is synthetic.
#
# Environment: WARMUP, MEASURE (seconds), JAVA_OPTS (default -Xmx2g), SEED_JAVA_OPTS (the seeding JVM's; default
# -Xmx2g -Dderby.storage.pageCacheSize=40000: Derby's 4 MB default cache makes the random-key index inserts crawl;
# the timed run keeps Derby's default, as the distribution does), RUN_TIMEOUT (seconds for each Java run, default
# 2400), SKIP_BUILD=1 (run the jar already in target/, e.g. one built against the installed bundles with
# `mvn -o -Pbench -pl benchmarks,benchmarks/bench-jdbc,benchmarks/housing-nights package`), and for PostgreSQL
# BENCH_PG_URL (default jdbc:postgresql://127.0.0.1:5432/mission_bench_housing), BENCH_PG_USER (default mission_it)
# and BENCH_PG_PASSWORD (default: the integration-test role's password, mission_it).
set -euo pipefail

DB=${1:-derby}
case "$DB" in derby|postgresql) ;; *) echo "usage: $0 [derby|postgresql]" >&2; exit 2;; esac
WARMUP=${WARMUP:-30}
MEASURE=${MEASURE:-60}
RUN_TIMEOUT=${RUN_TIMEOUT:-2400}
for v in WARMUP MEASURE RUN_TIMEOUT; do
  case "${!v}" in ''|*[!0-9]*) echo "run.sh: $v must be a whole number (got '${!v}')" >&2; exit 2;; esac
done

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT="$HERE/target"
JAR="$OUT/bench-housing-nights-0.1.0-SNAPSHOT.jar"
RESULTS="$OUT/results-$DB.txt"
PLANS="$OUT/plans-$DB.txt"
SEEDLOG="$OUT/seed-$DB.txt"
PG_DB=mission_bench_housing

log() { printf '[housing-nights %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf 'housing-nights/run.sh: %s\n' "$*" >&2; exit 1; }

for tool in mvn java timeout; do
  command -v "$tool" > /dev/null || die "needs $tool on the PATH"
done

# ---- build ---------------------------------------------------------------------------------------
cd "$ROOT"
if [ "${SKIP_BUILD:-}" = 1 ]; then
  log "not building (SKIP_BUILD=1): running $JAR as it is"
else
  log "building: mvn -B -q -Pbench -pl benchmarks,benchmarks/housing-nights -am package -DskipTests"
  mvn -B -q -Pbench -pl benchmarks,benchmarks/housing-nights -am package -DskipTests
fi
[ -f "$JAR" ] && [ -d "$OUT/lib" ] || die "no $JAR and $OUT/lib: build it first"

# ---- database ------------------------------------------------------------------------------------
ARGS=("$DB")
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

cd "$HERE"
run_java() { # timeout bounds each run; the JVM gets TERM, then KILL 15 s later
  local opts=$1; shift
  local rc=0
  # shellcheck disable=SC2086
  timeout --kill-after=15 "$RUN_TIMEOUT" java $opts -jar "$JAR" "$@" || rc=$?
  if [ "$rc" != 0 ]; then
    [ "$rc" = 124 ] && die "the run took longer than RUN_TIMEOUT=${RUN_TIMEOUT}s and was stopped"
    [ "$rc" = 3 ] && die "VERIFICATION FAILED: the variants disagree (see above); nothing was timed"
    die "the benchmark failed (exit $rc); see the output above"
  fi
}

# ---- seed (a JVM of its own, with a bigger Derby page cache; returns at once when seeded) ---------------
log "seeding on $DB unless seeded (load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a))"
run_java "${SEED_JAVA_OPTS:--Xmx2g -Dderby.storage.pageCacheSize=40000}" "${ARGS[@]}" --seed-only "--out=$SEEDLOG.new"
if grep -q "^seed: none yet" "$SEEDLOG.new" 2>/dev/null; then mv "$SEEDLOG.new" "$SEEDLOG"; else rm -f "$SEEDLOG.new"; fi

# ---- run -----------------------------------------------------------------------------------------
rm -f "$RESULTS" "$PLANS"
log "running on $DB: warm-up ${WARMUP}s, measure ${MEASURE}s"
log "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
run_java "${JAVA_OPTS:--Xmx2g}" "${ARGS[@]}" "--warmup=$WARMUP" "--measure=$MEASURE" "--out=$RESULTS" "--plans=$PLANS"
log "results: $RESULTS"
log "plans:   $PLANS"
