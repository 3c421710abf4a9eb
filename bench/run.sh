#!/usr/bin/env bash
# Times Heap Lab's three benchmark programs, as `./heaplab run` runs them (JVM start and
# compilation included), and prints the best and median of several runs. With a Zig on the
# PATH or in $ZIG, also builds each program natively in Debug mode and times that, for the
# ratios the performance targets are stated in (see bench/README.md).
#
#   bench/run.sh                 # 3 runs of each
#   RUNS=5 bench/run.sh loop     # 5 runs of loop only
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
runs="${RUNS:-3}"
programs=("$@")
[ ${#programs[@]} -eq 0 ] && programs=(loop churn list)

zig="${ZIG:-$(command -v zig || true)}"

now() { date +%s.%N; }

# runs a command $runs times (output discarded); prints "best median" in seconds
time_runs() {
    local times=()
    for ((i = 0; i < runs; i++)); do
        local t0 t1
        t0=$(now)
        "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }
        t1=$(now)
        times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.2f %.2f\n", a[1], a[int((NR + 1) / 2)] }'
}

# the jar is built once, before timing
"$root/heaplab" check "$here/loop.zig" >/dev/null

native_dir=""
if [ -n "$zig" ]; then
    native_dir="$(mktemp -d)"
    trap 'rm -rf "$native_dir"' EXIT
fi

printf '%-8s %12s %12s' "program" "best (s)" "median (s)"
[ -n "$native_dir" ] && printf ' %12s  %s' "native (s)" "Heap Lab vs native"
printf '\n'
for p in "${programs[@]}"; do
    src="$here/$p.zig"
    read -r best median < <(time_runs "$root/heaplab" run "$src")
    printf '%-8s %12s %12s' "$p" "$best" "$median"
    if [ -n "$native_dir" ]; then
        (cd "$native_dir" && "$zig" build-exe -O Debug "$src" -femit-bin="$native_dir/$p" >/dev/null 2>&1)
        read -r nbest _ < <(time_runs "$native_dir/$p")
        printf ' %12s  %s' "$nbest" "$(awk -v a="$best" -v b="$nbest" \
            'BEGIN { if (a >= b) printf "%.1fx slower", a / b; else printf "%.1fx faster", b / a }')"
    fi
    printf '\n'
done
