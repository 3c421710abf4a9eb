#!/usr/bin/env bash
# Time-travel figures: steps, checkpoints, history bytes per step and seek times on a run of
# about 10,000,000 steps (bench/timetravel.zig, or the program given). See bench/README.md.
#
#   bench/timetravel.sh [program.zig] [seeks]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -B -q -o test-compile >/dev/null 2>&1 || mvn -B -q test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null 2>&1 \
    || mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java_bin="$(HEAPLAB_PRINT_JAVA=1 "$root/heaplab")"
exec "$java_bin" -Xmx4g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.heaplab.bench.TimeTravelBench "$@"
