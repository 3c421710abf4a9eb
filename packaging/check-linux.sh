#!/usr/bin/env bash
# Checks the Linux app image as a user would meet it: builds it (the installer profile, with
# the deb and rpm), runs its launcher, with nothing but the bundled Java runtime, on conformance
# programs and compares what it prints (normalized as the corpus is) and its exit status with
# what Zig did, then opens its window under Xvfb and takes a screenshot.
#
#   packaging/check-linux.sh                  # build, then check
#   SKIP_BUILD=1 packaging/check-linux.sh     # check the image already built
#
# Needs: what the build needs (README), xvfb-run and ImageMagick's `import` for the window part
# (apt-get install xvfb xauth imagemagick); without them that part is skipped, and says so.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
image="target/installer/heaplab"
launcher="$image/bin/heaplab"
corpus="src/test/resources/conformance"

if [ -z "${SKIP_BUILD:-}" ]; then
    start=$(date +%s)
    mvn -B -Pinstaller -DskipTests package
    echo "check: built in $(( $(date +%s) - start )) s"
fi
[ -x "$launcher" ] || { echo "check: no launcher at $launcher" >&2; exit 1; }
echo "check: sizes"
du -sh "$image" target/installer/*.deb target/installer/*.rpm 2>/dev/null | sed 's/^/  /'

failures=0
# the launcher's own runtime only: no JAVA_HOME, no java on the PATH
clean_env=(env -i "PATH=/usr/bin:/bin" "HOME=${TMPDIR:-/tmp}/heaplab-check-home")
for case in 04-gpa-alloc-five-i32 12-double-free-detected 19-intlist-main-hidden-leak 06-use-after-free-gpa 44-gpa-many-buffers; do
    dir="$corpus/$case"
    [ "$(cat "$dir/cmd")" = run ] || continue
    set +e
    "${clean_env[@]}" "$root/$launcher" run "$dir/main.zig" > /tmp/heaplab-check.out 2>&1
    status=$?
    set -e
    expected_status="$(cat "$dir/exit_code")"
    if "$corpus/normalize.sh" /tmp/heaplab-check.out | cmp -s - "$dir/expected.txt" && [ "$status" = "$expected_status" ]; then
        echo "check: $case: same output and exit status ($status) as Zig"
    else
        echo "check: $case: DIFFERS (exit $status, Zig's $expected_status)"
        "$corpus/normalize.sh" /tmp/heaplab-check.out | diff - "$dir/expected.txt" | head -20 || true
        failures=$((failures + 1))
    fi
done

if command -v xvfb-run >/dev/null && command -v import >/dev/null; then
    shot="target/installer/window.png"
    rm -f "$shot"
    set +e
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        "$0" "$1" > /tmp/heaplab-check-window.log 2>&1 &
        pid=$!
        found=1
        for i in $(seq 1 60); do
            sleep 1
            if xwininfo -root -tree 2>/dev/null | grep -q "Heap Lab"; then found=0; break; fi
        done
        sleep 3
        import -window root "$2"
        kill $pid
        exit $found' "$root/$launcher" "$corpus/19-intlist-main-hidden-leak/main.zig" "$shot"
    opened=$?
    set -e
    if [ "$opened" -eq 0 ] && [ -s "$shot" ]; then
        echo "check: the window opened; screenshot at $shot (look at it)"
    else
        echo "check: the window did not open (see /tmp/heaplab-check-window.log)"
        failures=$((failures + 1))
    fi
else
    echo "check: SKIPPED the window (no xvfb-run or import)"
fi

if [ "$failures" -ne 0 ]; then
    echo "check: $failures failed"
    exit 1
fi
echo "check: all passed"
