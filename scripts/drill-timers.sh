#!/usr/bin/env bash
# Drill: timers fire exactly once with two nodes (issue 17). Needs the cluster (scripts/cluster.sh start).
#
# An officer publishes DRILL_TIMER_VOTES (20) consultations through HAProxy, each a PublicVoteProcess
# whose vote opens DRILL_OPEN_IN (30) seconds later and closes DRILL_CLOSE_IN (60) seconds later:
# 40 timer jobs due within a minute on two nodes whose job executors both acquire. Waits until
# every vote is closed. Checks by their side effects: each vote went SCHEDULED -> OPEN -> CLOSED,
# each timer event passed exactly once per process (history), each timer job succeeded exactly
# once (job log), no incident; reports how the jobs were shared between the nodes.
# DRILL_KILL_LOCK_HOLDER=1: as soon as the first timer job has run, the node that ran it (and holds
# the locks of the jobs it acquired with it) is killed with SIGKILL; its locked jobs must run on
# the other node once their locks expire, still once each. Start the nodes with a short lock time
# for this, or the drill waits the production 5 minutes (DD028):
#   CLUSTER_APP_ARGS=--camunda.bpm.job-execution.lock-time-in-millis=20000 scripts/cluster.sh start
# The killed node is started again at the end. Last line: the figures, ok=true|false.
source "$(dirname "$0")/drill-lib.sh"
require_cluster
K=${DRILL_TIMER_VOTES:-20}
OPEN_IN=${DRILL_OPEN_IN:-30}
CLOSE_IN=${DRILL_CLOSE_IN:-60}
TAG="Tatbikat zamanlayıcı $(date +%s)"
OPENS=$(date -u -d "+$OPEN_IN seconds" +%Y-%m-%dT%H:%M:%SZ)
CLOSES=$(date -u -d "+$CLOSE_IN seconds" +%Y-%m-%dT%H:%M:%SZ)
echo "== $K consultations opening at $OPENS, closing at $CLOSES"
for i in $(seq 1 "$K"); do
  curl -fs -o /dev/null -u memur:demo -H 'Content-Type: application/json' -X POST "$LB/api/v1/consultations" \
    -d "{\"title\":\"$TAG #$i\",\"question\":\"Tatbikat sorusu $i?\",\"description\":\"Zamanlayıcı tatbikatı.\",\"links\":[],\"kind\":\"YES_NO\",\"minimumAge\":16,\"opensAt\":\"$OPENS\",\"closesAt\":\"$CLOSES\"}" \
    || { echo "publishing consultation $i failed" >&2; exit 1; }
done
VOTES="select v.id from vote v join consultation c on c.id = v.consultation_id where c.title like '$TAG #%'"
PROCS="select proc_inst_id_ from act_hi_procinst where business_key_ in (select cast(id as varchar) from ($VOTES) x)"
KILLED=none; LOCKED_AT_KILL=0
if [ "${DRILL_KILL_LOCK_HOLDER:-0}" = 1 ]; then
  for _ in $(seq 1 600); do
    KILLED=$(sql -c "select hostname_ from act_hi_job_log where process_instance_id_ in ($PROCS) and job_state_ = 2 order by timestamp_ limit 1")
    [ -n "$KILLED" ] && break
    sleep 0.2
  done
  LOCKED_AT_KILL=$(sql -c "select count(*) from act_ru_job where process_instance_id_ in ($PROCS) and lock_owner_ is not null")
  "$CLUSTER" kill-node "${KILLED#node}"
fi
T0=$(date +%s)
for _ in $(seq 1 300); do
  [ "$(sql -c "select count(*) from vote where id in ($VOTES) and status = 'CLOSED'")" = "$K" ] && break
  sleep 2
done
WAITED=$(( $(date +%s) - T0 ))
CLOSED=$(sql -c "select count(*) from vote where id in ($VOTES) and status = 'CLOSED'")
# History: each timer event of each process passed once.
TIMER_PASSES=$(sql -c "select count(*) from act_hi_actinst where proc_inst_id_ in ($PROCS) and act_id_ in ('Timer_VotingOpens','Timer_VotingCloses')")
TWICE=$(sql -c "select count(*) from (select proc_inst_id_, act_id_ from act_hi_actinst where proc_inst_id_ in ($PROCS)
  and act_id_ in ('Timer_VotingOpens','Timer_VotingCloses') group by 1, 2 having count(*) > 1) d")
# Job log: each timer job succeeded once (state 2 = successful), and on which node.
JOBS_RUN=$(sql -c "select count(distinct job_id_) from act_hi_job_log where process_instance_id_ in ($PROCS) and job_state_ = 2 and job_def_type_ = 'timer-intermediate-transition'")
JOBS_TWICE=$(sql -c "select count(*) from (select job_id_ from act_hi_job_log where process_instance_id_ in ($PROCS) and job_state_ = 2 group by 1 having count(*) > 1) d")
BY_NODE=$(sql -c "select string_agg(h || ':' || n, ',' order by h) from (select hostname_ h, count(*) n from act_hi_job_log
  where process_instance_id_ in ($PROCS) and job_state_ = 2 group by 1) x")
FAILED_RUNS=$(sql -c "select count(*) from act_hi_job_log where process_instance_id_ in ($PROCS) and job_state_ = 3")
INCIDENTS=$(sql -c "select count(*) from act_ru_incident where proc_inst_id_ in ($PROCS)")
[ "$KILLED" != none ] && "$CLUSTER" start-node "${KILLED#node}" >/dev/null
OK=false
[ "$CLOSED" = "$K" ] && [ "$TIMER_PASSES" = $((2 * K)) ] && [ "$TWICE" = 0 ] && [ "$JOBS_TWICE" = 0 ] && [ "$INCIDENTS" = 0 ] && OK=true
echo "drill=timers votes=$K closed=$CLOSED waited_s=$WAITED timer_passes=$TIMER_PASSES expected=$((2 * K)) passed_twice=$TWICE timer_jobs_succeeded=$JOBS_RUN jobs_succeeded_twice=$JOBS_TWICE jobs_by_node=$BY_NODE failed_job_runs=$FAILED_RUNS incidents=$INCIDENTS killed=$KILLED jobs_locked_at_kill=$LOCKED_AT_KILL ok=$OK"
