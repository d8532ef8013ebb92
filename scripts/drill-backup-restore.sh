#!/usr/bin/env bash
# Drill: backup and restore (issue 17). Needs the cluster (scripts/cluster.sh start).
#
# 1. A closed vote with DRILL_BACKUP_VOTERS (200) ballots cast through HAProxy.
# 2. pg_dump (custom format) of the running system, the nodes serving on; the dump's snapshot
#    is exported from a transaction that counts the rows of every table in that same snapshot.
# 3. pg_restore into a new database, a third node (port CLUSTER_NODE3_PORT=18083, demo data and
#    job executor off) started on it.
# 4. Checks: the row count of every table equals the snapshot's, before and after the node
#    started on it, and the vote's results read through the restored node's API equal those of
#    the live cluster. The restored database and the third node are removed at the end.
# Last line: the figures, ok=true|false.
source "$(dirname "$0")/drill-lib.sh"
require_cluster
N3_PORT=${CLUSTER_NODE3_PORT:-18083}
PG_PORT=${CLUSTER_PG_PORT:-18432}
VOTERS=${DRILL_BACKUP_VOTERS:-200}
RESTORED=bizizmir_restored
DUMP=$WORK/backup.dump
N3_PID=""
cleanup() {
  [ -n "$N3_PID" ] && kill "$N3_PID" 2>/dev/null && wait "$N3_PID" 2>/dev/null || true
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "drop database if exists $RESTORED" >/dev/null 2>&1 || true
}
trap cleanup EXIT

VOTE=$(open_vote "Tatbikat: yedek $(date +%s)")
java scripts/DrillVoters.java "$LB" "$VOTE" "$(shapes "$VOTE")" drill "$VOTERS" 16 pw "$WORK/drill-backup-voters.txt" | tail -1
sql -q -c "update vote set status = 'CLOSED', closes_at = now() where id = $VOTE"
LIVE_RESULTS=$(curl -fs -H 'Accept-Language: tr' "$LB/api/v1/public/votes/$VOTE/results")

# Row counts of every table, as one text, from whatever transaction runs it.
COUNT_SQL=$(sql -c "select string_agg(format('select %L || ''='' || count(*) from %I.%I', tablename, schemaname, tablename), ' union all ' order by tablename)
                    || ' order by 1;' from pg_tables where schemaname = 'public'")

echo "== pg_dump of the running system"
T0=$(date +%s%N)
coproc SNAP { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "${CLUSTER_DB:-bizizmir}" -At -q; }
echo "begin isolation level repeatable read read only; select pg_export_snapshot();" >&"${SNAP[1]}"
read -r SNAPSHOT <&"${SNAP[0]}"
echo "$COUNT_SQL" >&"${SNAP[1]}"; echo '\echo END' >&"${SNAP[1]}"
SNAP_COUNTS=""; while read -r line <&"${SNAP[0]}"; do [ "$line" = END ] && break; SNAP_COUNTS+="$line"$'\n'; done
pg_dump -h 127.0.0.1 -p "$PG_PORT" -U postgres -Fc --snapshot="$SNAPSHOT" -f "$DUMP" "${CLUSTER_DB:-bizizmir}"
echo "commit;" >&"${SNAP[1]}"; exec {SNAP[1]}>&-; wait "$SNAP_PID" 2>/dev/null || true
DUMP_MS=$(( ($(date +%s%N) - T0) / 1000000 ))
DUMP_KB=$(( $(stat -c %s "$DUMP") / 1024 ))
TABLES=$(echo -n "$SNAP_COUNTS" | grep -c .)
ROWS=$(echo -n "$SNAP_COUNTS" | awk -F= '{s += $2} END {print s}')

echo "== restore into $RESTORED"
T0=$(date +%s%N)
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "drop database if exists $RESTORED" -c "create database $RESTORED owner bizizmir"
pg_restore -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$RESTORED" --exit-on-error "$DUMP"
RESTORE_MS=$(( ($(date +%s%N) - T0) / 1000000 ))
counts() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$RESTORED" -At -q -c "$COUNT_SQL"; }
RESTORED_COUNTS=$(counts)

echo "== node 3 on the restored database (port $N3_PORT)"
mkdir -p "$WORK/node3"
T0=$(date +%s%N)
DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$RESTORED" DB_USER=bizizmir DB_PASSWORD=bizizmir BIZIZMIR_DEMO_DATA=false \
BIZIZMIR_PUBLIC_BASE_URL="http://127.0.0.1:$N3_PORT" SPRING_PROFILES_ACTIVE=${CLUSTER_PROFILES:-local,postgres} \
  java -Xmx768m -XX:+UseSerialGC -jar "$WORK/bizizmir.jar" --server.port="$N3_PORT" --bizizmir.data-dir="$WORK/node3" \
  --spring.config.additional-location="file:$WORK/config/" --camunda.bpm.job-execution.enabled=false \
  > "$WORK/node3.log" 2>&1 &
N3_PID=$!
N3_READY=false
for _ in $(seq 1 300); do
  curl -fs -m 2 "http://127.0.0.1:$N3_PORT/actuator/health/readiness" >/dev/null 2>&1 && { N3_READY=true; break; }
  kill -0 "$N3_PID" 2>/dev/null || break
  sleep 1
done
N3_START_S=$(( ($(date +%s%N) - T0) / 1000000000 ))
RESTORED_RESULTS=$(curl -fs -H 'Accept-Language: tr' "http://127.0.0.1:$N3_PORT/api/v1/public/votes/$VOTE/results" || echo "none")
AFTER_START_COUNTS=$(counts)

SAME_COUNTS=$([ "$(echo -n "$SNAP_COUNTS")" = "$RESTORED_COUNTS" ] && echo true || echo false)
SAME_AFTER_START=$([ "$RESTORED_COUNTS" = "$AFTER_START_COUNTS" ] && echo true || echo false)
SAME_RESULTS=$([ -n "$LIVE_RESULTS" ] && [ "$LIVE_RESULTS" = "$RESTORED_RESULTS" ] && echo true || echo false)
[ "$SAME_COUNTS" = true ] || diff <(echo -n "$SNAP_COUNTS") <(echo "$RESTORED_COUNTS") | head -10
[ "$SAME_AFTER_START" = true ] || diff <(echo "$RESTORED_COUNTS") <(echo "$AFTER_START_COUNTS") | head -10
BALLOTS=$(echo "$LIVE_RESULTS" | python3 -c 'import json,sys; print(json.load(sys.stdin)["ballots"])' 2>/dev/null || echo "?")
OK=false
[ "$SAME_COUNTS" = true ] && [ "$SAME_AFTER_START" = true ] && [ "$SAME_RESULTS" = true ] && [ "$N3_READY" = true ] && OK=true
echo "drill=backup-restore tables=$TABLES rows=$ROWS dump_kb=$DUMP_KB dump_ms=$DUMP_MS restore_ms=$RESTORE_MS node_ready=$N3_READY node_start_s=$N3_START_S counts_equal=$SAME_COUNTS unchanged_by_node_start=$SAME_AFTER_START vote=$VOTE ballots=$BALLOTS results_equal=$SAME_RESULTS ok=$OK"
