#!/usr/bin/env bash
# Drill: a node crashes in the middle of a vote (issue 17). Needs the cluster (scripts/cluster.sh start).
#
# DRILL_VOTERS (1000) residents vote through HAProxy, DRILL_CONCURRENCY (64) at a time; once
# DRILL_KILL_AFTER (300) answers came back, node 2 is killed with SIGKILL. Voters whose request
# failed vote again (same submission key). Checks: every ballot that got a receipt is stored
# exactly once, ballots = participations = voters, no voter left without a vote, node 1 served
# on. Node 2 is started again at the end. Last line: the figures, ok=true|false.
source "$(dirname "$0")/drill-lib.sh"
require_cluster
KILL_AFTER=${DRILL_KILL_AFTER:-300}
VOTE=$(open_vote "Tatbikat: düğüm çökmesi $(date +%s)")
OUT=$WORK/drill-node-crash.txt
echo "== vote $VOTE: $DRILL_VOTERS voters, $DRILL_CONCURRENCY at a time, kill -9 of node 2 after $KILL_AFTER answers"
LOAD=$(java scripts/DrillVoters.java "$LB" "$VOTE" "$(shapes "$VOTE")" drill "$DRILL_VOTERS" "$DRILL_CONCURRENCY" pw "$OUT" \
  "$KILL_AFTER" "$CLUSTER" kill-node 2 | tail -1)
echo "== voters: $LOAD"
NODE1_UP=$(curl -fs -m 3 http://127.0.0.1:${CLUSTER_NODE1_PORT:-18081}/actuator/health/readiness >/dev/null && echo true || echo false)
CHECK=$(check_ballots "$VOTE" "$OUT")
echo "== database: $CHECK"
echo "== starting node 2 again"
"$CLUSTER" start-node 2 >/dev/null
OK=false
if echo "$CHECK" | grep -q " duplicates=0 missing=0 " && echo "$CHECK" | grep -q "unvoted=0" \
   && echo "$LOAD" | grep -q "still_failed=0" && [ "$NODE1_UP" = true ]; then
  B=$(echo "$CHECK" | sed -E 's/.*ballots=([0-9]+).*/\1/'); P=$(echo "$CHECK" | sed -E 's/.*participations=([0-9]+).*/\1/')
  [ "$B" = "$P" ] && [ "$B" = "$DRILL_VOTERS" ] && OK=true
fi
echo "drill=node-crash $LOAD $CHECK node1_served_on=$NODE1_UP ok=$OK"
