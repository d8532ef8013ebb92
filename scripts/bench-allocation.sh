#!/usr/bin/env bash
# Allocation benchmark: parse, greedy and Equal Shares on every .pb file in a directory
# (default: the pabulib samples, largest first) and on a synthetic 20,000-voter election,
# against a baseline (counting approvals) measured in the same run. Prints p50/p99 and ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile -Dbizizmir.skipKeycloak=true
# The allocation package is plain Java: the compiled classes are the whole classpath.
java -Xmx1g -cp "target/test-classes:target/classes" \
  tr.bel.izmir.bizizmir.bench.AllocationBenchmark "${1:-src/test/resources/pabulib}"
