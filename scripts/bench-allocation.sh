#!/usr/bin/env bash
# Allocation benchmark: parse, greedy and Equal Shares on every .pb file in a directory
# (default: the city-wide files in src/test/resources/pabulib/large, .pb.gz, and the samples,
# largest first) and on a synthetic 20,000-voter election,
# against greedy and a baseline (counting approvals) measured in the same run. Prints p50/p99,
# ratios, and last a line largest_mes_s=… largest_greedy_s=… ratio=… wieliczka_mes_s=… followed by
# the CPU-time ratios and the end-to-end (parse + rule) ratios as more name=value pairs
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile -Dbizizmir.skipKeycloak=true
# The allocation package is plain Java: the compiled classes are the whole classpath.
java -Xmx1g -cp "target/test-classes:target/classes" \
  tr.bel.izmir.bizizmir.bench.AllocationBenchmark "$@"
