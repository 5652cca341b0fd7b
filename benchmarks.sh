#!/usr/bin/env bash
# Runs the benchmark suite (README.md, "Benchmarks"): builds the platform, starts the real stack on
# free ports with fresh data, measures every figure against its own baseline, and writes
# docs/performance.md with charts and raw results in docs/performance/. Takes about 15 minutes.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q package -DskipTests
exec java -Xmx1g -Dstack.repository="$PWD" \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/benchmark.classpath)" \
  org.scorats.conference.benchmarks.BenchmarkRun "$@"
