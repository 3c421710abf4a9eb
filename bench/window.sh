#!/usr/bin/env bash
# The window's figures (see bench/README.md), each in a fresh JVM under a virtual display:
#
#   bench/window.sh start [runs]   cold start to a painted window: without class data sharing, with a CDS archive, with an AOT cache
#   bench/window.sh step [steps]   a step (F10) to the panes painted with 1,000 live blocks
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mode="${1:-start}"
count="${2:-}"
mvn -B -q -o test-compile >/dev/null 2>&1 || mvn -B -q test-compile
# the application as the launcher runs it: the jar, its dependencies beside it in target/lib
mvn -B -q -o jar:jar >/dev/null 2>&1 || mvn -B -q jar:jar
java_bin="$(HEAPLAB_PRINT_JAVA=1 "$root/heaplab")"
# the benchmark's classes in a jar of their own (a class data sharing archive takes classes from jars only)
(cd target/test-classes && jar cf ../window-bench.jar org/heaplab/bench/WindowBench*.class)
cp="target/heaplab.jar:target/window-bench.jar"
display=(xvfb-run -a -s "-screen 0 1280x800x24")
[ -n "${DISPLAY:-}" ] && display=()
home="$(mktemp -d)"
run() {
    "${display[@]}" "$java_bin" --enable-native-access=ALL-UNNAMED -Dprism.order=es2,sw -Dheaplab.home="$home" "$@" -cp "$cp" \
        org.heaplab.bench.WindowBench "$mode" ${count:+"$count"} 2>/dev/null | grep -v "^$\|\[cds\]\|\[aot\]"
}
if [ "$mode" = start ]; then
    runs="${count:-5}"
    count=""
    echo "without class data sharing for the application:"
    for _ in $(seq "$runs"); do run -Xshare:auto; done
    archive="$home/heaplab.jsa"
    # the first start makes the archive at its exit, the next ones map it
    run -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$archive" >/dev/null
    echo "with the application's classes in a dynamic CDS archive:"
    for _ in $(seq "$runs"); do run -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$archive"; done
    cache="$home/heaplab.aot"
    # as the launcher does: the first start makes the ahead-of-time cache at its exit, the next ones map it
    run -XX:AOTCacheOutput="$cache" -Xlog:aot=off -Xlog:cds=off >/dev/null
    echo "with the application's classes in an ahead-of-time cache (as the launcher does):"
    for _ in $(seq "$runs"); do run -XX:AOTCache="$cache" -Xlog:aot=off -Xlog:cds=off; done
else
    run
fi
rm -rf "$home"
