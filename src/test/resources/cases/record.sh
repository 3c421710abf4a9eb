#!/usr/bin/env bash
# record.sh NAME SOURCE.zig [run|test] "concept"
# Records a Heap Lab case with a real Zig 0.14 compiler, in the conformance corpus's format:
# NAME/main.zig, cmd, expected.txt (stdout+stderr merged, normalized), exit_code, case.md.
# ZIG names the compiler (default: zig on PATH). The tests never need it: they read what was recorded.
# CASES_DIR names the corpus folder to write into (default: this script's folder; the learner corpus is ../learner).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
name=$1; src=$2; cmd=${3:-run}; concept=${4:-}
ZIG="${ZIG:-zig}"
export ZIG_LIB_DIR="${ZIG_LIB_DIR:-$("$ZIG" env | sed -n 's/.*"lib_dir": *"\([^"]*\)".*/\1/p')}"
dir="${CASES_DIR:-$here}/$name"
mkdir -p "$dir"
cp "$src" "$dir/main.zig"
echo "$cmd" > "$dir/cmd"
work=$(mktemp -d)
cp "$dir/main.zig" "$work/main.zig"
(cd "$work" && ulimit -c 0 && "$ZIG" "$cmd" main.zig < /dev/null > out.raw 2>&1; echo $? > rc)
"$here/../conformance/normalize.sh" "$work/out.raw" > "$dir/expected.txt"
cp "$work/rc" "$dir/exit_code"
{
  echo "Concept: $concept"
  echo "Recorded with $("$ZIG" version) on $(uname -m) $(uname -s), Debug mode."
} > "$dir/case.md"
rm -rf "$work"
echo "$name: exit $(cat "$dir/exit_code")"
