# Shared steps of the cluster drills (scripts/drill-*.sh, issue 17); sourced, not run.
# The drills run against the cluster of scripts/cluster.sh (start it first) and leave it as
# they found it: a node they kill or stop is started again at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CLUSTER=$ROOT/scripts/cluster.sh
WORK=${CLUSTER_DIR:-$ROOT/target/cluster}
LB=http://127.0.0.1:${CLUSTER_PORT:-18080}
DRILL_VOTERS=${DRILL_VOTERS:-1000}
DRILL_CONCURRENCY=${DRILL_CONCURRENCY:-64}
sql() { "$CLUSTER" psql -At "$@"; }

require_cluster() {
  local status; status=$("$CLUSTER" status)
  echo "$status" | grep -q "node1: pid" && echo "$status" | grep -q "node2: pid" && echo "$status" | grep -q "haproxy: pid" \
    || { echo "$status" >&2; echo "start the cluster first: scripts/cluster.sh start" >&2; exit 1; }
}

# An open vote (knapsack, five projects) in the drill neighbourhood, whose residents are the
# drill voters drill0..drill<n-1> (local accounts of cluster.sh). Written like the ballot
# benchmark does (the vote row already OPEN: opening is not what the drill is about).
# Prints the vote's id.
open_vote() {
  local title=$1
  sql -q <<SQL
insert into neighbourhood (code, name, district_id)
  select 'drill-mahalle', 'Tatbikat Mahallesi', (select min(id) from district)
  where not exists (select 1 from neighbourhood where code = 'drill-mahalle');
insert into pb_cycle (neighbourhood_id, title, envelope_try, phase, submission_opens, submission_closes, voting_opens,
  voting_closes, support_threshold, max_proposals_per_resident, minimum_age, ballot_rule, allocation_rule, created_at)
  select id, '$title', 1000000, 'VOTING', current_date - 60, current_date - 30, current_date, current_date + 1,
  0, 3, 16, 'KNAPSACK', 'GREEDY', now() from neighbourhood where code = 'drill-mahalle';
insert into vote (kind, cycle_id, neighbourhood_id, title, ballot_rule, budget_try, minimum_age, changeable, opens_at,
  closes_at, status, created_at)
  select 'PB_CYCLE', c.id, c.neighbourhood_id, c.title, 'KNAPSACK', 1000000, 16, false, now() - interval '1 hour',
  now() + interval '1 day', 'OPEN', now() from pb_cycle c where c.title = '$title';
insert into vote_option (vote_id, position, label, cost_try)
  select v.id, p, 'Proje ' || p, p * 100000 from vote v, generate_series(1, 5) p where v.title = '$title';
insert into resident (username, id_hash, neighbourhood_id, birth_year, consent_at, verified_at)
  select 'drill' || i, md5('drill' || i) || md5('id' || i), n.id, 1960 + i % 40, now(), now()
  from generate_series(0, $DRILL_VOTERS - 1) i, neighbourhood n where n.code = 'drill-mahalle'
  on conflict do nothing;
SQL
  sql -c "select id from vote where title = '$title'"
}

# Ballot shapes over the vote's options: "a,c;b,d;e;a,b,c".
shapes() {
  local o; o=($(sql -c "select id from vote_option where vote_id = $1 order by position"))
  echo "${o[0]},${o[2]};${o[1]},${o[3]};${o[4]};${o[0]},${o[1]},${o[2]}"
}

# Checks a vote against what the voters were told (DrillVoters' out file): every receipt a voter
# holds is stored exactly once, ballots and participations match, and every voter has voted.
# Prints "receipts_stored_once=.. duplicates=.. missing=.. ballots=.. participations=.. unvoted=.."
check_ballots() {
  local vote=$1 file=$2
  sql -q -c "create temp table told (username text, first text, last text, receipt text)" \
    -c "\\copy told from '$file' with (format text, delimiter ' ')" \
    -c "select 'receipts_stored_once=' || count(*) filter (where n = 1) || ' duplicates=' || count(*) filter (where n > 1)
          || ' missing=' || count(*) filter (where n = 0)
        from (select t.receipt, (select count(*) from ballot b where b.vote_id = $vote and b.receipt_code = t.receipt) n
              from told t where t.receipt <> '-') r" \
    -c "select 'ballots=' || (select count(*) from ballot where vote_id = $vote)
          || ' participations=' || (select count(*) from vote_participation where vote_id = $vote)
          || ' unvoted=' || (select count(*) from told t where not exists
               (select 1 from vote_participation p where p.vote_id = $vote and p.username = t.username))" | paste -sd' '
}
