#!/usr/bin/env bash
# Runs the benchmark suite (README.md, "Benchmarks"): builds the platform, starts the real stack on
# free ports with fresh data, measures every figure against its own baseline, and writes
# docs/performance.md with charts and raw results in docs/performance/. Takes about an hour on two cores.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q package -DskipTests
# This JVM also runs Kafka and the SMTP server, which keeps every mail of the run (some 25,000) in memory.
exec java -Xmx3g -Dstack.repository="$PWD" \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/benchmark.classpath)" \
  org.scorats.conference.benchmarks.BenchmarkRun "$@"
