#!/usr/bin/env bash
# Issue 16's own measurement: the city files replayed through POST /api/v1/pb/allocations of a
# running application (start it first, e.g. with the README's first command; default address
# http://localhost:8080), greedy and Equal Shares alternating on each file. Prints p50/p99 and,
# last, api_largest_mes_s=… api_largest_greedy_s=… api_ratio=… api_wieliczka_mes_s=… …
# Arguments: [address] [files or folders…]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile -Dbizizmir.skipKeycloak=true
java -cp "target/test-classes:target/classes" tr.bel.izmir.bizizmir.bench.AllocationApiBenchmark "$@"
