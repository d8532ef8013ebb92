#!/usr/bin/env bash
# Drill: PostgreSQL restarts (fast shutdown) during a ballot storm (issue 17). Needs the cluster
# (scripts/cluster.sh start).
#
# DRILL_VOTERS (1000) residents vote through HAProxy, DRILL_CONCURRENCY (64) at a time; after
# DRILL_RESTART_AFTER (300) answers PostgreSQL is restarted with a fast shutdown (every session
# cut, open transactions rolled back). Voters whose request failed vote again. Checks: both nodes
# ready again without anyone touching them, every acknowledged ballot stored exactly once,
# failed requests answered with a problem document (HTTP 5xx/503, no stack trace) or a cut
# connection, no open Camunda incident. Last line: the figures, ok=true|false.
source "$(dirname "$0")/drill-lib.sh"
require_cluster
AFTER=${DRILL_RESTART_AFTER:-300}
VOTE=$(open_vote "Tatbikat: veritabanı yeniden başlıyor $(date +%s)")
OUT=$WORK/drill-db-restart.txt
INCIDENTS_BEFORE=$(sql -c "select count(*) from act_ru_incident")
echo "== vote $VOTE: $DRILL_VOTERS voters, $DRILL_CONCURRENCY at a time, PostgreSQL fast restart after $AFTER answers"
T0=$(date +%s%N)
LOAD=$(java scripts/DrillVoters.java "$LB" "$VOTE" "$(shapes "$VOTE")" drill "$DRILL_VOTERS" "$DRILL_CONCURRENCY" pw "$OUT" \
  "$AFTER" "$CLUSTER" restart-db | tail -1)
echo "== voters: $LOAD"
# The nodes recover by themselves: the pools replace broken connections on the next request.
RECOVERED=false
for _ in $(seq 1 60); do
  curl -fs -m 2 "http://127.0.0.1:${CLUSTER_NODE1_PORT:-18081}/actuator/health/readiness" >/dev/null \
    && curl -fs -m 2 "http://127.0.0.1:${CLUSTER_NODE2_PORT:-18082}/actuator/health/readiness" >/dev/null \
    && { RECOVERED=true; break; }
  sleep 1
done
CHECK=$(check_ballots "$VOTE" "$OUT")
echo "== database: $CHECK"
# A stack trace in an answer would show Java class names; answers are problem documents.
TRACES=$(grep -c "Exception\|at tr\.bel\|at org\." "$OUT" || true)
INCIDENTS=$(( $(sql -c "select count(*) from act_ru_incident") - INCIDENTS_BEFORE ))
OK=false
if [ "$RECOVERED" = true ] && echo "$CHECK" | grep -q " duplicates=0 missing=0 " && echo "$CHECK" | grep -q "unvoted=0" \
   && echo "$LOAD" | grep -q "still_failed=0" && [ "$INCIDENTS" = 0 ]; then OK=true; fi
echo "drill=db-restart $LOAD $CHECK nodes_recovered=$RECOVERED new_incidents=$INCIDENTS ok=$OK"
