#!/usr/bin/env bash
# Memory per signed-in Vaadin session (issue 17, capacity). Not a test: run it by hand.
#
#   scripts/bench-sessions.sh [sessions per role = 500] [concurrency = 4]
#
# One application node as the cluster runs it (scripts/cluster.sh start-db + start-node 1: the
# production jar with the Vaadin production bundle, profiles local,postgres, Debian's PostgreSQL,
# -Xmx CLUSTER_NODE_HEAP, serial GC, demo data), on free ports with everything under
# target/bench-sessions (the cluster's own ports and directory are not touched). Then:
#   warm-up   20 citizens and 20 officers sign in, open their page and sign out again (classes,
#             caches, JIT: what the first sessions cost once and for all is not counted per session)
#   baseline  live heap after a full GC with no session (jcmd GC.class_histogram: the histogram's
#             total, the objects a full GC kept; median of three; GC.heap_info's "used" of the
#             young and old generations after GC.run as a check)
#   citizens  N residents (drill0.., password "pw", one account each, resident of the drill
#             neighbourhood) open the ballot of an open participatory-budget vote: votes/ballot/<id>
#   officers  N sessions of the officer "memur" (password "demo", one account, N separate cookie
#             jars like N browsers) open the staff inbox (5 open tasks of the demo data)
# Each session is signed in and opened as a browser does it (scripts/SessionLoad.java: sign-in
# form, the page, Flow's ?v-r=init, the ui-navigate event), so the server holds a VaadinSession
# with a UI showing the view. The sessions stay open (no sign-out; the HTTP session timeout is
# 30 minutes and Vaadin closes a UI after three missed heartbeats, 15 minutes: the run is shorter).
# The histogram after each step must show the sessions, UIs and views, or the run fails: a
# figure for sessions that do not exist would be meaningless.
# Last line: citizen_kb=.. officer_kb=.. heap_none_mb=.. heap_sessions_mb=.. sessions=.. ratio=..
# (ratio = live heap with all sessions / live heap with none).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
N=${1:-500}
CONCURRENCY=${2:-4}
WARMUP=${BENCH_WARMUP:-20}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
export CLUSTER_DIR=$ROOT/target/bench-sessions CLUSTER_VOTERS=$N DRILL_VOTERS=$N
export CLUSTER_PG_PORT=$(free_port) CLUSTER_NODE1_PORT=$(free_port) CLUSTER_PORT=$(free_port)
export CLUSTER_NODE_HEAP=${CLUSTER_NODE_HEAP:-1536m}
BASE=http://127.0.0.1:$CLUSTER_NODE1_PORT
trap 'scripts/cluster.sh stop >/dev/null 2>&1 || true' EXIT

echo "== machine: $(nproc) cores; $(uptime)"
scripts/cluster.sh stop >/dev/null 2>&1 || true
rm -rf "$CLUSTER_DIR"
scripts/cluster.sh start-db
scripts/cluster.sh start-node 1
PID=$(cat "$CLUSTER_DIR/node1.pid")
source scripts/drill-lib.sh
VOTE=$(open_vote "Oturum ölçümü")
echo "== node pid $PID on $BASE, heap $CLUSTER_NODE_HEAP; open vote $VOTE with $N resident voters"

# Live heap after a full GC, in bytes (the class histogram runs one), and the counts that prove
# the sessions exist. Writes histogram-<step>.txt.
measure() {
  local step=$1 file=$CLUSTER_DIR/histogram-$1.txt
  # Three histograms (each after its own full GC), the median: the job executor, caches and
  # metrics move a few MB between two readings.
  local totals=() i
  for i in 1 2 3; do
    jcmd "$PID" GC.class_histogram > "$file"
    totals+=("$(awk '/^Total/ {print $3}' "$file")")
  done
  LIVE=$(printf '%s\n' "${totals[@]}" | sort -n | sed -n 2p)
  jcmd "$PID" GC.run >/dev/null
  local used; used=$(jcmd "$PID" GC.heap_info | grep generation | grep -o 'used [0-9]*K' | awk '{s += $2} END {print s}')
  count() { awk -v c="$1" '$4 == c {n = $2} END {print n + 0}' "$file"; }
  SESSIONS=$(( $(count com.vaadin.flow.server.VaadinSession) + $(count com.vaadin.flow.spring.SpringVaadinSession) ))
  UIS=$(count com.vaadin.flow.component.UI)
  BALLOTS=$(count tr.bel.izmir.bizizmir.voting.ui.BallotView)
  INBOXES=$(count tr.bel.izmir.bizizmir.tasks.ui.InboxView)
  HTTP=$(count org.apache.catalina.session.StandardSession)
  echo "== $step: live_heap_mb=$(python3 -c "print(f'{$LIVE / 1048576:.1f}')") heap_info_used_mb=$((used / 1024)) http_sessions=$HTTP vaadin_sessions=$SESSIONS uis=$UIS ballot_views=$BALLOTS inbox_views=$INBOXES"
}

echo "== warm-up: $WARMUP citizens and $WARMUP officers, signed out again"
java scripts/SessionLoad.java "$BASE" "votes/ballot/$VOTE" 'drill*' "$WARMUP" pw "$CONCURRENCY" send-ballot logout
java scripts/SessionLoad.java "$BASE" inbox memur "$WARMUP" demo "$CONCURRENCY" inbox-grid logout
measure none; H0=$LIVE
[ "$UIS" = 0 ] || { echo "UIs left after the warm-up's sign-outs: $UIS" >&2; exit 1; }

echo "== $N citizens on the ballot page"
java scripts/SessionLoad.java "$BASE" "votes/ballot/$VOTE" 'drill*' "$N" pw "$CONCURRENCY" send-ballot
measure citizens; H1=$LIVE
[ "$UIS" -ge "$N" ] && [ "$BALLOTS" -ge "$N" ] || { echo "expected $N UIs with a ballot view" >&2; exit 1; }

echo "== $N officer sessions on the inbox"
java scripts/SessionLoad.java "$BASE" inbox memur "$N" demo "$CONCURRENCY" inbox-grid
measure officers; H2=$LIVE
[ "$UIS" -ge $((2 * N)) ] && [ "$INBOXES" -ge "$N" ] || { echo "expected $((2 * N)) UIs, $N with the inbox" >&2; exit 1; }
echo "== load after: $(uptime)"

python3 - "$H0" "$H1" "$H2" "$N" <<'EOF'
import sys
h0, h1, h2, n = map(int, sys.argv[1:])
print(f"citizen_kb={(h1 - h0) / n / 1024:.0f} officer_kb={(h2 - h1) / n / 1024:.0f} heap_none_mb={h0 / 1048576:.0f} "
      f"heap_sessions_mb={h2 / 1048576:.0f} sessions={2 * n} ratio={h2 / h0:.2f}")
EOF
