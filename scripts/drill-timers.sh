#!/usr/bin/env bash
# Drill: timers fire exactly once with two nodes (issue 17). Needs the cluster (scripts/cluster.sh start).
#
# Three kinds of timers, all due within a minute, on two nodes whose job executors both acquire:
# - votes: an officer publishes DRILL_TIMER_VOTES (20) consultations through HAProxy, each a
#   PublicVoteProcess whose vote opens DRILL_OPEN_IN (60) seconds after the drill's start and
#   closes DRILL_CLOSE_IN (90) seconds after it (2 timers each; the setup of all three kinds must
#   end before the first is due: setup_left_s says how much time was left);
# - park reminders: DRILL_PARK_EVENTS (10) approved park events, each of its own civic group
#   (standing 70), whose ParkEventApprovalProcess waits at "2 days before the event" due at
#   DRILL_OPEN_IN, the event ends half-way, the report is due at DRILL_CLOSE_IN and never comes
#   (3 timers each: reminder -> report task with the "report due" notice -> "report overdue",
#   the group's standing lowered by 15, the process ends at EndEvent_ReportOverdue);
# - feasibility escalations: DRILL_ESCALATIONS (10) FeasibilityCheckProcess assessments for
#   dept-works due at DRILL_OPEN_IN, never done (1 timer each: the non-interrupting boundary timer
#   gives the supervisors a "review the overdue assessment" task and an escalation notice).
# The park and feasibility processes are started through the engine's REST API (admin, round robin
# through HAProxy) at their waiting activity (startInstructions: startBeforeActivity), with their
# application rows written the way the other drills write votes: what leads up to the timers
# (eligibility, review, approval) is not what this drill is about and would take days of lead time.
# Waits until every vote is closed, every park process ended and every escalation task exists.
# Checks by the side effects: each vote went SCHEDULED -> OPEN -> CLOSED; each park event got
# exactly one reminder, one "report due" and one "report overdue" notice, its status is
# REPORT_OVERDUE and its group's standing went down once (70 -> 55); each assessment got exactly
# one escalation task and one escalation notice (one notification request, to every supervisor);
# each timer event passed exactly once per process (history), each timer job succeeded exactly
# once (job log), no incident; reports how the jobs were shared between the nodes.
# The notices are counted after they were dispatched (they leave the outbox after the job's commit).
# DRILL_KILL_LOCK_HOLDER=1: as soon as a node holds locks on due timer jobs of the drill (job locks
# name their node, NodeJobLockOwner), that node is killed with SIGKILL. The jobs it held must run on
# the other node once their locks expired, once each (held_by_killed_ran_after_expiry, on=,
# extra_runs=0); ok=false when it held none (nothing was tested: run it again). The notices its
# committed jobs had not yet dispatched stay in the outbox until the killed node is started again
# (notices_before_restart). Start the nodes with a short lock time for this, or the drill waits
# the production 5 minutes (DD028):
#   CLUSTER_APP_ARGS=--camunda.bpm.job-execution.lock-time-in-millis=20000 scripts/cluster.sh start
# The killed node is started again (before the notices are counted). Last line: the figures, ok=true|false.
source "$(dirname "$0")/drill-lib.sh"
require_cluster
K=${DRILL_TIMER_VOTES:-20}
OPEN_IN=${DRILL_OPEN_IN:-60}
CLOSE_IN=${DRILL_CLOSE_IN:-90}
TAG="Tatbikat zamanlayıcı $(date +%s)"
# Every timer is due at one of three instants from now: all kinds compete for the job executors.
T_OPEN=$(( $(date +%s) + OPEN_IN )); T_MID=$(( T_OPEN + (CLOSE_IN - OPEN_IN) / 2 )); T_CLOSE=$(( $(date +%s) + CLOSE_IN ))
OPENS=$(date -u -d "@$T_OPEN" +%Y-%m-%dT%H:%M:%SZ)
CLOSES=$(date -u -d "@$T_CLOSE" +%Y-%m-%dT%H:%M:%SZ)
echo "== $K consultations opening at $OPENS, closing at $CLOSES"
for i in $(seq 1 "$K"); do
  curl -fs -o /dev/null -u memur:demo -H 'Content-Type: application/json' -X POST "$LB/api/v1/consultations" \
    -d "{\"title\":\"$TAG #$i\",\"question\":\"Tatbikat sorusu $i?\",\"description\":\"Zamanlayıcı tatbikatı.\",\"links\":[],\"kind\":\"YES_NO\",\"minimumAge\":16,\"opensAt\":\"$OPENS\",\"closesAt\":\"$CLOSES\"}" \
    || { echo "publishing consultation $i failed" >&2; exit 1; }
done
VOTES="select v.id from vote v join consultation c on c.id = v.consultation_id where c.title like '$TAG #%'"
VOTE_PROCS="select proc_inst_id_ from act_hi_procinst where proc_def_key_ = 'PublicVoteProcess'
  and business_key_ in (select cast(id as varchar) from ($VOTES) x)"

# Starts process $1 at activity $2 with business key $3 and variables $4 (REST API JSON) through
# HAProxy; prints the process instance's id.
at() { date -u -d "@$1" +%Y-%m-%dT%H:%M:%S.000+0000; }
start_at() {
  curl -fs -u "${DRILL_ADMIN:-admin:admin}" -H 'Content-Type: application/json' -X POST \
    "$LB/engine-rest/process-definition/key/$1/start" \
    -d "{\"businessKey\":\"$3\",\"variables\":{$4},\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"$2\"}]}" \
    | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4
}
P=${DRILL_PARK_EVENTS:-10}
F=${DRILL_ESCALATIONS:-10}
echo "== $P park events (reminder at $OPENS, end half-way, report due at $CLOSES), $F assessments due at $OPENS"
sql -q <<SQL
insert into neighbourhood (code, name, district_id)
  select 'drill-mahalle', 'Tatbikat Mahallesi', (select min(id) from district)
  where not exists (select 1 from neighbourhood where code = 'drill-mahalle');
insert into civic_group (name, neighbourhood_code, representative, standing, registered)
  select '$TAG park #' || i, 'drill-mahalle', 'sivil', 70, true from generate_series(1, $P) i;
insert into park_event_application (group_id, area_id, applicant, submission_key, title, starts_at, ends_at,
  expected_attendance, minors, noise_level, commercial, activity_type, status, submitted_at, updated_at)
  select g.id, (select min(id) from park_area), 'sivil', 'drill-' || g.id, g.name, now() + interval '2 days',
  now() + interval '2 days 2 hours', 10, false, 'LOW', false, 'MEETUP', 'APPROVED', now(), now()
  from civic_group g where g.name like '$TAG park #%';
SQL
APPS="select a.id from park_event_application a where a.title like '$TAG park #%'"
IDS=$WORK/drill-timers-processes.txt; : > "$IDS"
for A in $(sql -c "$APPS"); do
  start_at ParkEventApprovalProcess Timer_EventReminder "$A" "\"applicationId\":{\"value\":$A,\"type\":\"Long\"},
    \"caseTitle\":{\"value\":\"$TAG park $A\",\"type\":\"String\"},
    \"reminderAt\":{\"value\":\"$(at "$T_OPEN")\",\"type\":\"Date\"},
    \"eventEnd\":{\"value\":\"$(at "$T_MID")\",\"type\":\"Date\"},
    \"reportDueAt\":{\"value\":\"$(at "$T_CLOSE")\",\"type\":\"Date\"}" | sed 's/^/park /' >> "$IDS"
done
PROPOSAL=$(sql -c "select min(id) from proposal")
[ -n "$PROPOSAL" ] || { echo "no proposal to assess (the demo data has some)" >&2; exit 1; }
for i in $(seq 1 "$F"); do
  start_at FeasibilityCheckProcess UserTask_AssessFeasibility "$PROPOSAL" "\"departmentGroup\":{\"value\":\"dept-works\",\"type\":\"String\"},
    \"caseTitle\":{\"value\":\"$TAG fizibilite #$i\",\"type\":\"String\"},
    \"assessmentDueDate\":{\"value\":\"$(at "$T_OPEN")\",\"type\":\"Date\"}" | sed 's/^/feasibility /' >> "$IDS"
done
[ "$(grep -c '^park .' "$IDS")" = "$P" ] && [ "$(grep -c '^feasibility .' "$IDS")" = "$F" ] \
  || { echo "starting the park or feasibility processes failed: $(cat "$IDS")" >&2; exit 1; }
list() { grep "^$1 " "$IDS" | cut -d' ' -f2 | sed "s/.*/'&'/" | paste -sd,; }
PARK_PROCS=$(list park)
FEAS_PROCS=$(list feasibility)
PROCS="$VOTE_PROCS union all select unnest(array[$PARK_PROCS,$FEAS_PROCS]::varchar[])"
SETUP_LEFT_S=$(( T_OPEN - $(date +%s) ))
[ "$SETUP_LEFT_S" -gt 2 ] || echo "warning: the setup took longer than DRILL_OPEN_IN ($OPEN_IN s); the first timers were due before it ended" >&2
KILLED=none; LOCKED_AT_KILL=0
if [ "${DRILL_KILL_LOCK_HOLDER:-0}" = 1 ]; then
  # Job locks name their node (NodeJobLockOwner: "node1:1a2b3c4d"): wait until a node holds locks
  # on due timer jobs of the drill, kill it, and record the locks it left behind.
  OWNER=""
  for _ in $(seq 1 1500); do
    OWNER=$(sql -c "select lock_owner_ from act_ru_job where process_instance_id_ in ($PROCS) and lock_owner_ is not null
      and handler_type_ like 'timer-%' group by 1 order by count(*) desc limit 1")
    [ -n "$OWNER" ] && break
    sleep 0.1
  done
  [ -n "$OWNER" ] || { echo "no timer job of the drill was ever seen locked" >&2; exit 1; }
  KILLED=${OWNER%%:*}
  "$CLUSTER" kill-node "${KILLED#node}"
  # The dead node's locks (job, owner, expiry), as SQL values.
  LOCKS=$(sql -F' ' -c "select id_, lock_owner_, lock_exp_time_ from act_ru_job
    where process_instance_id_ in ($PROCS) and lock_owner_ = '$OWNER'" \
    | awk '{printf "%s(\x27%s\x27,\x27%s\x27,timestamp \x27%s %s\x27)", (NR > 1 ? "," : ""), $1, $2, $3, $4}')
  LOCKED_AT_KILL=$(printf '%s' "$LOCKS" | awk -F'timestamp' '{n += NF - 1} END {print n + 0}')
fi
T0=$(date +%s)
done_yet() {
  [ "$(sql -c "select count(*) from vote where id in ($VOTES) and status = 'CLOSED'")" = "$K" ] \
    && [ "$(sql -c "select count(*) from act_hi_procinst where id_ in ($PARK_PROCS) and end_time_ is not null")" = "$P" ] \
    && [ "$(sql -c "select count(*) from act_hi_taskinst where proc_inst_id_ in ($FEAS_PROCS)
         and task_def_key_ = 'UserTask_ReviewOverdueAssessment'")" -ge "$F" ]
}
for _ in $(seq 1 300); do
  done_yet && break
  sleep 2
done
WAITED=$(( $(date +%s) - T0 ))
# Notices are written to the outbox in the job's transaction and dispatched after its commit, off
# the job's thread (DD022): a node killed in between leaves them in the outbox, and they are
# dispatched when a node starts (Modulith resubmits at start-up) or by the periodic resubmission
# (after 15 minutes). So: count what arrived, start the killed node again, wait for the rest.
PARK_NOTICES="select n.case_key, n.text_key, count(distinct n.request_id) c from notification n
  where n.case_kind = 'park-event' and n.case_key in (select cast(id as varchar) from ($APPS) x) group by 1, 2"
notices() { sql -c "select coalesce(sum(c), 0) from ($PARK_NOTICES) x where text_key = 'notification.park-event.$1'"; }
escalation_notices() { sql -c "select count(distinct request_id) from notification where case_kind = 'task' and case_key in
  (select id_ from act_hi_taskinst where proc_inst_id_ in ($FEAS_PROCS) and task_def_key_ = 'UserTask_ReviewOverdueAssessment')"; }
notice_total() { sql -c "select (select coalesce(sum(c), 0) from ($PARK_NOTICES) x) + (select count(distinct request_id) from notification
  where case_kind = 'task' and case_key in (select id_ from act_hi_taskinst where proc_inst_id_ in ($FEAS_PROCS)
  and task_def_key_ = 'UserTask_ReviewOverdueAssessment'))"; }
NOTICES_EXPECTED=$(( 3 * P + F ))
NOTICES_BEFORE_RESTART=$(notice_total)
[ "$KILLED" != none ] && "$CLUSTER" start-node "${KILLED#node}" >/dev/null
for _ in $(seq 1 60); do
  [ "$(notice_total)" -ge "$NOTICES_EXPECTED" ] && break
  sleep 2
done
CLOSED=$(sql -c "select count(*) from vote where id in ($VOTES) and status = 'CLOSED'")
# History: each timer event of each process passed once.
TIMERS="'Timer_VotingOpens','Timer_VotingCloses','Timer_EventReminder','Timer_EventEnds','Timer_ReportOverdue','Timer_AssessmentOverdue'"
TIMERS_EXPECTED=$(( 2 * K + 3 * P + F ))
TIMER_PASSES=$(sql -c "select count(*) from act_hi_actinst where proc_inst_id_ in ($PROCS) and act_id_ in ($TIMERS) and end_time_ is not null")
TWICE=$(sql -c "select count(*) from (select proc_inst_id_, act_id_ from act_hi_actinst where proc_inst_id_ in ($PROCS)
  and act_id_ in ($TIMERS) group by 1, 2 having count(*) > 1) d")
# Park events: the notices to the group, its status, its standing (each group has one event).
REMINDERS=$(notices reminder); REPORT_DUE=$(notices report-due); REPORT_OVERDUE=$(notices report-overdue)
NOTICES_TWICE=$(sql -c "select count(*) from ($PARK_NOTICES) x where c > 1")
OVERDUE_STATUS=$(sql -c "select count(*) from ($APPS) x join park_event_application a using (id) where a.status = 'REPORT_OVERDUE'")
STANDING_ONCE=$(sql -c "select count(*) from civic_group where name like '$TAG park #%' and standing = 55")
# Assessments: one escalation task each, and one escalation notice per task.
ESCALATIONS=$(sql -c "select count(*) from act_hi_taskinst where proc_inst_id_ in ($FEAS_PROCS) and task_def_key_ = 'UserTask_ReviewOverdueAssessment'")
ESCALATED_TWICE=$(sql -c "select count(*) from (select proc_inst_id_ from act_hi_taskinst where proc_inst_id_ in ($FEAS_PROCS)
  and task_def_key_ = 'UserTask_ReviewOverdueAssessment' group by 1 having count(*) > 1) d")
ESC_NOTICES=$(escalation_notices)
# Job log: each timer job succeeded once (state 2 = successful), and on which node.
JOBS_RUN=$(sql -c "select count(distinct job_id_) from act_hi_job_log where process_instance_id_ in ($PROCS) and job_state_ = 2 and job_def_type_ like 'timer-%'")
JOBS_TWICE=$(sql -c "select count(*) from (select job_id_ from act_hi_job_log where process_instance_id_ in ($PROCS) and job_state_ = 2 group by 1 having count(*) > 1) d")
BY_NODE=$(sql -c "select string_agg(h || ':' || n, ',' order by h) from (select hostname_ h, count(*) n from act_hi_job_log
  where process_instance_id_ in ($PROCS) and job_state_ = 2 group by 1) x")
FAILED_RUNS=$(sql -c "select count(*) from act_hi_job_log where process_instance_id_ in ($PROCS) and job_state_ = 3")
INCIDENTS=$(sql -c "select count(*) from act_ru_incident where proc_inst_id_ in ($PROCS)")
KILL_FIGURES=""
if [ "$KILLED" != none ]; then
  # Of the jobs locked at the kill: those that succeeded only after their lock had expired (held
  # by the dead node), where they ran, and how often.
  HELD=$( [ -z "$LOCKS" ] && echo "0 - 0" || sql -F' ' -c "with l(job, owner, expires) as (values $LOCKS),
      runs as (select l.job, l.expires, j.hostname_ host, j.timestamp_ ts from l join act_hi_job_log j on j.job_id_ = l.job and j.job_state_ = 2)
    select count(distinct job) filter (where ts >= expires), coalesce(string_agg(distinct host, '+') filter (where ts >= expires), '-'),
      count(*) filter (where ts >= expires) - count(distinct job) filter (where ts >= expires) from runs")
  read -r HELD_N HELD_HOST HELD_EXTRA <<< "$HELD"
  KILL_FIGURES=" held_by_killed_ran_after_expiry=$HELD_N on=$HELD_HOST extra_runs=$HELD_EXTRA notices_before_restart=$NOTICES_BEFORE_RESTART/$NOTICES_EXPECTED"
fi
OK=false
[ "$CLOSED" = "$K" ] && [ "$TIMER_PASSES" = "$TIMERS_EXPECTED" ] && [ "$TWICE" = 0 ] && [ "$JOBS_RUN" = "$TIMERS_EXPECTED" ] \
  && [ "$JOBS_TWICE" = 0 ] && [ "$INCIDENTS" = 0 ] \
  && [ "$REMINDERS" = "$P" ] && [ "$REPORT_DUE" = "$P" ] && [ "$REPORT_OVERDUE" = "$P" ] && [ "$NOTICES_TWICE" = 0 ] \
  && [ "$OVERDUE_STATUS" = "$P" ] && [ "$STANDING_ONCE" = "$P" ] \
  && [ "$ESCALATIONS" = "$F" ] && [ "$ESCALATED_TWICE" = 0 ] && [ "$ESC_NOTICES" = "$F" ] \
  && { [ "$KILLED" = none ] || { [ "${HELD_N:-0}" -gt 0 ] && [ "${HELD_EXTRA:-0}" = 0 ]; }; } && OK=true
echo "drill=timers setup_left_s=$SETUP_LEFT_S votes=$K closed=$CLOSED park_events=$P reminders=$REMINDERS report_due=$REPORT_DUE report_overdue=$REPORT_OVERDUE notices_twice=$NOTICES_TWICE status_overdue=$OVERDUE_STATUS standing_lowered_once=$STANDING_ONCE assessments=$F escalation_tasks=$ESCALATIONS escalated_twice=$ESCALATED_TWICE escalation_notices=$ESC_NOTICES waited_s=$WAITED timer_passes=$TIMER_PASSES expected=$TIMERS_EXPECTED passed_twice=$TWICE timer_jobs_succeeded=$JOBS_RUN jobs_succeeded_twice=$JOBS_TWICE jobs_by_node=$BY_NODE failed_job_runs=$FAILED_RUNS incidents=$INCIDENTS killed=$KILLED jobs_locked_at_kill=$LOCKED_AT_KILL$KILL_FIGURES ok=$OK"
