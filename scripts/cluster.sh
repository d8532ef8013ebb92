#!/usr/bin/env bash
# The production shape on one machine (issue 17, DD028): Debian's PostgreSQL, two application
# nodes (the production jar with the Vaadin production bundle, profile "postgres") and HAProxy
# in front: sticky sessions for the UI, round robin for /api and /engine-rest.
#
#   scripts/cluster.sh start          PostgreSQL, node 1, node 2 (one after the other), HAProxy
#   scripts/cluster.sh stop           everything this script started, nothing else
#   scripts/cluster.sh status         what runs, readiness of each node, HAProxy's view
#   scripts/cluster.sh start-node N | stop-node N | kill-node N (kill -9) | restart-db (fast) | restart-lb
#   scripts/cluster.sh start-db       only PostgreSQL (and the jar and accounts): for one node alone,
#                                     e.g. scripts/bench-sessions.sh (start-db, then start-node 1)
#   scripts/cluster.sh psql [args]    psql on the cluster's database
#
# Ports (loopback only; override with the variables): HAProxy CLUSTER_PORT=18080 (the address
# people use), nodes CLUSTER_NODE1_PORT=18081 and CLUSTER_NODE2_PORT=18082, PostgreSQL
# CLUSTER_PG_PORT=18432, HAProxy's statistics page CLUSTER_STATS_PORT=18089.
# Everything lives under CLUSTER_DIR (default target/cluster): pgdata/, node1.log, node2.log,
# haproxy.cfg, pids. The jar is target/bizizmir-*.jar built with
#   mvn -B -Pproduction -DskipTests -Dmdep.skip=true package   (as the Dockerfile does);
# start builds it when it is missing and refuses a jar without the production bundle.
#
# Sign-in: there is no Keycloak on this machine, so the nodes run the local login with the demo
# accounts (profiles local,postgres; CLUSTER_PROFILES to change) and the demo data, plus
# CLUSTER_VOTERS (default 1000) resident accounts drill0..drill<n-1> (password "pw") for the
# drills. A real deployment runs SPRING_PROFILES_ACTIVE=postgres,keycloak with its own secrets
# (docs/operations.md); everything else here (jar, database, balancer, job executor) is the same.
#
# Needs (as root): apt-get install -y postgresql haproxy. PostgreSQL refuses to run as root, so
# it runs as user "postgres" (runuser).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=${CLUSTER_DIR:-$ROOT/target/cluster}
LB_PORT=${CLUSTER_PORT:-18080}
NODE_PORTS=("" "${CLUSTER_NODE1_PORT:-18081}" "${CLUSTER_NODE2_PORT:-18082}")
PG_PORT=${CLUSTER_PG_PORT:-18432}
STATS_PORT=${CLUSTER_STATS_PORT:-18089}
PROFILES=${CLUSTER_PROFILES:-local,postgres}
VOTERS=${CLUSTER_VOTERS:-1000}
NODE_HEAP=${CLUSTER_NODE_HEAP:-768m}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
DB=${CLUSTER_DB:-bizizmir}

log() { echo "cluster: $*" >&2; }
die() { log "$*"; exit 1; }
pg() { runuser -u postgres -- "$PGBIN/$1" "${@:2}"; }
psql_db() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
ready() { curl -fs -m 2 "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1; }

jar() {
  local jar
  jar=$(ls "$ROOT"/target/bizizmir-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [ -z "$jar" ]; then
    log "building the production jar (mvn -Pproduction package)"
    mvn -B -q -Pproduction -DskipTests -Dmdep.skip=true package >&2
    jar=$(ls "$ROOT"/target/bizizmir-*.jar | grep -v original | head -1)
  fi
  unzip -p "$jar" META-INF/VAADIN/config/flow-build-info.json 2>/dev/null | grep -q '"productionMode" : true' \
    || die "$jar has no production Vaadin bundle: mvn -B -Pproduction -DskipTests -Dmdep.skip=true package"
  # The nodes run a copy: a later mvn run in this work tree does not change them under their feet.
  if ! cmp -s "$jar" "$WORK/bizizmir.jar"; then cp "$jar" "$WORK/bizizmir.jar"; fi
}

start_db() {
  [ -x "$PGBIN/postgres" ] || die "PostgreSQL server missing: apt-get install -y postgresql"
  if [ ! -d "$WORK/pgdata" ]; then
    pg initdb -D "$WORK/pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    # Durable defaults (fsync, synchronous_commit); connections for two pools and the drills.
    cat >> "$WORK/pgdata/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$WORK'
max_connections = 200
shared_buffers = 256MB
EOF
    # The application's user signs in with a password (scram), like in production.
    printf 'local all postgres trust\nhost all postgres 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n' \
      > "$WORK/pgdata/pg_hba.conf"
    NEW_DB=1
  fi
  if ! pg pg_ctl -D "$WORK/pgdata" status >/dev/null 2>&1; then
    pg pg_ctl -D "$WORK/pgdata" -l "$WORK/postgres.log" -w start >/dev/null
  fi
  if [ "${NEW_DB:-0}" = 1 ]; then
    psql_db -c "create user bizizmir password 'bizizmir'" -c "create database $DB owner bizizmir"
  fi
}

# Local accounts of the practice cluster: the demo users of application-local.yaml and the drill
# voters, in a profile file that overrides the packaged one (spring.config.additional-location).
write_config() {
  mkdir -p "$WORK/config"
  python3 - "$ROOT/src/main/resources/application-local.yaml" "$VOTERS" > "$WORK/config/application-local.yaml" <<'EOF'
import sys, yaml
local = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
users = local["bizizmir"]["security"]["local-users"]
users += [{"username": f"drill{i}", "password": "{noop}pw", "name": f"Tatbikat Seçmeni {i}",
           "roles": ["citizen", "resident"]} for i in range(int(sys.argv[2]))]
print(yaml.safe_dump({"bizizmir": {"security": {"local-users": users}}}, allow_unicode=True, sort_keys=False))
EOF
}

start_node() {
  local n=$1 port=${NODE_PORTS[$1]}
  if alive "$WORK/node$n.pid"; then log "node $n already runs"; return; fi
  mkdir -p "$WORK/node$n"
  log "starting node $n on port $port"
  # Homogeneous cluster (DD028): every node runs the web application and the job executor.
  # The engine's host name is the node's: Camunda's job log (ACT_HI_JOB_LOG.HOSTNAME_) says which
  # node ran each job (the timers drill counts them).
  DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" DB_USER=bizizmir DB_PASSWORD=bizizmir \
  BIZIZMIR_DEMO_DATA=true BIZIZMIR_PUBLIC_BASE_URL="http://127.0.0.1:$LB_PORT" \
  SPRING_PROFILES_ACTIVE=$PROFILES \
    nohup java -Xms256m -Xmx"$NODE_HEAP" -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError ${CLUSTER_JVM_OPTS:-} \
      -jar "$WORK/bizizmir.jar" --server.port="$port" --bizizmir.data-dir="$WORK/node$n" \
      --spring.config.additional-location="file:$WORK/config/" \
      --camunda.bpm.generic-properties.properties.hostname="node$n" ${CLUSTER_APP_ARGS:-} >> "$WORK/node$n.log" 2>&1 &
  echo $! > "$WORK/node$n.pid"
}

wait_ready() {
  local n=$1 port=${NODE_PORTS[$1]}
  for _ in $(seq 1 300); do
    ready "$port" && { log "node $n ready"; return 0; }
    alive "$WORK/node$n.pid" || { tail -40 "$WORK/node$n.log" >&2; die "node $n died, see $WORK/node$n.log"; }
    sleep 1
  done
  die "node $n not ready after 300 s, see $WORK/node$n.log"
}

stop_node() {
  local n=$1 pid
  alive "$WORK/node$n.pid" || { rm -f "$WORK/node$n.pid"; return 0; }
  pid=$(cat "$WORK/node$n.pid")
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  rm -f "$WORK/node$n.pid"
  log "node $n stopped"
}

start_haproxy() {
  command -v haproxy >/dev/null || die "HAProxy missing: apt-get install -y haproxy"
  cat > "$WORK/haproxy.cfg" <<EOF
global
    maxconn 4000
    pidfile $WORK/haproxy.pid
    stats socket $WORK/haproxy.sock mode 600 level admin

defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # Vaadin's long requests and any WebSocket upgrade.
    timeout tunnel 1h
    # A request that could not reach a node (connection refused) goes to the other one; a
    # request a node already received is never sent twice (a ballot must not be cast twice).
    retries 2
    option redispatch
    retry-on conn-failure
    # Readiness checks: a node is out after 3 failed checks (about 6 s), back after 2. Checks of
    # 1 s with 2 failures took both nodes out of rotation when the machine was busy (load 14 on
    # 2 cores during the database restart drill): slow answers are not dead nodes.
    timeout check 5s

frontend bizizmir
    bind 127.0.0.1:$LB_PORT
    # One id per request, kept by the node (RequestIdFilter): the same id in HAProxy, the node's
    # log and the error id a person or API client sees.
    unique-id-format hap-%{+X}o%Ts-%rt-%pid
    http-request set-header X-Request-Id %[unique-id] unless { req.hdr(X-Request-Id) -m found }
    acl stateless path_beg /api/ /engine-rest/ /actuator/
    use_backend stateless if stateless
    default_backend ui

# The UI: Vaadin keeps a page's state in the node's memory, so a browser stays on its node
# (cookie BIZNODE). When that node is down the browser goes to the other one and signs in again.
backend ui
    balance roundrobin
    cookie BIZNODE insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server check inter 2s fastinter 1s fall 3 rise 2
    server node1 127.0.0.1:${NODE_PORTS[1]} cookie n1
    server node2 127.0.0.1:${NODE_PORTS[2]} cookie n2

# The API (Basic or bearer authentication on every request): any node, request by request.
backend stateless
    balance roundrobin
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server check inter 2s fastinter 1s fall 3 rise 2
    server node1 127.0.0.1:${NODE_PORTS[1]}
    server node2 127.0.0.1:${NODE_PORTS[2]}

listen stats
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /
    stats refresh 5s
EOF
  haproxy -c -q -f "$WORK/haproxy.cfg"
  alive "$WORK/haproxy.pid" && kill "$(cat "$WORK/haproxy.pid")" && sleep 1
  haproxy -D -f "$WORK/haproxy.cfg"
  log "HAProxy on http://127.0.0.1:$LB_PORT (statistics: http://127.0.0.1:$STATS_PORT/)"
}

cmd=${1:-status}
case "$cmd" in
  start)
    mkdir -p "$WORK"; chmod 777 "$WORK"
    jar
    write_config
    start_db
    start_haproxy
    # One after the other: the first node migrates the schema and loads the demo data.
    start_node 1; wait_ready 1
    start_node 2; wait_ready 2
    echo "cluster ready: http://127.0.0.1:$LB_PORT (nodes ${NODE_PORTS[1]}, ${NODE_PORTS[2]}; PostgreSQL $PG_PORT)"
    ;;
  stop)
    stop_node 1; stop_node 2
    if alive "$WORK/haproxy.pid"; then kill "$(cat "$WORK/haproxy.pid")"; rm -f "$WORK/haproxy.pid"; log "HAProxy stopped"; fi
    if [ -d "$WORK/pgdata" ] && pg pg_ctl -D "$WORK/pgdata" status >/dev/null 2>&1; then
      pg pg_ctl -D "$WORK/pgdata" -m fast -w stop >/dev/null; log "PostgreSQL stopped"
    fi
    ;;
  status)
    if [ -d "$WORK/pgdata" ] && pg pg_ctl -D "$WORK/pgdata" status >/dev/null 2>&1; then
      echo "postgresql: running on $PG_PORT"; else echo "postgresql: stopped"; fi
    for n in 1 2; do
      if alive "$WORK/node$n.pid"; then
        echo "node$n: pid $(cat "$WORK/node$n.pid"), port ${NODE_PORTS[$n]}, readiness $(curl -s -m 2 "http://127.0.0.1:${NODE_PORTS[$n]}/actuator/health/readiness" || echo unreachable)"
      else echo "node$n: stopped"; fi
    done
    if alive "$WORK/haproxy.pid"; then
      echo "haproxy: pid $(cat "$WORK/haproxy.pid"), port $LB_PORT"
      curl -s -m 2 "http://127.0.0.1:$STATS_PORT/;csv" | awk -F, '$2 ~ /node/ {print "  " $1 "/" $2 ": " $18}'
    else echo "haproxy: stopped"; fi
    ;;
  start-db)
    mkdir -p "$WORK"; chmod 777 "$WORK"
    jar
    write_config
    start_db
    ;;
  start-node) start_node "$2"; wait_ready "$2" ;;
  stop-node) stop_node "$2" ;;
  kill-node)
    alive "$WORK/node$2.pid" || die "node $2 does not run"
    kill -9 "$(cat "$WORK/node$2.pid")"; rm -f "$WORK/node$2.pid"; log "node $2 killed (SIGKILL)" ;;
  restart-lb) start_haproxy ;;
  restart-db) pg pg_ctl -D "$WORK/pgdata" -m fast -w restart -l "$WORK/postgres.log" >/dev/null; log "PostgreSQL restarted (fast)" ;;
  psql) shift; psql_db -d "$DB" "$@" ;;
  *) die "usage: $0 start|stop|status|start-db|start-node N|stop-node N|kill-node N|restart-db|restart-lb|psql [args]" ;;
esac
