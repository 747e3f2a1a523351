#!/usr/bin/env bash
# Cost growth: how the latency of the platform's read endpoints grows with the size of the registry and of the
# audit trail. One database is grown step by step (participants and audit records seeded by direct SQL, Seed.java),
# and after each step the assembled platform is started on it and each endpoint is loaded with LoadRun. Prints a
# table (p50 and p99 at each size, and their ratio largest / smallest size) and writes it to
# benchmarks/target/cost-growth-<db>.txt. See benchmarks/README.md, "Cost growth".
#
#   benchmarks/cost-growth/run.sh                                  Derby, 10 000 then 100 000 participants
#   DB=postgresql benchmarks/cost-growth/run.sh                    the local PostgreSQL (database mission_bench_growth)
#   SIZES="1000 5000" AUDIT="20000 100000" SECONDS=3 WARMUP=2 benchmarks/cost-growth/run.sh     a quick check
#
# Everything runs on localhost: a fresh copy of the distribution in benchmarks/target/cost-growth/karaf on PORT
# (8282; SSH and JMX moved to free ports), two throw-away sign-ins with random passwords, synthetic data only.
# Karaf is always stopped on exit.

# bash treats SECONDS as its own clock; read the value this script was started with from the environment.
seconds_env=""
if [ -r "/proc/$$/environ" ]; then
  seconds_env=$(tr '\0' '\n' < "/proc/$$/environ" | sed -n 's/^SECONDS=//p' | head -n 1)
elif [ "${SECONDS:-0}" != 0 ]; then
  seconds_env=$SECONDS
fi
set -euo pipefail

DB=${DB:-derby}
SIZES=${SIZES:-"10000 100000"}
AUDIT=${AUDIT:-"1000000 10000000"}
THREADS=${THREADS:-8}
WARMUP=${WARMUP:-5}
MEASURE=${seconds_env:-10}
PORT=${PORT:-8282}
BOOT_TIMEOUT=${BOOT_TIMEOUT:-300}
CATCHUP_TIMEOUT=${CATCHUP_TIMEOUT:-1800}
SEAL_TIMEOUT=${SEAL_TIMEOUT:-7200}
CHECK_TIMEOUT=${CHECK_TIMEOUT:-120}
SLOW=${SLOW:-2}
QUIET_TIMEOUT=${QUIET_TIMEOUT:-300}
SITE=bench-site
ADMIN_USER=bench.admin
CM_USER=bench.cm
PG_DB=mission_bench_growth

die() { printf 'cost-growth: %s\n' "$*" >&2; exit 1; }
log() { printf '[cost-growth %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

case "$DB" in derby|postgresql) ;; *) die "DB must be derby or postgresql (got '$DB')";; esac
for v in THREADS WARMUP MEASURE PORT BOOT_TIMEOUT CATCHUP_TIMEOUT SEAL_TIMEOUT CHECK_TIMEOUT SLOW QUIET_TIMEOUT; do
  case "${!v}" in ''|*[!0-9]*) die "$v must be a whole number (got '${!v}')";; esac
done
[ "$PORT" != 8181 ] || die "PORT 8181 is the distribution's default (and benchmarks/run.sh's): choose another"
read -r -a SIZE_LIST <<< "$SIZES"
read -r -a AUDIT_LIST <<< "$AUDIT"
[ "${#SIZE_LIST[@]}" -ge 1 ] || die "SIZES is empty"
[ "${#SIZE_LIST[@]}" = "${#AUDIT_LIST[@]}" ] || die "SIZES and AUDIT need as many values (${#SIZE_LIST[@]} and ${#AUDIT_LIST[@]})"
prev_p=0; prev_a=0
for i in "${!SIZE_LIST[@]}"; do
  p=${SIZE_LIST[$i]}; a=${AUDIT_LIST[$i]}
  case "$p$a" in *[!0-9]*) die "SIZES and AUDIT must be whole numbers";; esac
  [ "$p" -ge 200 ] || die "each size must be at least 200 participants (the benchmark team, the intake pool and the audited participant)"
  [ "$p" -gt "$prev_p" ] && [ "$a" -ge "$prev_a" ] || die "SIZES must grow and AUDIT must not shrink: the same database is grown step by step"
  prev_p=$p; prev_a=$a
done

BENCH=$(cd "$(dirname "$0")/.." && pwd)
ROOT=$(cd "$BENCH/.." && pwd)
OUT="$BENCH/target"
WORK="$OUT/cost-growth"
ZIP=${ZIP:-"$ROOT/karaf-assembly/target/mission-karaf-0.1.0-SNAPSHOT.zip"}
LOAD_JAR="$BENCH/load/target/bench-load-0.1.0-SNAPSHOT.jar"
SEED_SRC="$BENCH/cost-growth/Seed.java"
RESULT="$OUT/cost-growth-$DB.txt"
BASE="http://localhost:$PORT/mission"
API="$BASE/api/v1"

for tool in java curl unzip awk sed; do
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

# ---- build (only what is missing) --------------------------------------------------------------------------------
if [ ! -f "$ZIP" ]; then
  [ "$ZIP" = "$ROOT/karaf-assembly/target/mission-karaf-0.1.0-SNAPSHOT.zip" ] || die "ZIP=$ZIP does not exist"
  log "assembly zip missing: mvn -B -q -o install -DskipTests"
  (cd "$ROOT" && mvn -B -q -o install -DskipTests)
fi
if [ ! -f "$LOAD_JAR" ]; then
  log "LoadRun jar missing: mvn -B -q -o -Pbench -f benchmarks/load/pom.xml package -DskipTests"
  (cd "$ROOT" && mvn -B -q -o -Pbench -f "$BENCH/load/pom.xml" package -DskipTests)
fi
[ -f "$ZIP" ] && [ -f "$LOAD_JAR" ] || die "build did not produce $ZIP and $LOAD_JAR"

# the JDBC driver the seeder needs, from the local Maven repository (never downloaded)
M2=${M2_REPO:-"$HOME/.m2/repository"}
if [ "$DB" = derby ]; then
  JDBC_JAR="$M2/org/apache/derby/derby/10.14.2.0/derby-10.14.2.0.jar"
else
  JDBC_JAR=$(ls -1 "$M2"/org/postgresql/postgresql/42.7.*/postgresql-42.7.*.jar 2>/dev/null | sort -V | tail -n 1 || true)
fi
[ -n "$JDBC_JAR" ] && [ -f "$JDBC_JAR" ] || die "no $DB JDBC driver in $M2 (derby 10.14.2.0 / postgresql 42.7.x): build the project once"

# ---- a fresh distribution ----------------------------------------------------------------------------------------
rm -rf "$WORK"
mkdir -p "$WORK/karaf"
unzip -q "$ZIP" -d "$WORK/karaf"
KARAF=$(find "$WORK/karaf" -mindepth 1 -maxdepth 1 -type d | head -n 1)
[ -n "$KARAF" ] && [ -f "$KARAF/bin/start" ] || die "$ZIP does not hold a Karaf distribution"
[ -x "$KARAF/bin/start" ] || chmod +x "$KARAF"/bin/*

rand_pw() { head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24; }
ADMIN_PW=$(rand_pw)
CM_PW=$(rand_pw)
MISSION_PASSWORD="$ADMIN_PW" "$KARAF/bin/mission-add-user" "$ADMIN_USER" PROGRAM_ADMIN > /dev/null
MISSION_PASSWORD="$CM_PW" "$KARAF/bin/mission-add-user" "$CM_USER" CASE_MANAGER > /dev/null
# curl reads the sign-ins from files, so the passwords never appear on a command line
(
  umask 077
  printf 'machine localhost login %s password %s\n' "$ADMIN_USER" "$ADMIN_PW" > "$WORK/admin.netrc"
  printf 'machine localhost login %s password %s\n' "$CM_USER" "$CM_PW" > "$WORK/cm.netrc"
)

# HTTP on PORT; SSH and RMI (JMX) on free ports, so that this Karaf never meets another one
SSH_PORT=$(free_port 18101 "$PORT")
RMI_REGISTRY_PORT=$(free_port 11099 "$PORT" "$SSH_PORT")
RMI_SERVER_PORT=$(free_port 44544 "$PORT" "$SSH_PORT" "$RMI_REGISTRY_PORT")
set_cfg() { # set_cfg FILE KEY VALUE: replaces the line "KEY = ...", fails when it is not there
  sed -i "s/^$2 *=.*/$2 = $3/" "$1"
  grep -q "^$2 = $3\$" "$1" || die "could not set $2 in $1"
}
set_cfg "$KARAF/etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$PORT"
set_cfg "$KARAF/etc/org.apache.karaf.shell.cfg" sshPort "$SSH_PORT"
set_cfg "$KARAF/etc/org.apache.karaf.management.cfg" rmiRegistryPort "$RMI_REGISTRY_PORT"
set_cfg "$KARAF/etc/org.apache.karaf.management.cfg" rmiServerPort "$RMI_SERVER_PORT"
log "fresh distribution in $KARAF: HTTP $PORT, SSH $SSH_PORT, RMI $RMI_REGISTRY_PORT/$RMI_SERVER_PORT"

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
cfg_value() { sed -n "s/^$2 *= *//p" "$1" | tail -n 1; }
DS_URL=$(cfg_value "$DS_CFG" url)
if [ "$DB" = derby ]; then
  # jdbc:derby:${karaf.data}/derby/mission;create=true -> the database's directory
  DERBY_PATH=$(printf '%s' "$DS_URL" | sed -e 's#^jdbc:derby:##' -e 's#;.*$##' -e "s#\${karaf.data}#$KARAF/data#")
  SEED_URL="jdbc:derby:$DERBY_PATH"
  SEED_USER=()
else
  SEED_URL=$DS_URL
  SEED_USER=(--user "$(cfg_value "$DS_CFG" user)")
fi
SITE_ZONE=""
[ -f "$KARAF/etc/org.missioncj.core.site.cfg" ] && SITE_ZONE=$(cfg_value "$KARAF/etc/org.missioncj.core.site.cfg" timeZone)

# ---- start and stop ----------------------------------------------------------------------------------------------
STARTED=""
KPID=""
stop_karaf() {
  [ -n "$STARTED" ] || return 0
  STARTED=""
  log "stopping Karaf"
  local pid="$KPID"
  [ -z "$pid" ] && [ -f "$KARAF/karaf.pid" ] && pid=$(cat "$KARAF/karaf.pid" 2>/dev/null || true)
  "$KARAF/bin/stop" > /dev/null 2>&1 || true
  if [ -n "$pid" ]; then
    for _ in $(seq 1 180); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
      log "Karaf (pid $pid) still running 180 s after bin/stop; sending TERM"
      kill "$pid" 2>/dev/null || true
      sleep 10
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    fi
    kill -0 "$pid" 2>/dev/null && die "Karaf (pid $pid) does not stop" || true
  else
    sleep 10
  fi
  KPID=""
}
cleanup() {
  stop_karaf || true
  rm -f "$WORK/admin.netrc" "$WORK/cm.netrc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

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
START_EPOCH=0
START_ISO=""
start_karaf() {
  check_port
  log "starting Karaf"
  START_EPOCH=$(date +%s)
  START_ISO=$(date -u -d "@$((START_EPOCH - 1))" +%Y-%m-%dT%H:%M:%SZ)
  STARTED=yes
  "$KARAF/bin/start"
  local deadline=$((START_EPOCH + BOOT_TIMEOUT))
  wait_for "$deadline" "$API/health"
  # every module's resources published (health as a program admin says "api": "READY"); not a participant list,
  # which on a large registry can take longer than the boot itself
  while ! curl -s --max-time 10 --netrc-file "$WORK/admin.netrc" "$API/health" | grep -q '"api" *: *"READY"'; do
    [ "$(date +%s)" -lt "$deadline" ] || die "the REST API did not report READY within ${BOOT_TIMEOUT}s of the start"
    sleep 1
  done
  KPID=$(cat "$KARAF/karaf.pid" 2>/dev/null || true)
  [ -n "$KPID" ] && [ -r "/proc/$KPID/status" ] || die "cannot find the Karaf JVM (karaf.pid)"
  log "platform REST API is up after $(( $(date +%s) - START_EPOCH )) s (Karaf JVM pid $KPID)"
}
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$KPID/status" 2>/dev/null || echo "?"; }

json_id() {
  if command -v jq > /dev/null; then jq -r .id; else grep -o '"id" *: *"[^"]*"' | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/'; fi
}
json_num() { # json_num KEY: the first top-level-looking "KEY": number of the JSON on stdin
  grep -o "\"$1\" *: *[0-9][0-9]*" | head -n 1 | grep -o '[0-9]*$' || true
}

# ---- 1. the schema, and the benchmark case manager's staff record -------------------------------------------------
start_karaf
body=$(curl -s --max-time 30 --netrc-file "$WORK/admin.netrc" -H 'Content-Type: application/json' \
  -H 'Accept: application/json' -w '\n%{http_code}' \
  --data "{\"givenName\":\"Bench\",\"familyName\":\"Casemanager\",\"role\":\"CASE_MANAGER\",\"site\":\"$SITE\",\"username\":\"$CM_USER\"}" \
  "$API/staff")
code=${body##*$'\n'}
body=${body%$'\n'*}
[ "$code" = 201 ] || die "POST /staff answered $code: $body"
CM_STAFF=$(printf '%s' "$body" | json_id)
log "migrations ran; staff $CM_STAFF linked to $CM_USER at site $SITE"
stop_karaf

# ---- 2. grow, start, measure, for each size ----------------------------------------------------------------------
declare -A R     # R[<endpoint>|<size>|p50|p99|rps|err|n] = value
declare -A S     # S[<size>|<what>] = value
ENDPOINTS=()
endpoint() { # endpoint NAME USER PATH: defines an endpoint (in table order)
  ENDPOINTS+=("$1")
  EP_USER[$1]=$2
  EP_PATH[$1]=$3
}
declare -A EP_USER EP_PATH
fact() { sed -n "s/^$2=//p" "$1" | tail -n 1; }

# Derby, for the seeder's JVM only (nothing of it is stored in the database; the platform keeps Derby's defaults):
# a page cache of 400 MB and checkpoints every 128 MB of log instead of 10 MB, which make bulk inserts ~1.5x faster
SEED_JAVA=(java -Xmx2g -Dderby.storage.pageCacheSize=100000 -Dderby.storage.checkpointInterval=134217728
  -Dderby.storage.logSwitchInterval=67108864 -Dderby.stream.error.file="$WORK/derby-seed.log" -cp "$JDBC_JAR")

# Until CTI's start-up catch-up with the registry (EnrollmentSync.reconcile, on thread mission-cti-catch-up, which
# lists every ENROLLED and ACTIVE enrollment) has ended: read from the Karaf JVM's thread dump (jcmd). Prints the
# seconds since bin/start, or "?" when the JVM's threads cannot be read.
wait_catch_up() {
  local deadline quiet=0 dump missing=0
  deadline=$(( $(date +%s) + CATCHUP_TIMEOUT ))
  if ! command -v jcmd > /dev/null || ! jcmd "$KPID" Thread.print > /dev/null 2>&1; then
    log "warning: cannot read the Karaf JVM's threads with jcmd: not waiting for CTI's catch-up" >&2
    echo "?"
    return 0
  fi
  while :; do
    dump=$(jcmd "$KPID" Thread.print 2>/dev/null | awk '/^"mission-cti-catch-up"/ { on = 1 } on && /^$/ { exit } on' || true)
    if [ -z "$dump" ]; then
      missing=$((missing + 1))
      if [ "$missing" -ge 30 ]; then
        log "warning: no thread mission-cti-catch-up in the Karaf JVM after 60 s: not waiting for it" >&2
        echo "?"
        return 0
      fi
    elif printf '%s' "$dump" | grep -q 'EnrollmentSync.reconcile'; then
      quiet=0
    else
      quiet=$((quiet + 1))
      [ "$quiet" -ge 2 ] && break
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      log "warning: CTI's catch-up still running after ${CATCHUP_TIMEOUT}s" >&2
      break
    fi
    sleep 2
  done
  echo $(( $(date +%s) - START_EPOCH ))
}

head_last_id() { # the newest chain head the sealer wrote down outside the database (audit/witness.log.head)
  sed -n 's/.* lastId=\([0-9]*\) .*/\1/p' "$KARAF/audit/witness.log.head" 2>/dev/null | tail -n 1 || true
}

wait_sealed() { # wait_sealed TARGET_ID: until the chain's head reaches the record id
  local target=$1 last deadline t_log=0 now
  deadline=$(( $(date +%s) + SEAL_TIMEOUT ))
  while :; do
    last=$(head_last_id)
    [ -n "$last" ] && [ "$last" -ge "$target" ] && break
    now=$(date +%s)
    if [ "$now" -ge "$deadline" ]; then
      log "warning: audit records not sealed after ${SEAL_TIMEOUT}s (head at record ${last:-none} of $target)" >&2
      echo "timeout"
      return 0
    fi
    if [ $((now - t_log)) -ge 30 ]; then
      log "sealing: chain head at record ${last:-none} of $target" >&2
      t_log=$now
    fi
    sleep 1
  done
  echo $(( $(date +%s) - START_EPOCH ))
}

CLK_TCK=$(getconf CLK_TCK 2>/dev/null || echo 100)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$KPID/stat" 2>/dev/null || echo 0; }
# Until the Karaf JVM is idle (below a quarter of a core for 2 s): requests a load run gave up on are still being
# answered, and would slow the next run down. Returns 1 when it is still busy after QUIET_TIMEOUT seconds.
quiesce() {
  local a b deadline
  deadline=$(( $(date +%s) + QUIET_TIMEOUT ))
  a=$(cpu_ticks)
  while :; do
    sleep 2
    b=$(cpu_ticks)
    [ $((b - a)) -lt $((CLK_TCK / 2)) ] && return 0
    a=$b
    [ "$(date +%s)" -lt "$deadline" ] || return 1
  done
}

# One GET as the endpoint's user. Returns 0 when the answer is a 200 within SLOW seconds (then it is loaded),
# 1 otherwise; R[...|n] gets the list's totalItems (or the HTTP status), R[...|first] the seconds it took.
check_endpoint() {
  local name=$1 size=$2 netrc body code n capped secs
  netrc="$WORK/cm.netrc"; [ "${EP_USER[$name]}" = admin ] && netrc="$WORK/admin.netrc"
  body=$(curl -s --max-time "$CHECK_TIMEOUT" --netrc-file "$netrc" -H 'Accept: application/json' \
    -w '\n%{http_code} %{time_total}' "$API${EP_PATH[$name]}" || true)
  code=${body##*$'\n'}
  body=${body%$'\n'*}
  secs=$(awk -v t="${code#* }" 'BEGIN { printf "%.2f", t }')
  code=${code%% *}
  R[$name|$size|first]=$secs
  if [ "$code" = 000 ]; then
    log "  $name: no answer within ${CHECK_TIMEOUT}s; not loaded"
    R[$name|$size|n]="no answer in ${CHECK_TIMEOUT}s"
    R[$name|$size|first]=">$CHECK_TIMEOUT"
    return 2
  fi
  if [ "$code" != 200 ]; then
    log "  $name: HTTP $code ($(printf '%s' "$body" | head -c 300)); not loaded"
    R[$name|$size|n]="HTTP $code"
    return 1
  fi
  n=$(printf '%s' "$body" | json_num totalItems)
  capped=$(printf '%s' "$body" | grep -o '"totalCapped" *: *true' || true)
  [ -n "$n" ] && [ -n "$capped" ] && n=">=$n"
  [ -n "$n" ] || n="object"
  R[$name|$size|n]=$n
  log "  $name: 200 in ${secs}s, totalItems $n, $(printf '%s' "$body" | wc -c) bytes"
  if awk -v t="$secs" -v s="$SLOW" 'BEGIN { exit !(t > s) }'; then
    log "  $name: one request took longer than SLOW=${SLOW}s: not loaded (LoadRun gives a request 10 s)"
    return 1
  fi
  return 0
}

field() { printf '%s\n' "$1" | sed -n "s/^RESULT .*$2=\([^ ]*\).*/\1/p" | tail -n 1; }
load_endpoint() { # load_endpoint NAME SIZE: LoadRun, its p50, p99, req/s and errors into R
  local name=$1 size=$2 out cred
  cred="$CM_USER:$CM_PW"; [ "${EP_USER[$name]}" = admin ] && cred="$ADMIN_USER:$ADMIN_PW"
  out=$( (BENCH_BASIC="$cred" java -cp "$LOAD_JAR" org.missioncj.bench.LoadRun "$API${EP_PATH[$name]}" env:BENCH_BASIC \
    "$THREADS" "$WARMUP" "$MEASURE") 2>&1 ) || true
  printf '%s\n' "$out" | sed 's/^/    /'
  if [ "$(field "$out" requests)" = 0 ]; then
    # nothing finished in the measured seconds (LoadRun gives up on a request after 10 s)
    R[$name|$size|p50]=">10000"; R[$name|$size|p99]=">10000"; R[$name|$size|rps]=0; R[$name|$size|err]=all
  else
    R[$name|$size|p50]=$(field "$out" p50_ms)
    R[$name|$size|p99]=$(field "$out" p99_ms)
    R[$name|$size|rps]=$(field "$out" rps)
    R[$name|$size|err]=$(field "$out" errors)
  fi
}

restart_karaf() { # ends requests the server is still working on (the platform sets no statement timeout)
  log "  the server is still busy: restarting Karaf"
  stop_karaf
  start_karaf
  wait_catch_up > /dev/null
  quiesce || true
  S[$size|restarts]=$(( ${S[$size|restarts]:-0} + 1 ))
}

for i in "${!SIZE_LIST[@]}"; do
  size=${SIZE_LIST[$i]}
  audit=${AUDIT_LIST[$i]}
  FACTS="$WORK/facts-$size.properties"
  log "=== size $size participants, $audit seeded audit records ==="
  log "seeding ($DB, $(basename "$JDBC_JAR")); log in $WORK/seed-$size.log"
  t0=$(date +%s)
  SEED_DB_PASSWORD=$( [ "$DB" = postgresql ] && cfg_value "$DS_CFG" password || true ) \
    "${SEED_JAVA[@]}" "$SEED_SRC" --url "$SEED_URL" "${SEED_USER[@]}" --participants "$size" --audit "$audit" \
    --site "$SITE" --cm-user "$CM_USER" --facts "$FACTS" --cti-cfg "$KARAF/etc/org.missioncj.cti.cfg" --step "$i" \
    ${SITE_ZONE:+--zone "$SITE_ZONE"} 2>&1 | tee "$WORK/seed-$size.log"
  [ -f "$FACTS" ] || die "the seeder failed (see $WORK/seed-$size.log)"
  S[$size|seed_s]=$(( $(date +%s) - t0 ))
  for k in seconds_participants participants_added seconds_audit audit_added seconds_statistics audit_seeded rows_added \
      contacts_added name_tokens; do
    S[$size|$k]=$(fact "$FACTS" "$k")
  done
  BP=$(fact "$FACTS" bench_participant)
  TEAM=$(fact "$FACTS" bench_team)
  AP=$(fact "$FACTS" audit_participant)
  AACTOR=$(fact "$FACTS" audit_actor)
  SEEDED_MAX=$(fact "$FACTS" audit_max_id)
  from_epoch=$(( $(date -u -d '30 days ago' +%s) / 3600 * 3600 ))
  WINDOW_FROM=$(date -u -d "@$from_epoch" +%Y-%m-%dT%H:%M:%SZ)
  WINDOW_TO=$(date -u -d "@$((from_epoch + 3600))" +%Y-%m-%dT%H:%M:%SZ)
  if [ "$i" = 0 ]; then
    endpoint participant-by-id cm "/participants/$BP"
    endpoint name-1-match/cm cm "/participants?name=$(fact "$FACTS" unique_family)"
    endpoint name-1-match/admin admin "/participants?name=$(fact "$FACTS" unique_family)"
    endpoint name-prefix-1%/admin admin "/participants?name=$(fact "$FACTS" prefix)&size=20"
    endpoint dateOfBirth/admin admin "/participants?dateOfBirth=$(fact "$FACTS" dob)"
    endpoint identifier/admin admin "/participants?identifierSystem=$(fact "$FACTS" identifier_system)&identifierValue=$(fact "$FACTS" identifier_value)"
    endpoint participants/admin admin "/participants?size=20"
    endpoint participants/cm cm "/participants?size=20"
    endpoint enrollments-team/cm cm "/enrollments?teamId=$TEAM"
    endpoint enrollments/admin admin "/enrollments?size=20"
    endpoint cti-contacts/cm cm "/cti/contacts?participantId=$BP"
    endpoint cti-overdue/cm cm "/cti/teams/$TEAM/overdue"
    endpoint disclosures/admin admin "/disclosures?participantId=$BP"
    endpoint audit-participant admin ""
    endpoint audit-actor admin "/audit?actor=$AACTOR"
    endpoint audit-1h-window admin ""
    endpoint audit-READ admin "/audit?action=READ"
    endpoint audit-all admin "/audit?size=1"
  fi
  # a participant whose audit trail was not read before (each read of it adds a record to it), and the window's hour
  EP_PATH[audit-participant]="/audit?participantId=$AP"
  EP_PATH[audit-1h-window]="/audit?from=$WINDOW_FROM&to=$WINDOW_TO"

  start_karaf
  S[$size|boot_s]=$(( $(date +%s) - START_EPOCH ))
  S[$size|rss_start]=$(rss_mb)
  log "waiting for CTI's start-up catch-up with the registry (EnrollmentSync.reconcile, thread mission-cti-catch-up)"
  S[$size|catchup_s]=$(wait_catch_up)
  # the records written since the start (the catch-up's reads of every enrollment among them) are sealed too
  since=$(curl -s --max-time 300 --netrc-file "$WORK/admin.netrc" "$API/audit?from=$START_ISO&size=1" || true)
  newest=$(printf '%s' "$since" | json_num id)
  S[$size|since_start]=$(printf '%s' "$since" | json_num totalItems)
  target=$SEEDED_MAX
  [ -n "$newest" ] && [ "$newest" -gt "$target" ] && target=$newest
  log "catch-up done ${S[$size|catchup_s]} s after the start; ${S[$size|since_start]:-?} audit records since the start;" \
    "waiting for the sealer to reach record $target (audit/witness.log.head)"
  S[$size|sealed_s]=$(wait_sealed "$target")
  S[$size|head]=$(head_last_id)
  log "sealed up to record ${S[$size|head]} ${S[$size|sealed_s]} s after the start"
  quiesce || true
  S[$size|rss_idle]=$(rss_mb)
  log "Karaf JVM resident: ${S[$size|rss_start]} MB when the API was up, ${S[$size|rss_idle]} MB idle after the catch-up and sealing"

  # the audit queries first, before the other runs add their own records (each list read writes one per item)
  ORDER=()
  for e in "${ENDPOINTS[@]}"; do case "$e" in audit-*) ORDER+=("$e");; esac; done
  for e in "${ENDPOINTS[@]}"; do case "$e" in audit-*) ;; *) ORDER+=("$e");; esac; done
  for n in "${!ORDER[@]}"; do
    e=${ORDER[$n]}
    log "$e as ${EP_USER[$e]}: GET ${EP_PATH[$e]}"
    rc=0
    check_endpoint "$e" "$size" || rc=$?
    if [ "$rc" = 0 ]; then
      load_endpoint "$e" "$size"
    fi
    if [ "$rc" = 2 ] || ! quiesce; then
      if [ "$n" -lt $((${#ORDER[@]} - 1)) ]; then
        restart_karaf
      else
        log "  the server is still busy after the last endpoint: Karaf is stopped next anyway"
      fi
    fi
  done
  S[$size|rss_end]=$(rss_mb)
  S[$size|head_end]=$(head_last_id)
  log "Karaf JVM resident after the load: ${S[$size|rss_end]} MB"
  stop_karaf
  S[$size|oom]=$(cat "$KARAF"/data/log/karaf.log* 2>/dev/null | grep -c OutOfMemoryError || true)
done

# ---- 3. the table --------------------------------------------------------------------------------------------------
first=${SIZE_LIST[0]}
last=${SIZE_LIST[$((${#SIZE_LIST[@]} - 1))]}
ratio() { awk -v a="${1:-}" -v b="${2:-}" 'BEGIN { if (a + 0 > 0 && b + 0 > 0) printf "%.2f", b / a; else print "n/a" }'; }
{
  echo "MISSION-CJ cost growth, $(date -u +%Y-%m-%dT%H:%M:%SZ), database $DB"
  echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1); load generator on the same machine"
  echo "settings: THREADS=$THREADS WARMUP=${WARMUP}s SECONDS=${MEASURE}s per endpoint (closed loop, HTTP/1.1); SIZES=\"$SIZES\" AUDIT=\"$AUDIT\""
  echo
  printf '%-12s %10s %10s %9s %9s %9s %10s %9s %9s %9s %9s %7s %8s\n' "participants" "audit" "seed s" "s/1000 p" \
    "s/100k a" "boot s" "catchup s" "sealed s" "RSS start" "RSS idle" "RSS end" "OOM" "restarts"
  for s in "${SIZE_LIST[@]}"; do
    pa=${S[$s|participants_added]:-0}; aa=${S[$s|audit_added]:-0}
    printf '%-12s %10s %10s %9s %9s %9s %10s %9s %9s %9s %9s %7s %8s\n' "$s" "${S[$s|audit_seeded]}" "${S[$s|seed_s]}" \
      "$(awk -v t="${S[$s|seconds_participants]}" -v n="$pa" 'BEGIN { if (n > 0) printf "%.2f", t * 1000 / n; else print "-" }')" \
      "$(awk -v t="${S[$s|seconds_audit]}" -v n="$aa" 'BEGIN { if (n > 0) printf "%.2f", t * 100000 / n; else print "-" }')" \
      "${S[$s|boot_s]}" "${S[$s|catchup_s]}" "${S[$s|sealed_s]}" "${S[$s|rss_start]} MB" "${S[$s|rss_idle]} MB" \
      "${S[$s|rss_end]} MB" "$([ "${S[$s|oom]:-0}" = 0 ] && echo no || echo "yes (${S[$s|oom]})")" "${S[$s|restarts]:-0}"
  done
  echo "(seed s: the whole seeding step; s/1000 p: seconds per 1000 participants with all their rows; s/100k a: seconds"
  echo " per 100 000 audit records; boot/catchup/sealed: seconds from bin/start until the API answered, CTI's catch-up"
  echo " with the registry ended, the sealer's chain head reached the newest record; RSS: VmRSS of the Karaf JVM when"
  echo " the API was up, idle after catch-up and sealing, and after the load; OOM: OutOfMemoryError in karaf.log;"
  echo " restarts: Karaf restarted to end requests still running after a load run or a check)"
  echo
  printf '%-21s %-5s' "" ""
  for s in "${SIZE_LIST[@]}"; do printf ' | %-52s' "$s participants"; done
  printf ' | %s\n' "ratio $last / $first"
  printf '%-21s %-5s' "endpoint" "as"
  for s in "${SIZE_LIST[@]}"; do printf ' | %9s %7s %9s %9s %8s %5s' items "1st s" "p50 ms" "p99 ms" "req/s" err; done
  printf ' | %6s %6s %6s\n' p50 p99 "1st"
  for e in "${ENDPOINTS[@]}"; do
    printf '%-21s %-5s' "$e" "${EP_USER[$e]}"
    for s in "${SIZE_LIST[@]}"; do
      if [ -n "${R[$e|$s|p50]:-}" ]; then
        printf ' | %9s %7s %9s %9s %8s %5s' "${R[$e|$s|n]}" "${R[$e|$s|first]}" "${R[$e|$s|p50]}" "${R[$e|$s|p99]}" \
          "${R[$e|$s|rps]}" "${R[$e|$s|err]}"
      elif [ -n "${R[$e|$s|n]:-}" ]; then
        printf ' | %9s %7s %-35s' "${R[$e|$s|n]}" "${R[$e|$s|first]:-}" "not loaded"
      else
        printf ' | %-52s' "not measured"
      fi
    done
    printf ' | %6s %6s %6s\n' "$(ratio "${R[$e|$first|p50]:-}" "${R[$e|$last|p50]:-}")" \
      "$(ratio "${R[$e|$first|p99]:-}" "${R[$e|$last|p99]:-}")" "$(ratio "${R[$e|$first|first]:-}" "${R[$e|$last|first]:-}")"
  done
  echo "(items: the list's totalItems; 1st s: the first request, alone, in seconds (an endpoint whose first request takes"
  echo " longer than SLOW=${SLOW}s is not loaded); p50/p99 in ms, req/s and errors of the closed loop of $THREADS threads;"
  echo " >10000: no request finished within LoadRun's 10 s; ratios: largest size / smallest)"
  echo
  echo "paths (as bench.cm, CASE_MANAGER on the benchmark team, or bench.admin, PROGRAM_ADMIN), under $API:"
  for e in "${ENDPOINTS[@]}"; do printf '  %-22s GET %s\n' "$e" "${EP_PATH[$e]}"; done
  echo "audit-participant: a participant whose audit trail no earlier size read (the path above is the last size's);"
  echo "audit-1h-window: one hour 30 days before each measurement. reg_name_token: ${S[$last|name_tokens]:-?}."
} > "$RESULT"
echo
cat "$RESULT"
log "written to $RESULT"
