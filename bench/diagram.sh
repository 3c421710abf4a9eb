#!/usr/bin/env bash
# Memory-picture figures: layout, paint and SVG times for a snapshot with 1,000 live blocks
# (src/test/resources/diagram/many.zig at line 17, or the program and line given). See bench/README.md.
#
#   bench/diagram.sh [program.zig line] [rounds]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -B -q -o test-compile >/dev/null 2>&1 || mvn -B -q test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null 2>&1 \
    || mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java_bin="$(HEAPLAB_PRINT_JAVA=1 "$root/heaplab")"
exec "$java_bin" -Xmx4g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.heaplab.bench.DiagramBench "$@"
