#!/usr/bin/env bash
# Participant GET by id through the assembly (B) vs a bare CXF JAX-RS resource in the same Karaf (A),
# as a closed-loop HTTP load run on this machine. Prints both results and the ratio B/A, and writes
# them to benchmarks/target/results.txt. See benchmarks/README.md.
#
#   benchmarks/run.sh                              defaults: THREADS=8 WARMUP=20 SECONDS=30 DB=derby
#   THREADS=8 WARMUP=15 SECONDS=20 benchmarks/run.sh
#   DB=postgresql benchmarks/run.sh                on the local PostgreSQL (database mission_bench_http)
#   RUNS=AB SECONDS=600 benchmarks/run.sh          a 10-minute soak of B (A is needed for the ratio)
#
# Everything runs on localhost: a fresh copy of the distribution in benchmarks/target/karaf on port 8181,
# two throw-away sign-ins with random passwords, synthetic staff/team/participant. Karaf is always stopped.

# bash treats SECONDS as its own clock; read the value this script was started with from the environment.
seconds_env=""
if [ -r "/proc/$$/environ" ]; then
  seconds_env=$(tr '\0' '\n' < "/proc/$$/environ" | sed -n 's/^SECONDS=//p' | head -n 1)
elif [ "${SECONDS:-0}" != 0 ]; then
  seconds_env=$SECONDS
fi
set -euo pipefail

THREADS=${THREADS:-8}
WARMUP=${WARMUP:-20}
DB=${DB:-derby}
RUNS=${RUNS:-ABC}
case "$DB" in derby|postgresql) ;; *) echo "run.sh: DB must be derby or postgresql (got '$DB')" >&2; exit 2;; esac
MEASURE=${seconds_env:-30}
PORT=8181
BOOT_TIMEOUT=120
for v in THREADS WARMUP MEASURE; do
  case "${!v}" in ''|*[!0-9]*) echo "run.sh: $v must be a whole number (got '${!v}')" >&2; exit 2;; esac
done

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
OUT="$BENCH/target"
ZIP="$ROOT/karaf-assembly/target/mission-karaf-0.1.0-SNAPSHOT.zip"
HELLO_JAR="$BENCH/bench-hello/target/bench-hello-0.1.0-SNAPSHOT.jar"
LOAD_JAR="$BENCH/load/target/bench-load-0.1.0-SNAPSHOT.jar"
BASE="http://localhost:$PORT/mission"
API="$BASE/api/v1"

log() { printf '[run.sh %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

check_port() {
  if port_busy "$PORT"; then
    die "something already listens on port $PORT (another Karaf?). Stop it first; see: ss -ltnp 'sport = :$PORT'"
  fi
}

for tool in mvn java curl unzip; do
  command -v "$tool" > /dev/null || die "needs $tool on the PATH"
done
check_port

# ---- build -------------------------------------------------------------------------------------
cd "$ROOT"
if [ ! -f "$ZIP" ]; then
  log "assembly zip missing: mvn -B -q install -DskipTests"
  mvn -B -q install -DskipTests
fi
log "building the benchmark modules: mvn -B -q -Pbench -pl benchmarks,benchmarks/bench-hello,benchmarks/load -am package -DskipTests"
mvn -B -q -Pbench -pl benchmarks,benchmarks/bench-hello,benchmarks/load -am package -DskipTests
[ -f "$HELLO_JAR" ] && [ -f "$LOAD_JAR" ] && [ -f "$ZIP" ] || die "build did not produce the expected jars/zip"

# ---- a fresh distribution ------------------------------------------------------------------------
rm -rf "$OUT/karaf"
mkdir -p "$OUT/karaf"
unzip -q "$ZIP" -d "$OUT/karaf"
KARAF="$OUT/karaf/mission-karaf-0.1.0-SNAPSHOT"
[ -x "$KARAF/bin/start" ] || chmod +x "$KARAF"/bin/*

rand_pw() { head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24; }
ADMIN_USER=bench.admin
CM_USER=bench.cm
ADMIN_PW=$(rand_pw)
CM_PW=$(rand_pw)
MISSION_PASSWORD="$ADMIN_PW" "$KARAF/bin/mission-add-user" "$ADMIN_USER" PROGRAM_ADMIN > /dev/null
MISSION_PASSWORD="$CM_PW" "$KARAF/bin/mission-add-user" "$CM_USER" CASE_MANAGER > /dev/null
# curl reads the sign-ins from files, so the passwords never appear on a command line
(
  umask 077
  printf 'machine localhost login %s password %s\n' "$ADMIN_USER" "$ADMIN_PW" > "$OUT/admin.netrc"
  printf 'machine localhost login %s password %s\n' "$CM_USER" "$CM_PW" > "$OUT/cm.netrc"
)

# HTTP port (8181 is the distribution's default; set it explicitly)
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $PORT/" "$KARAF/etc/org.ops4j.pax.web.cfg"
grep -q "^org.osgi.service.http.port = $PORT\$" "$KARAF/etc/org.ops4j.pax.web.cfg" \
  || die "could not set the HTTP port in etc/org.ops4j.pax.web.cfg"
# SEAL_INTERVAL=<seconds> changes how often audit records are sealed into the hash chain (default 5),
# to measure what the sealing costs under load.
if [ -n "${SEAL_INTERVAL:-}" ]; then
  printf 'sealIntervalSeconds = %s\n' "$SEAL_INTERVAL" > "$KARAF/etc/org.missioncj.core.audit.cfg"
fi
# DB=postgresql: the local PostgreSQL, a fresh database mission_bench_http owned by the integration tests' role
if [ "$DB" = postgresql ]; then
  "$ROOT/scripts/postgres-test-db.sh" > /dev/null
  as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else sudo -u postgres "$@"; fi; }
  as_postgres "psql -q -v ON_ERROR_STOP=1 -c 'DROP DATABASE IF EXISTS mission_bench_http'"
  as_postgres "psql -q -v ON_ERROR_STOP=1 -c 'CREATE DATABASE mission_bench_http OWNER mission_it'"
  (
    umask 077
    cat > "$KARAF/etc/org.ops4j.datasource-mission.cfg" <<CFG
osgi.jdbc.driver.name = PostgreSQL JDBC Driver
url = jdbc:postgresql://127.0.0.1:5432/mission_bench_http
user = mission_it
password = mission_it
dataSourceName = mission
osgi.jndi.service.name = mission
pool = dbcp2
xa = false
pool.maxTotal = 16
pool.testOnBorrow = false
factory.poolStatements = true
factory.maxOpenPreparedStatements = 100
CFG
  )
  sed -i 's#^\( *\)mission/\([^,]*\),#\1mission-db-postgresql/\2, \\\n\1mission/\2,#' "$KARAF/etc/org.apache.karaf.features.cfg"
  grep -q "mission-db-postgresql/" "$KARAF/etc/org.apache.karaf.features.cfg" || die "could not add mission-db-postgresql to featuresBoot"
fi
for p in 8101 1099 44444; do
  port_busy "$p" && log "warning: port $p (SSH/JMX) is in use; this Karaf's console/JMX will not bind, HTTP is unaffected"
done

# ---- start, and always stop -----------------------------------------------------------------------
STARTED=""
stop_karaf() {
  [ -n "$STARTED" ] || return 0
  STARTED=""
  log "stopping Karaf"
  local pid=""
  [ -f "$KARAF/karaf.pid" ] && pid=$(cat "$KARAF/karaf.pid" 2>/dev/null || true)
  "$KARAF/bin/stop" > /dev/null 2>&1 || true
  if [ -n "$pid" ]; then
    for _ in $(seq 1 60); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
      log "Karaf (pid $pid) still running after bin/stop; sending TERM"
      kill "$pid" 2>/dev/null || true
      sleep 5
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    fi
  else
    sleep 5
  fi
  rm -f "$OUT/admin.netrc" "$OUT/cm.netrc"
}
trap stop_karaf EXIT
trap 'exit 130' INT TERM

check_port
log "starting Karaf from $KARAF"
STARTED=yes
"$KARAF/bin/start"

http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$@" || true; }
wait_for() { # wait_for DEADLINE_EPOCH URL [curl options]: until URL answers 200
  local code deadline=$1
  shift
  while :; do
    code=$(http_code "$@")
    [ "$code" = 200 ] && return 0
    if [ "$(date +%s)" -ge "$deadline" ]; then
      grep -E 'ERROR|Exception' "$KARAF/data/log/karaf.log" 2>/dev/null | tail -n 20 >&2 || true
      die "no 200 from $1 within ${BOOT_TIMEOUT}s of the start (last answer: $code; log: $KARAF/data/log/karaf.log)"
    fi
    sleep 1
  done
}
deadline=$(( $(date +%s) + BOOT_TIMEOUT ))
wait_for "$deadline" "$API/health"
# the registry's resources join the endpoint as their bundles start: wait for the participant list too
wait_for "$deadline" "$API/participants" --netrc-file "$OUT/cm.netrc"
log "platform REST API is up (health and participants 200); installing bench-hello"
# The bundle goes into deploy/, where Felix File Install (a startup bundle, configured by
# etc/org.apache.felix.fileinstall-deploy.cfg) installs and starts it within a second.
# Only now: started during the first boot, while the features service is still starting CXF's
# bundles, its BusFactory.getDefaultBus() would create the shared default bus before CXF's HTTP
# transport is registered, and that bus breaks the platform's endpoint as well as its own.
cp "$HELLO_JAR" "$KARAF/deploy/"
wait_for "$deadline" "$BASE/bench/hello"
log "Karaf is up: health and bench/hello answer 200"

# ---- synthetic data over REST (as RegistryIT does) ------------------------------------------------
json_id() {
  if command -v jq > /dev/null; then jq -r .id; else grep -o '"id" *: *"[^"]*"' | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/'; fi
}
post() { # post NETRC PATH JSON -> body on stdout, fails unless 201
  local body code
  body=$(curl -s --max-time 30 --netrc-file "$1" -H 'Content-Type: application/json' -H 'Accept: application/json' \
    -w '\n%{http_code}' --data "$3" "$API$2")
  code=${body##*$'\n'}
  body=${body%$'\n'*}
  [ "$code" = 201 ] || die "POST $2 answered $code: $body"
  printf '%s' "$body"
}
SITE="Bench Site $(rand_pw | head -c 6)"
CM_STAFF=$(post "$OUT/admin.netrc" /staff \
  "{\"givenName\":\"Bench\",\"familyName\":\"Casemanager\",\"role\":\"CASE_MANAGER\",\"site\":\"$SITE\",\"username\":\"$CM_USER\"}" | json_id)
PSS_STAFF=$(post "$OUT/admin.netrc" /staff \
  "{\"givenName\":\"Bench\",\"familyName\":\"Peerspecialist\",\"role\":\"PEER_SPECIALIST\",\"site\":\"$SITE\"}" | json_id)
TEAM=$(post "$OUT/admin.netrc" /teams \
  "{\"name\":\"Bench Team\",\"site\":\"$SITE\",\"caseManagerId\":\"$CM_STAFF\",\"peerSpecialistId\":\"$PSS_STAFF\",\"caseloadLimit\":25}" | json_id)
PARTICIPANT=$(post "$OUT/cm.netrc" /participants \
  "{\"givenName\":\"Avery\",\"familyName\":\"Benchmark\",\"preferredName\":\"Ave\",\"dateOfBirth\":\"1988-04-12\",\"sex\":\"X\",\"preferredLanguage\":\"en-US\",\"phone\":\"555 0100\",\"email\":\"avery.benchmark@example.org\",\"city\":\"Sampletown\",\"state\":\"ZZ\",\"postalCode\":\"00000\",\"identifiers\":[{\"system\":\"jail-booking\",\"value\":\"BENCH-$(date +%s)\"}]}" | json_id)
[ -n "$CM_STAFF" ] && [ -n "$PSS_STAFF" ] && [ -n "$TEAM" ] && [ -n "$PARTICIPANT" ] || die "could not read the created ids"
# the participant and 24 more on bench.cm's team: B reads one of the caller's own caseload, C lists all 25
TODAY=$(date +%Y-%m-%d)
enroll() {
  post "$OUT/cm.netrc" /enrollments "{\"participantId\":\"$1\",\"teamId\":\"$TEAM\",\"programMonths\":12,\"startSetting\":\"JAIL\",\"referralSource\":\"COURT\",\"startDate\":\"$TODAY\",\"status\":\"ENROLLED\"}" > /dev/null
}
enroll "$PARTICIPANT"
for i in $(seq 2 25); do
  OTHER=$(post "$OUT/cm.netrc" /participants \
    "{\"givenName\":\"Sample$i\",\"familyName\":\"Benchmark\",\"dateOfBirth\":\"1990-01-$(printf %02d "$i")\",\"sex\":\"X\",\"identifiers\":[{\"system\":\"jail-booking\",\"value\":\"BENCH-$i-$(date +%s)\"}]}" | json_id)
  enroll "$OTHER"
done
log "created staff $CM_STAFF (CM), $PSS_STAFF (PSS), team $TEAM, participant $PARTICIPANT"
HELLO_URL="$BASE/bench/hello"
PARTICIPANT_URL="$API/participants/$PARTICIPANT"
CASELOAD_URL="$API/teams/$TEAM/caseload"
[ "$(curl -s --netrc-file "$OUT/cm.netrc" "$CASELOAD_URL" | grep -o '"count" *: *[0-9]*' | grep -o '[0-9]*$')" = 25 ] \
  || die "the team's caseload does not list 25 participants"
[ "$(http_code --netrc-file "$OUT/cm.netrc" "$PARTICIPANT_URL")" = 200 ] || die "GET $PARTICIPANT_URL is not 200"
log "response sizes: hello $(curl -s "$HELLO_URL" | wc -c) bytes, participant $(curl -s --netrc-file "$OUT/cm.netrc" "$PARTICIPANT_URL" | wc -c) bytes"

# ---- load ----------------------------------------------------------------------------------------
rc=0
load() { # load NAME URL [env:VAR]
  local out
  out=$( (BENCH_BASIC="$CM_USER:$CM_PW" java -cp "$LOAD_JAR" org.missioncj.bench.LoadRun "$2" "${3:--}" "$THREADS" "$WARMUP" "$MEASURE") ) || rc=1
  printf '%s\n' "$out"
}
A_OUT=""; B_OUT=""; C_OUT=""
case "$RUNS" in *A*)
  log "A: bare CXF hello, $THREADS threads, warm-up ${WARMUP}s, measure ${MEASURE}s"
  A_OUT=$(load A "$HELLO_URL"); printf '%s\n' "$A_OUT";;
esac
case "$RUNS" in *B*)
  log "B: participant GET by id as $CM_USER, $THREADS threads, warm-up ${WARMUP}s, measure ${MEASURE}s"
  B_OUT=$(load B "$PARTICIPANT_URL" env:BENCH_BASIC); printf '%s\n' "$B_OUT";;
esac
case "$RUNS" in *C*)
  log "C: team caseload (25 participants, 26 audit records a request) as $CM_USER, $THREADS threads, warm-up ${WARMUP}s, measure ${MEASURE}s"
  C_OUT=$(load C "$CASELOAD_URL" env:BENCH_BASIC); printf '%s\n' "$C_OUT";;
esac

field() { printf '%s\n' "$1" | sed -n "s/^RESULT .*$2=\([^ ]*\).*/\1/p" | tail -n 1; }
A_RPS=$(field "$A_OUT" rps); B_RPS=$(field "$B_OUT" rps); C_RPS=$(field "$C_OUT" rps)
ratio() { awk -v a="${1:-0}" -v b="${2:-0}" 'BEGIN { if (a > 0 && b > 0) printf "%.3f", b / a; else print "n/a" }'; }
{
  echo "MISSION-CJ benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), database $DB"
  echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1); load generator on the same machine"
  echo "settings: THREADS=$THREADS WARMUP=${WARMUP}s SECONDS=${MEASURE}s RUNS=$RUNS (closed loop, HTTP/1.1)"
  echo
  echo "A  bare CXF JAX-RS hello   GET $HELLO_URL"
  printf '%s\n' "$A_OUT" | sed 's/^/   /'
  echo "B  participant by id       GET $API/participants/{id} (Basic $CM_USER, on the caller's team)"
  printf '%s\n' "$B_OUT" | sed 's/^/   /'
  echo "C  team caseload of 25     GET $API/teams/{id}/caseload (Basic $CM_USER)"
  printf '%s\n' "$C_OUT" | sed 's/^/   /'
  echo
  for x in A B C; do
    o="${x}_OUT"
    [ -n "${!o}" ] || continue
    printf '%s: %8s req/s  p50 %s ms  p99 %s ms  errors %s\n' "$x" "$(field "${!o}" rps)" "$(field "${!o}" p50_ms)" \
      "$(field "${!o}" p99_ms)" "$(field "${!o}" errors)"
  done
  echo "ratio B/A (req/s): $(ratio "$A_RPS" "$B_RPS")"
  echo "ratio C/A (req/s): $(ratio "$A_RPS" "$C_RPS")"
  echo "ratio C/B (req/s): $(ratio "$B_RPS" "$C_RPS")"
} > "$OUT/results.txt"
echo
tail -n 7 "$OUT/results.txt"
log "written to $OUT/results.txt"
[ "$rc" = 0 ] || log "a load run reported errors (see above)"
exit "$rc"
