#!/usr/bin/env bash
# Host-system adapter benchmark: in one fresh copy of the assembled platform,
#   A  the bare CXF hello (bench-hello, as benchmarks/run.sh installs it) under a closed-loop load;
#   B  signed BOOKING webhooks through the whole inbound path (signature, parse, inbox write, dedupe, match by
#      jail-booking identifier, effect with the team alert, audit) under the same load; and the ratio B/A;
#   D  a bare JAX-WS echo (bench-soap-echo: a CXF Provider reading the body as a DOM, as the SOAP adapter does) under
#      the same load, with BookingNotification envelopes;
#   E  SOAP BookingNotifications through the SOAP adapter's whole path (HTTP Basic sign-in, hardened parse, schema,
#      inbox write, dedupe, match, effect, audit) under the same load; and the ratio E/D;
#   C  the outbox: N enrollment notices queued while the county court's receiver answers 503, then the receiver
#      opens and the messages delivered per second are timed from the first to the last arrival, and every
#      message id is checked to have arrived exactly once.
# Prints the figures and writes them to benchmarks/target/adapters-<db>.txt. See benchmarks/README.md, "Host-system
# adapters".
#
#   benchmarks/adapters/run.sh                                   THREADS=8 WARMUP=10 SECONDS=20 N=500 DB=derby
#   DB=postgresql benchmarks/adapters/run.sh                     the local PostgreSQL, a fresh database mission_bench_adapters
#   THREADS=8 WARMUP=30 SECONDS=60 N=2000 benchmarks/adapters/run.sh
#
# Everything runs on localhost: a fresh copy of the distribution in benchmarks/target/adapters/karaf on PORT (8585;
# SSH and JMX moved to free ports), a throw-away program admin with a random password, random webhook secrets,
# synthetic data only. Karaf and the receiver are always stopped on exit.

# bash treats SECONDS as its own clock; read the value this script was started with from the environment.
seconds_env=""
if [ -r "/proc/$$/environ" ]; then
  seconds_env=$(tr '\0' '\n' < "/proc/$$/environ" | sed -n 's/^SECONDS=//p' | head -n 1)
elif [ "${SECONDS:-0}" != 0 ]; then
  seconds_env=$SECONDS
fi
set -euo pipefail

THREADS=${THREADS:-8}
WARMUP=${WARMUP:-10}
MEASURE=${seconds_env:-20}
DB=${DB:-derby}
N=${N:-500}
PEOPLE=${PEOPLE:-200}
SEED_THREADS=${SEED_THREADS:-4}
PORT=${PORT:-8585}
BOOT_TIMEOUT=${BOOT_TIMEOUT:-180}
DRAIN_TIMEOUT=${DRAIN_TIMEOUT:-300}
PG_DB=mission_bench_adapters
ADMIN_USER=bench.admin
SOAP_USER=bench.jail.soap
COURT_NAME="Bench County Court"
START_EPOCH=$(date +%s)

die() { printf 'adapters/run.sh: %s\n' "$*" >&2; exit 1; }
log() { printf '[adapters %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

case "$DB" in derby|postgresql) ;; *) die "DB must be derby or postgresql (got '$DB')";; esac
for v in THREADS WARMUP MEASURE N PEOPLE SEED_THREADS PORT BOOT_TIMEOUT DRAIN_TIMEOUT; do
  case "${!v}" in ''|*[!0-9]*) die "$v must be a whole number (got '${!v}')";; esac
done
[ "$N" -ge 2 ] || die "N must be at least 2 (a rate needs a first and a last arrival)"
[ "$PEOPLE" -ge 1 ] || die "PEOPLE must be at least 1"
case "$PORT" in 8181|8484) die "PORT $PORT is taken by convention (8181: the distribution's and benchmarks/run.sh's; 8484: not ours): choose another";; esac

BENCH=$(cd "$(dirname "$0")/.." && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
OUT="$BENCH/target"
WORK="$OUT/adapters"
ZIP="$ROOT/karaf-assembly/target/mission-karaf-0.1.0-SNAPSHOT.zip"
HELLO_JAR="$BENCH/bench-hello/target/bench-hello-0.1.0-SNAPSHOT.jar"
ECHO_JAR="$BENCH/bench-soap-echo/target/bench-soap-echo-0.1.0-SNAPSHOT.jar"
LOAD_JAR="$BENCH/load/target/bench-load-0.1.0-SNAPSHOT.jar"
SRC="$BENCH/adapters/AdapterBench.java"
CLASSES="$WORK/classes"
RESULT="$OUT/adapters-$DB.txt"
BASE="http://localhost:$PORT/mission"
API="$BASE/api/v1"

for tool in java javac curl unzip awk sed; do
  command -v "$tool" > /dev/null || die "needs $tool on the PATH"
done

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
check_port() {
  if port_busy "$PORT"; then
    die "something already listens on port $PORT (another Karaf?). Stop it first, or set PORT; see: ss -ltnp 'sport = :$PORT'"
  fi
}
# the first free port from $1 on that none of the other chosen ports ($2...) uses
free_port() {
  local p=$1 q taken
  shift
  while :; do
    taken=""
    for q in "$@"; do [ "$p" = "$q" ] && taken=yes; done
    if [ -z "$taken" ] && ! port_busy "$p"; then
      echo "$p"
      return 0
    fi
    p=$((p + 1))
    [ "$p" -lt 65000 ] || die "no free port found"
  done
}
check_port

# ---- build (only what is missing) and the client ---------------------------------------------------------------
mvn_quiet() { # offline first (everything is in the local repository once the project was built), then online
  (cd "$ROOT" && mvn -B -q -o "$@") || (cd "$ROOT" && mvn -B -q "$@")
}
if [ ! -f "$ZIP" ]; then
  log "assembly zip missing: mvn -B -q install -DskipTests"
  command -v mvn > /dev/null || die "needs mvn to build $ZIP"
  mvn_quiet install -DskipTests
fi
if [ ! -f "$HELLO_JAR" ] || [ ! -f "$ECHO_JAR" ] || [ ! -f "$LOAD_JAR" ]; then
  log "benchmark jars missing: mvn -B -q -Pbench -pl benchmarks,benchmarks/bench-hello,benchmarks/bench-soap-echo,benchmarks/load -am package -DskipTests"
  command -v mvn > /dev/null || die "needs mvn to build $HELLO_JAR, $ECHO_JAR and $LOAD_JAR"
  mvn_quiet -Pbench -pl benchmarks,benchmarks/bench-hello,benchmarks/bench-soap-echo,benchmarks/load -am package -DskipTests
fi
[ -f "$ZIP" ] && [ -f "$HELLO_JAR" ] && [ -f "$ECHO_JAR" ] && [ -f "$LOAD_JAR" ] || die "build did not produce $ZIP, $HELLO_JAR, $ECHO_JAR and $LOAD_JAR"
rm -rf "$WORK"
mkdir -p "$CLASSES"
javac -cp "$LOAD_JAR" -d "$CLASSES" "$SRC" || die "could not compile $SRC"

# ---- a fresh distribution --------------------------------------------------------------------------------------
mkdir -p "$WORK/karaf"
unzip -q "$ZIP" -d "$WORK/karaf"
KARAF=$(find "$WORK/karaf" -mindepth 1 -maxdepth 1 -type d | head -n 1)
[ -n "$KARAF" ] && [ -f "$KARAF/bin/start" ] || die "$ZIP does not hold a Karaf distribution"
[ -x "$KARAF/bin/start" ] || chmod +x "$KARAF"/bin/*

rand() { head -c 96 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c "$1"; }
ADMIN_PW=$(rand 24)
SOAP_PW=$(rand 24)
JAIL_SECRET=$(rand 40)
COURT_SECRET=$(rand 40)
[ ${#ADMIN_PW} = 24 ] && [ ${#JAIL_SECRET} = 40 ] && [ ${#COURT_SECRET} = 40 ] || die "could not make random secrets"
MISSION_PASSWORD="$ADMIN_PW" "$KARAF/bin/mission-add-user" "$ADMIN_USER" PROGRAM_ADMIN > /dev/null
# the jail's SOAP account, bound to county-jail by etc/org.missioncj.adapter.soap-county-jail.cfg
MISSION_PASSWORD="$SOAP_PW" "$KARAF/bin/mission-add-user" "$SOAP_USER" INTEGRATION > /dev/null
# curl reads the sign-in from a file and the Java client from the environment: no password on a command line
(
  umask 077
  printf 'machine localhost login %s password %s\n' "$ADMIN_USER" "$ADMIN_PW" > "$WORK/admin.netrc"
)
# the Java client: the sign-in reaches it in its environment only (not exported, so Karaf does not inherit it)
bench() { BENCH_BASIC="$ADMIN_USER:$ADMIN_PW" java -cp "$CLASSES:$LOAD_JAR" org.missioncj.bench.adapters.AdapterBench "$@"; }

# HTTP on PORT; SSH and RMI (JMX) on free ports, so that this Karaf never meets another one
SSH_PORT=$(free_port 18201 "$PORT")
RMI_REGISTRY_PORT=$(free_port 11199 "$PORT" "$SSH_PORT")
RMI_SERVER_PORT=$(free_port 44644 "$PORT" "$SSH_PORT" "$RMI_REGISTRY_PORT")
RECEIVER_PORT=$(free_port 18585 "$PORT" "$SSH_PORT" "$RMI_REGISTRY_PORT" "$RMI_SERVER_PORT")
set_cfg() { # set_cfg FILE KEY VALUE: replaces the line "KEY = ...", fails when it is not there
  sed -i "s/^$2 *=.*/$2 = $3/" "$1"
  grep -q "^$2 = $3\$" "$1" || die "could not set $2 in $1"
}
set_cfg "$KARAF/etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$PORT"
set_cfg "$KARAF/etc/org.apache.karaf.shell.cfg" sshPort "$SSH_PORT"
set_cfg "$KARAF/etc/org.apache.karaf.management.cfg" rmiRegistryPort "$RMI_REGISTRY_PORT"
set_cfg "$KARAF/etc/org.apache.karaf.management.cfg" rmiServerPort "$RMI_SERVER_PORT"

# the reference adapter (mission-adapters, the runtime, is part of the feature mission already)
sed -i 's#^\( *\)mission/\([^,]*\),#\1mission/\2, \\\n\1mission-adapter-rest/\2,#' "$KARAF/etc/org.apache.karaf.features.cfg"
grep -q "mission-adapter-rest/" "$KARAF/etc/org.apache.karaf.features.cfg" || die "could not add mission-adapter-rest to featuresBoot"
sed -i 's#^\( *\)mission/\([^,]*\),#\1mission/\2, \\\n\1mission-adapter-soap/\2,#' "$KARAF/etc/org.apache.karaf.features.cfg"
grep -q "mission-adapter-soap/" "$KARAF/etc/org.apache.karaf.features.cfg" || die "could not add mission-adapter-soap to featuresBoot"

# The runtime: the county court gets enrollment notices. Retries 1 s apart (up to 100 tries): the receiver answers 503
# while the notices of C are queued, and every one of them must be due again within a second of its opening, so that
# C times the delivery of a backlog rather than the seeding or the retry schedule (the default first retry is 10 s,
# doubling). A message of a system with no channel is looked at again only after 10 s, so the channel is there from
# the start and the receiver's 503 is the switch.
cat > "$KARAF/etc/org.missioncj.adapter.cfg" <<CFG
# written by benchmarks/adapters/run.sh
systems = county-court|COURT|$COURT_NAME
noticeSystems = county-court
maxAttempts = 100
firstRetrySeconds = 1
maxRetrySeconds = 1
blockedRecheckSeconds = 900
holdMinutes = 60
pollSeconds = 1
claimSeconds = 300
CFG
(
  umask 077
  printf 'system = county-jail\n.secret = %s\nkinds = BOOKING, RELEASE\n' "$JAIL_SECRET" > "$KARAF/etc/org.missioncj.adapter.webhook-county-jail.cfg"
  printf 'system = county-court\n.secret = %s\nurl = http://127.0.0.1:%s/court\n' "$COURT_SECRET" "$RECEIVER_PORT" \
    > "$KARAF/etc/org.missioncj.adapter.webhook-county-court.cfg"
  printf 'system = county-jail\naccount = %s\nkinds = BOOKING, RELEASE\n' "$SOAP_USER" > "$KARAF/etc/org.missioncj.adapter.soap-county-jail.cfg"
)

DS_CFG="$KARAF/etc/org.ops4j.datasource-mission.cfg"
if [ "$DB" = postgresql ]; then
  as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else sudo -u postgres "$@"; fi; }
  # scripts/postgres-test-db.sh starts PostgreSQL and creates the role mission_it; it also drops and recreates
  # the integration tests' database mission_it, so it runs only when the role or the server is missing
  if [ "$(as_postgres "psql -tAq -c \"SELECT 1 FROM pg_roles WHERE rolname = 'mission_it'\"" 2>/dev/null || true)" != 1 ]; then
    log "PostgreSQL or the role mission_it is missing: scripts/postgres-test-db.sh"
    "$ROOT/scripts/postgres-test-db.sh" > /dev/null
  fi
  as_postgres "psql -q -v ON_ERROR_STOP=1 -c 'DROP DATABASE IF EXISTS $PG_DB'"
  as_postgres "psql -q -v ON_ERROR_STOP=1 -c 'CREATE DATABASE $PG_DB OWNER mission_it'"
  (
    umask 077
    cat > "$DS_CFG" <<CFG
osgi.jdbc.driver.name = PostgreSQL JDBC Driver
url = jdbc:postgresql://127.0.0.1:5432/$PG_DB
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
log "fresh distribution in $KARAF: HTTP $PORT, SSH $SSH_PORT, RMI $RMI_REGISTRY_PORT/$RMI_SERVER_PORT, database $DB; court receiver on $RECEIVER_PORT"

# ---- start and always stop (Karaf and the receiver) -------------------------------------------------------------
STARTED=""
KPID=""
RECEIVER_PID=""
stop_karaf() {
  [ -n "$STARTED" ] || return 0
  STARTED=""
  log "stopping Karaf"
  local pid="$KPID"
  [ -z "$pid" ] && [ -f "$KARAF/karaf.pid" ] && pid=$(cat "$KARAF/karaf.pid" 2>/dev/null || true)
  "$KARAF/bin/stop" > /dev/null 2>&1 || true
  if [ -n "$pid" ]; then
    for _ in $(seq 1 90); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
      log "Karaf (pid $pid) still running 90 s after bin/stop; sending TERM"
      kill "$pid" 2>/dev/null || true
      sleep 10
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    fi
  else
    sleep 10
  fi
}
cleanup() {
  stop_karaf || true
  if [ -n "$RECEIVER_PID" ]; then
    kill "$RECEIVER_PID" 2>/dev/null || true
    wait "$RECEIVER_PID" 2>/dev/null || true
    RECEIVER_PID=""
  fi
  rm -f "$WORK/admin.netrc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# the county court's receiver: answers 503 until it is opened for C (its own time limit ends it in any case)
# (java itself in the background, not the function bench: $! must be the JVM's pid, for the kill on exit)
BENCH_COURT_SECRET="$COURT_SECRET" java -cp "$CLASSES:$LOAD_JAR" org.missioncj.bench.adapters.AdapterBench receiver "$RECEIVER_PORT" 3600 \
  > "$WORK/receiver.log" 2>&1 &
RECEIVER_PID=$!
RECEIVER="http://127.0.0.1:$RECEIVER_PORT"
for _ in $(seq 1 50); do
  curl -s -o /dev/null --max-time 2 "$RECEIVER/control/stats" && break
  kill -0 "$RECEIVER_PID" 2>/dev/null || die "the receiver did not start: $(cat "$WORK/receiver.log")"
  sleep 0.2
done
curl -s -o /dev/null --max-time 2 "$RECEIVER/control/stats" || die "the receiver does not answer on $RECEIVER"

http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$@" || true; }
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
wait_until() { # wait_until DEADLINE_EPOCH WHAT COMMAND...: until COMMAND succeeds
  local deadline=$1 what=$2
  shift 2
  until "$@"; do
    [ "$(date +%s)" -lt "$deadline" ] || die "$what did not happen within ${BOOT_TIMEOUT}s of the start (log: $KARAF/data/log/karaf.log)"
    sleep 1
  done
}

check_port
log "starting Karaf"
KARAF_START=$(date +%s)
STARTED=yes
"$KARAF/bin/start"
deadline=$((KARAF_START + BOOT_TIMEOUT))
wait_for "$deadline" "$API/health"
for _ in $(seq 1 30); do
  KPID=$(cat "$KARAF/karaf.pid" 2>/dev/null || true)
  [ -n "$KPID" ] && break
  sleep 1
done
wait_for "$deadline" "$API/participants" --netrc-file "$WORK/admin.netrc"
api_ready() { curl -s --max-time 10 --netrc-file "$WORK/admin.netrc" "$API/health" | grep -q '"api" *: *"READY"'; }
wait_until "$deadline" "the API's READY" api_ready
webhooks_ready() {
  grep -q "Webhook system county-jail ready" "$KARAF/data/log/karaf.log" 2>/dev/null \
    && grep -q "Webhook system county-court ready" "$KARAF/data/log/karaf.log" 2>/dev/null
}
wait_until "$deadline" "'Webhook system county-jail/county-court ready' in karaf.log" webhooks_ready
wait_for "$deadline" "$BASE/soap/custody?wsdl"
soap_ready() { grep -q "SOAP system county-jail ready" "$KARAF/data/log/karaf.log" 2>/dev/null; }
wait_until "$deadline" "'SOAP system county-jail ready' in karaf.log" soap_ready
log "platform REST API, both webhook systems and the SOAP service are up; installing bench-hello and bench-soap-echo"
# as benchmarks/run.sh: only now, see benchmarks/README.md, "Why bench-hello is installed after boot"
cp "$HELLO_JAR" "$ECHO_JAR" "$KARAF/deploy/"
wait_for "$deadline" "$BASE/bench/hello"
wait_for "$deadline" "$BASE/bench/soap-echo?wsdl"
log "Karaf is up after $(( $(date +%s) - KARAF_START )) s: health, API READY, webhooks, SOAP, bench/hello and bench/soap-echo"

# ---- synthetic data over REST, as the program admin ---------------------------------------------------------------
json_id() {
  if command -v jq > /dev/null; then jq -r .id; else grep -o '"id" *: *"[^"]*"' | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/'; fi
}
post() { # post PATH JSON -> body on stdout, fails unless 201
  local body code
  body=$(curl -s --max-time 30 --netrc-file "$WORK/admin.netrc" -H 'Content-Type: application/json' \
    -H 'Accept: application/json' -w '\n%{http_code}' --data "$2" "$API$1")
  code=${body##*$'\n'}
  body=${body%$'\n'*}
  [ "$code" = 201 ] || die "POST $1 answered $code: $body"
  printf '%s' "$body"
}
total() { # total PATH_AND_QUERY -> totalItems of a list
  local body
  body=$(curl -s --max-time 30 --netrc-file "$WORK/admin.netrc" -H 'Accept: application/json' "$API$1")
  printf '%s' "$body" | grep -o '"totalItems" *: *[0-9]*' | grep -o '[0-9]*$' || die "GET $1 gave no totalItems: $body"
}
TAG=$(rand 6)
SITE="Bench Site $TAG"
CM_STAFF=$(post /staff "{\"givenName\":\"Bench\",\"familyName\":\"Casemanager\",\"role\":\"CASE_MANAGER\",\"site\":\"$SITE\"}" | json_id)
PSS_STAFF=$(post /staff "{\"givenName\":\"Bench\",\"familyName\":\"Peerspecialist\",\"role\":\"PEER_SPECIALIST\",\"site\":\"$SITE\"}" | json_id)
[ -n "$CM_STAFF" ] && [ -n "$PSS_STAFF" ] || die "could not read the created staff ids"

log "B's data: $PEOPLE participants with a jail-booking identifier, enrolled (teams of 100), no consent to the court"
t0=$(date +%s)
bench people "$API" "$PEOPLE" "JB-$TAG" - "$SEED_THREADS" "$WORK/jail-people.txt"
bench enroll "$API" "$WORK/jail-people.txt" "$SITE" "$CM_STAFF" "$PSS_STAFF" "Bench Jail Team $TAG" "$SEED_THREADS"
B_SEED_S=$(( $(date +%s) - t0 ))

# ---- A and B ---------------------------------------------------------------------------------------------------
rc=0
HELLO_URL="$BASE/bench/hello"
WEBHOOK_URL="$API/adapters/webhook/county-jail"
log "A: bare CXF hello, $THREADS threads, warm-up ${WARMUP}s, measure ${MEASURE}s"
A_OUT=$(bench load "$HELLO_URL" "$THREADS" "$WARMUP" "$MEASURE") || rc=1
printf '%s\n' "$A_OUT"
log "B: signed BOOKING webhooks to $WEBHOOK_URL, $THREADS threads, warm-up ${WARMUP}s, measure ${MEASURE}s"
B_OUT=$(BENCH_JAIL_SECRET="$JAIL_SECRET" bench webhook "$WEBHOOK_URL" "$WORK/jail-people.txt" "$THREADS" "$WARMUP" "$MEASURE") || rc=1
printf '%s\n' "$B_OUT"
B_INBOX="PROCESSED=$(total "/adapters/inbox?sourceSystem=county-jail&state=PROCESSED&size=1") REVIEW=$(total "/adapters/inbox?sourceSystem=county-jail&state=REVIEW&size=1") HELD=$(total "/adapters/inbox?sourceSystem=county-jail&state=HELD&size=1") RECEIVED=$(total "/adapters/inbox?sourceSystem=county-jail&state=RECEIVED&size=1")"
log "B: inbox of county-jail afterwards (counts stop at 10000): $B_INBOX"

# ---- D and E: SOAP ----------------------------------------------------------------------------------------------
ECHO_URL="$BASE/bench/soap-echo"
SOAP_URL="$BASE/soap/custody"
log "D: bare JAX-WS echo at $ECHO_URL, $THREADS threads, warm-up ${WARMUP}s, measure ${MEASURE}s"
D_OUT=$(bench soap-echo "$ECHO_URL" "$THREADS" "$WARMUP" "$MEASURE") || rc=1
printf '%s\n' "$D_OUT"
log "E: SOAP BookingNotifications to $SOAP_URL as $SOAP_USER, $THREADS threads, warm-up ${WARMUP}s, measure ${MEASURE}s"
E_OUT=$(BENCH_SOAP_BASIC="$SOAP_USER:$SOAP_PW" bench soap "$SOAP_URL" "$WORK/jail-people.txt" "$THREADS" "$WARMUP" "$MEASURE") || rc=1
printf '%s\n' "$E_OUT"

# ---- C: the outbox -------------------------------------------------------------------------------------------------
log "C's data: $N participants with a consent to disclose enrollment to $COURT_NAME"
t0=$(date +%s)
bench people "$API" "$N" "CB-$TAG" "$COURT_NAME" "$SEED_THREADS" "$WORK/court-people.txt"
C_PEOPLE_S=$(( $(date +%s) - t0 ))
log "C: enrolling them (each enrollment queues a notice to county-court; the receiver answers 503 meanwhile)"
t0=$(date +%s)
bench enroll "$API" "$WORK/court-people.txt" "$SITE" "$CM_STAFF" "$PSS_STAFF" "Bench Court Team $TAG" "$SEED_THREADS"
queued() { [ "$(total "/adapters/outbox?system=county-court&state=PENDING&size=1")" -ge "$N" ]; }
deadline=$(( $(date +%s) + 120 ))
until queued; do
  [ "$(date +%s)" -lt "$deadline" ] || die "fewer than $N notices PENDING for county-court 120 s after the enrollments"
  sleep 1
done
C_ENROLL_S=$(( $(date +%s) - t0 ))
stat_field() { printf '%s\n' "$1" | sed -n "s/^STATS .*[ ]$2=\([^ ]*\).*/\1/p" | tail -n 1; }
CLOSED_STATS=$(curl -s --max-time 10 "$RECEIVER/control/stats")
log "C: $N notices PENDING after $(stat_field "$CLOSED_STATS" refused_while_closed) tries answered 503; opening the receiver"
curl -s -o /dev/null --max-time 10 -X POST "$RECEIVER/control/open" || die "could not open the receiver"
deadline=$(( $(date +%s) + DRAIN_TIMEOUT ))
drained=yes
while :; do
  STATS=$(curl -s --max-time 10 "$RECEIVER/control/stats")
  [ "$(stat_field "$STATS" accepted)" -ge "$N" ] 2>/dev/null && break
  if [ "$(date +%s)" -ge "$deadline" ]; then
    drained=no
    log "C: only $(stat_field "$STATS" accepted) of $N messages arrived within ${DRAIN_TIMEOUT}s"
    break
  fi
  sleep 0.2
done
sleep 3 # a second copy of a message would arrive now
STATS=$(curl -s --max-time 10 "$RECEIVER/control/stats")
log "C: $STATS"
C_VERIFY=$(bench verify "$RECEIVER" "$API" county-court "$N") || rc=1
printf '%s\n' "$C_VERIFY"
[ "$drained" = yes ] || rc=1
ACCEPTED=$(stat_field "$STATS" accepted)
SPAN_MS=$(stat_field "$STATS" span_ms)
LAST_MS=$(stat_field "$STATS" last_after_open_ms)
FIRST_MS=$(stat_field "$STATS" first_after_open_ms)
C_RATE=$(awk -v n="$ACCEPTED" -v s="$SPAN_MS" 'BEGIN { if (n > 1 && s > 0) printf "%.1f", (n - 1) / (s / 1000); else print "n/a" }')
C_DRAIN_RATE=$(awk -v n="$ACCEPTED" -v s="$LAST_MS" 'BEGIN { if (n > 0 && s > 0) printf "%.1f", n / (s / 1000); else print "n/a" }')
EXACTLY_ONCE=$(printf '%s\n' "$C_VERIFY" | sed -n 's/^EXACTLY_ONCE=\([a-z]*\).*/\1/p' | tail -n 1)

# ---- results ---------------------------------------------------------------------------------------------------------
field() { printf '%s\n' "$1" | sed -n "s/^RESULT .*$2=\([^ ]*\).*/\1/p" | tail -n 1; }
A_RPS=$(field "$A_OUT" rps); B_RPS=$(field "$B_OUT" rps); D_RPS=$(field "$D_OUT" rps); E_RPS=$(field "$E_OUT" rps)
ratio() { awk -v a="${1:-0}" -v b="${2:-0}" 'BEGIN { if (a > 0 && b > 0) printf "%.3f", b / a; else print "n/a" }'; }
{
  echo "MISSION-CJ host-system adapter benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), database $DB"
  echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1); load generator, receiver and Karaf on the same machine"
  echo "settings: THREADS=$THREADS WARMUP=${WARMUP}s SECONDS=${MEASURE}s N=$N PEOPLE=$PEOPLE SEED_THREADS=$SEED_THREADS (closed loop, HTTP/1.1)"
  echo "seeding: B's $PEOPLE participants and enrollments ${B_SEED_S}s; C's $N participants and consents ${C_PEOPLE_S}s, their enrollments until all notices were queued ${C_ENROLL_S}s"
  echo
  echo "A  bare CXF JAX-RS hello        GET $HELLO_URL"
  printf '%s\n' "$A_OUT" | sed 's/^/   /'
  echo "B  signed BOOKING webhook       POST $WEBHOOK_URL (unique messageId and signature per request)"
  printf '%s\n' "$B_OUT" | sed 's/^/   /'
  echo "   inbox of county-jail afterwards: $B_INBOX"
  echo "D  bare JAX-WS echo            POST $ECHO_URL (the same envelopes, no sign-in)"
  printf '%s\n' "$D_OUT" | sed 's/^/   /'
  echo "E  SOAP BookingNotification     POST $SOAP_URL (HTTP Basic as the jail's INTEGRATION account; unique message id)"
  printf '%s\n' "$E_OUT" | sed 's/^/   /'
  echo "C  outbox: $N enrollment notices to county-court ($COURT_NAME), queued while the receiver answered 503"
  printf '   before opening: %s\n' "$CLOSED_STATS"
  printf '   after draining: %s\n' "$STATS"
  printf '%s\n' "$C_VERIFY" | sed 's/^/   /'
  echo
  for x in A B D E; do
    o="${x}_OUT"
    printf '%s: %8s req/s  p50 %s ms  p99 %s ms  errors %s\n' "$x" "$(field "${!o}" rps)" "$(field "${!o}" p50_ms)" \
      "$(field "${!o}" p99_ms)" "$(field "${!o}" errors)"
  done
  echo "ratio B/A (req/s): $(ratio "$A_RPS" "$B_RPS")"
  echo "ratio E/D (req/s): $(ratio "$D_RPS" "$E_RPS")"
  echo "C: $C_RATE messages/s from the first to the last arrival ($ACCEPTED arrivals in $SPAN_MS ms; first $FIRST_MS ms after opening), $C_DRAIN_RATE messages/s from opening to the last; N=$N, exactly once: ${EXACTLY_ONCE:-no}"
} > "$RESULT"
echo
tail -n 7 "$RESULT"
log "written to $RESULT; the whole run took $(( $(date +%s) - START_EPOCH )) s (before stopping Karaf)"
[ "$rc" = 0 ] || log "something failed (see above): exit 1"
exit "$rc"
