#!/usr/bin/env bash
# Write-history figures: history bytes per step, last-write and origin query times, reverse continue
# to a watchpoint over about 10,000,000 steps, and bench/loop.zig with and without recording. See bench/README.md.
#
#   bench/history.sh [program.zig] [line of its last statement]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -B -q -o test-compile >/dev/null 2>&1 || mvn -B -q test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null 2>&1 \
    || mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java_bin="$(HEAPLAB_PRINT_JAVA=1 "$root/heaplab")"
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
"$java_bin" -Xmx4g -cp "$cp" org.heaplab.bench.HistoryBench "$@"
# bench/loop.zig plainly and under the debugger without and with recording, a JVM each
for variant in plain off on; do
    "$java_bin" -Xmx4g -cp "$cp" org.heaplab.bench.HistoryBench --loop "$variant"
done
