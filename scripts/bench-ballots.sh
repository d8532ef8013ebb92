#!/usr/bin/env bash
# Ballot-casting benchmark (issue 5, item 6). Not a test: run it by hand.
#
#   scripts/bench-ballots.sh [ballots=12000] [concurrency=64]
#   (BENCH_JVM_OPTS=... adds JVM options to the application; BENCH_JFR=<file> records a CPU
#   profile of the measured ballots)
#
# In one run, on one PostgreSQL server started here:
#   (a) raw single-row INSERT throughput with pgbench at 64 clients, and
#   (b) ballot casting through the real HTTP API (POST /api/v1/votes/{id}/ballots) at 64
#       concurrent voters, each voter casting one ballot,
#   (c) for reference, the same authenticated POSTs to a path the API does not have (answered
#       404 by its catch-all): what the HTTP + security + MVC stack costs without the ballot,
# and prints as its LAST line:
#   ballots_per_s=<n> pgbench_tps=<n> ratio=<n> p99_ms=<n>
#
# Needs Debian's PostgreSQL server with pgbench (as root: apt-get install -y postgresql; on
# Debian 12 pgbench is /usr/lib/postgresql/15/bin/pgbench from package postgresql-15, wrapped
# by /usr/bin/pgbench), a JDK 17, Maven, curl and python3. PostgreSQL refuses to run as root, so it runs as user "postgres"
# (runuser), on a free loopback port, with its data under target/bench-ballots/.
#
# Credentials: bench voters are local users with {noop} passwords, like the demo users
# (src/test/java/.../bench/BenchVoters.java, profile "bench"). With the
# default {bcrypt} hashes every stateless HTTP Basic request would run BCrypt (~60-100 ms of
# CPU at strength 10), which measures the password hash, not the ballot path; production
# clients send a Keycloak bearer token, whose verification is a cached-key signature check.
# See docs/benchmarks.md ("Ballots").
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BALLOTS=${1:-12000}
CONCURRENCY=${2:-64}
WARMUP=${BENCH_WARMUP:-6000}
WORK=$ROOT/target/bench-ballots
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGBENCH=$(command -v pgbench || echo "$PGBIN/pgbench")
[ -x "$PGBIN/postgres" ] || { echo "PostgreSQL server missing: apt-get install -y postgresql" >&2; exit 1; }
[ -x "$PGBENCH" ] || { echo "pgbench missing: apt-get install -y postgresql" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
PGPORT=$(free_port)
APPPORT=$(free_port)
APP_PID=""

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pgdata" -m fast stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "== machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$WORK"; mkdir -p "$WORK"; chmod 777 "$WORK"
runuser -u postgres -- "$PGBIN/initdb" -D "$WORK/pgdata" -U postgres -A trust -E UTF8 >/dev/null
# Stock durability settings (fsync, synchronous_commit on); only room for 64 + pool connections.
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$WORK/pgdata" -l "$WORK/postgres.log" -w \
  -o "-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=256MB" start >/dev/null
PSQL="psql -h 127.0.0.1 -p $PGPORT -U postgres -v ON_ERROR_STOP=1 -q"
$PSQL -c "create user bizizmir password 'bizizmir'" -c "create database bizizmir owner bizizmir"
$PSQL -c "create database pgbench"

# CPU time (user + system, clock ticks) used by the application and by all PostgreSQL processes:
# per ballot, it says how much work a ballot costs whatever else the machine is doing.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
# PostgreSQL: every live server process, plus what the postmaster has collected from backends
# that already exited (pgbench's connections end with it).
pg_ticks() {
  local t=0 master; master=$(head -1 "$WORK/pgdata/postmaster.pid")
  for p in $(pgrep -u postgres postgres); do t=$((t + $(cpu_ticks "$p"))); done
  echo $((t + $(awk '{print $16 + $17}' "/proc/$master/stat")))
}
TICKS=$(getconf CLK_TCK)
echo "== (a) pgbench: single-row INSERT, $CONCURRENCY clients, 20 s"
$PSQL -d pgbench -c "create table bench_insert (id bigserial primary key, vote_id bigint not null, payload varchar(100) not null)"
echo "insert into bench_insert (vote_id, payload) values (1, 'ballot');" > "$WORK/insert.sql"
PG_CPU0=$(pg_ticks)
"$PGBENCH" -h 127.0.0.1 -p "$PGPORT" -U postgres -n -c "$CONCURRENCY" -j 2 -T 20 -f "$WORK/insert.sql" pgbench \
  | tee "$WORK/pgbench.txt" | grep -E "tps|latency"
PG_CPU1=$(pg_ticks)
PGBENCH_TX=$(grep -E "number of transactions actually processed" "$WORK/pgbench.txt" | sed -E 's/.*: ([0-9]+).*/\1/')
python3 -c "print(f'== PostgreSQL CPU per pgbench insert: {($PG_CPU1 - $PG_CPU0) * 1000 / $TICKS / $PGBENCH_TX:.3f} ms')"
PGBENCH_TPS=$(grep -E "^tps" "$WORK/pgbench.txt" | head -1 | sed -E 's/tps = ([0-9.]+).*/\1/')

echo "== building and starting the application on port $APPPORT"
mvn -q -B -o test-compile -Dbizizmir.skipKeycloak=true >/dev/null 2>&1 || mvn -q -B test-compile -Dbizizmir.skipKeycloak=true
mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null 2>&1 \
  || mvn -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
CP=$(cat "$WORK/classpath.txt")
VOTERS=$((WARMUP + BALLOTS))
# Bench voters: local accounts made at startup by bench/BenchVoters (profile "bench", test classes).
# The connection pool gets as many connections as pgbench had clients: the same database
# concurrency for both measurements (Hikari's default of 10 would queue 54 of the 64 voters).
DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/bizizmir" DB_USER=bizizmir DB_PASSWORD=bizizmir BIZIZMIR_DEMO_DATA=false \
  java -Xmx1g -XX:+UseParallelGC ${BENCH_JVM_OPTS:-} -cp "target/classes:target/test-classes:$CP" tr.bel.izmir.bizizmir.BizizmirApplication \
  --spring.profiles.active=postgres,bench --bench.voters="$VOTERS" --server.port="$APPPORT" \
  --spring.datasource.hikari.maximum-pool-size="$CONCURRENCY" \
  --bizizmir.data-dir="$WORK/data" --logging.level.root=warn --logging.level.tr.bel.izmir.bizizmir=warn > "$WORK/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 600); do
  curl -fs "http://127.0.0.1:$APPPORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "application died, see $WORK/app.log" >&2; tail -30 "$WORK/app.log" >&2; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$APPPORT/actuator/health" >/dev/null || { echo "application did not start" >&2; exit 1; }

echo "== open vote with 5 projects (knapsack, envelope 1,000,000 TRY) and $VOTERS verified residents"
# The vote row is written already OPEN: the process only drives opening/closing times and is
# not on the casting path (DD010); the residents are the rows the census verification leaves.
$PSQL -d bizizmir <<SQL
insert into neighbourhood (code, name, district_id) select 'bench-mahalle', 'Bench Mahallesi', min(id) from district;
insert into pb_cycle (neighbourhood_id, title, envelope_try, phase, submission_opens, submission_closes, voting_opens,
  voting_closes, support_threshold, max_proposals_per_resident, minimum_age, ballot_rule, allocation_rule, created_at)
  select id, 'Bench döngüsü', 1000000, 'VOTING', current_date - 60, current_date - 30, current_date, current_date + 1,
  0, 3, 16, 'KNAPSACK', 'GREEDY', now() from neighbourhood where code = 'bench-mahalle';
insert into vote (kind, cycle_id, neighbourhood_id, title, ballot_rule, budget_try, minimum_age, changeable, opens_at,
  closes_at, status, created_at)
  select 'PB_CYCLE', c.id, c.neighbourhood_id, c.title, 'KNAPSACK', 1000000, 16, true, now() - interval '1 hour',
  now() + interval '1 day', 'OPEN', now() from pb_cycle c where c.title = 'Bench döngüsü';
insert into vote_option (vote_id, position, label, cost_try)
  select v.id, p, 'Proje ' || p, p * 100000 from vote v, generate_series(1, 5) p;
insert into resident (username, id_hash, neighbourhood_id, birth_year, consent_at, verified_at)
  select 'bench' || i, md5('bench' || i) || md5('id' || i), n.id, 1960 + i % 40, now(), now()
  from generate_series(0, $VOTERS - 1) i, neighbourhood n where n.code = 'bench-mahalle';
analyze;
SQL
VOTE_ID=$($PSQL -d bizizmir -At -c "select id from vote")
OPTS=($($PSQL -d bizizmir -At -c "select id from vote_option order by position"))
SHAPES="${OPTS[0]},${OPTS[2]};${OPTS[1]},${OPTS[3]};${OPTS[4]};${OPTS[0]},${OPTS[1]},${OPTS[2]}"

echo "== (b) ballots through HTTP: warm-up $WARMUP ballots, then $BALLOTS ballots at $CONCURRENCY concurrent voters"
java scripts/BallotLoad.java "http://127.0.0.1:$APPPORT" "$VOTE_ID" "$SHAPES" bench 0 "$WARMUP" "$CONCURRENCY" pw warmup
APP_CPU0=$(cpu_ticks "$APP_PID"); PG_CPU0=$(pg_ticks); APP_SYS0=$(awk '{print $15}' "/proc/$APP_PID/stat")
# BENCH_JFR=<file>: a Flight Recorder CPU profile of the application over the measured ballots only.
[ -n "${BENCH_JFR:-}" ] && jcmd "$APP_PID" JFR.start name=ballots settings=profile >/dev/null
java scripts/BallotLoad.java "http://127.0.0.1:$APPPORT" "$VOTE_ID" "$SHAPES" bench "$WARMUP" "$BALLOTS" "$CONCURRENCY" pw \
  | tee "$WORK/ballots.txt"
APP_CPU1=$(cpu_ticks "$APP_PID"); PG_CPU1=$(pg_ticks); APP_SYS1=$(awk '{print $15}' "/proc/$APP_PID/stat")
[ -n "${BENCH_JFR:-}" ] && jcmd "$APP_PID" JFR.stop name=ballots filename="$BENCH_JFR" >/dev/null
python3 -c "print(f'== CPU per ballot: application {($APP_CPU1 - $APP_CPU0) * 1000 / $TICKS / $BALLOTS:.2f} ms (of which kernel {($APP_SYS1 - $APP_SYS0) * 1000 / $TICKS / $BALLOTS:.2f} ms), PostgreSQL {($PG_CPU1 - $PG_CPU0) * 1000 / $TICKS / $BALLOTS:.2f} ms')"
echo "== (c) baseline: the same authenticated POST by the same voters to a path the API does not have (404 problem)"
APP_CPU2=$(cpu_ticks "$APP_PID")
java scripts/BallotLoad.java "http://127.0.0.1:$APPPORT" "$VOTE_ID" "$SHAPES" bench "$WARMUP" "$BALLOTS" "$CONCURRENCY" pw \
  "/api/v1/votes/$VOTE_ID/no-such-thing" | tee "$WORK/baseline.txt"
APP_CPU3=$(cpu_ticks "$APP_PID")
python3 -c "print(f'== CPU per baseline request: application {($APP_CPU3 - $APP_CPU2) * 1000 / $TICKS / $BALLOTS:.2f} ms')"
STORED=$($PSQL -d bizizmir -At -c "select count(*) from ballot where vote_id = $VOTE_ID")
PARTICIPANTS=$($PSQL -d bizizmir -At -c "select count(*) from vote_participation where vote_id = $VOTE_ID")
echo "== stored ballots: $STORED, participations: $PARTICIPANTS (expected $VOTERS each)"
[ "$STORED" = "$VOTERS" ] && [ "$PARTICIPANTS" = "$VOTERS" ] || { echo "ballot count mismatch" >&2; exit 1; }
echo "== load after: $(cut -d' ' -f1-3 /proc/loadavg)"

BPS=$(grep -o 'ballots_per_s=[0-9.]*' "$WORK/ballots.txt" | cut -d= -f2)
P99=$(grep -o 'p99_ms=[0-9.]*' "$WORK/ballots.txt" | cut -d= -f2)
RATIO=$(python3 -c "print(f'{$BPS / $PGBENCH_TPS:.2f}')")
printf 'ballots_per_s=%.0f pgbench_tps=%.0f ratio=%s p99_ms=%s\n' "$BPS" "$PGBENCH_TPS" "$RATIO" "$P99"
