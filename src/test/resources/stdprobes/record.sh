#!/usr/bin/env bash
# record.sh MODULE/NAME.zig ... : runs each std probe with a real Zig 0.14 and writes, beside it,
# NAME.out (stdout and stderr merged, normalized as the conformance corpus is) and NAME.rc (exit status).
# A probe whose name starts with test_ runs as `zig test`, any other as `zig run`.
# ZIG names the compiler (default: zig on PATH). The tests never need it: they read what was recorded.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ZIG="${ZIG:-zig}"
export ZIG_LIB_DIR="${ZIG_LIB_DIR:-$("$ZIG" env | sed -n 's/.*"lib_dir": *"\([^"]*\)".*/\1/p')}"
normalize="$here/../conformance/normalize.sh"
ulimit -c 0
for f in "$@"; do
    path="$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"
    n="${path%.zig}"
    [ -f "$n.zig" ] || { echo "no probe $f" >&2; continue; }
    base="$(basename "$n")"
    case "$base" in
        test_*) cmd=test ;;
        *) cmd=run ;;
    esac
    work=$(mktemp -d)
    cp "$n.zig" "$work/$base.zig"
    (cd "$work" && timeout 300 "$ZIG" "$cmd" "$base.zig" < /dev/null > out.raw 2>&1; echo $? > rc)
    "$normalize" "$work/out.raw" > "$n.out"
    cp "$work/rc" "$n.rc"
    rm -rf "$work"
    echo "$f: exit $(cat "$n.rc")"
done 2> >(grep -v -E '^(.*: line [0-9]+: +[0-9]+ (Aborted|Segmentation fault).*)$' >&2)
