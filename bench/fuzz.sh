#!/usr/bin/env bash
# A long run of the program fuzzer (ProgramFuzzTest's inputs, many more of them): corpus programs
# mutated and compiled, then run under tight limits; prints progress every 1000 inputs, then each
# distinct finding with its reproducer and a summary line. See docs/testing.md.
#
#   bench/fuzz.sh [count] [seed] [first-index]     # default: 20000 inputs of seed 20261205
#   FUZZ_OUT=dir bench/fuzz.sh 50000 7              # also save each finding's program in dir
#
# Exits 1 when there are findings not on KnownFindings' list. One JVM: run one at a time.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -B -q -o test-compile >/dev/null 2>&1 || mvn -B -q test-compile
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null 2>&1 \
    || mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java_bin="$(HEAPLAB_PRINT_JAVA=1 "$root/heaplab")"
props=(-Dheaplab.fuzz.count="${1:-20000}" -Dheaplab.fuzz.seed="${2:-20261205}" -Dheaplab.fuzz.start="${3:-0}")
[ -n "${FUZZ_OUT:-}" ] && props+=(-Dheaplab.fuzz.out="$FUZZ_OUT")
# the stack and heap the test suite's JVM has (pom.xml, surefire's argLine)
exec "$java_bin" --enable-native-access=ALL-UNNAMED -Xss8m -Xmx2g "${props[@]}" \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.heaplab.fuzz.FuzzMain
