#!/usr/bin/env python3
"""Writes src/main/resources/org/heaplab/std/zig-lines.txt: for each file of Heap Lab's std, which
of its lines are, word for word, lines of the same file in Zig's lib/std, and at which line there.
Diagnostics and trace frames inside the std then show Zig's line numbers (a note "parameter type
declared here" on array_list.zig's append points where Zig's does).

usage: src/tools/std-line-map.py ZIG_LIB_STD_DIR   (run from the project root; commit the result)

Matching: a line whose text (indentation included, at least 4 visible characters) occurs exactly
once in each file anchors a pair; a pair extends forwards and backwards over equal lines. Each run
is written as "hl_start zig_start count crc32", the CRC of the Heap Lab lines it covers, so a run
made stale by a later edit of the std is dropped when read (StdLinesTest fails until rerun)."""
import os
import sys
import zlib

ROOT = "src/main/resources/org/heaplab/std"


def runs_for(hl, zig):
    count_h, count_z = {}, {}
    for t in hl:
        count_h[t] = count_h.get(t, 0) + 1
    where_z = {}
    for j, t in enumerate(zig):
        count_z[t] = count_z.get(t, 0) + 1
        where_z[t] = j
    mapping = [None] * len(hl)
    for i, t in enumerate(hl):
        if len(t.strip()) >= 4 and count_h[t] == 1 and count_z.get(t) == 1:
            mapping[i] = where_z[t]
    anchors = [(i, j) for i, j in enumerate(mapping) if j is not None]
    for i, j in anchors:
        a, b = i + 1, j + 1
        while a < len(hl) and b < len(zig) and mapping[a] is None and hl[a] == zig[b]:
            mapping[a] = b
            a, b = a + 1, b + 1
        a, b = i - 1, j - 1
        while a >= 0 and b >= 0 and mapping[a] is None and hl[a] == zig[b]:
            mapping[a] = b
            a, b = a - 1, b - 1
    runs = []
    i = 0
    while i < len(hl):
        if mapping[i] is None:
            i += 1
            continue
        start, zstart = i, mapping[i]
        while i + 1 < len(hl) and mapping[i + 1] == mapping[i] + 1:
            i += 1
        n = i - start + 1
        crc = zlib.crc32("\n".join(hl[start:start + n]).encode("utf-8"))
        runs.append((start + 1, zstart + 1, n, crc))
        i += 1
    return runs


def main():
    zig_std = sys.argv[1]
    out = ["# Heap Lab std line -> Zig lib/std line, made by src/tools/std-line-map.py; do not edit."]
    total = 0
    for dirpath, _, files in sorted(os.walk(ROOT)):
        for name in sorted(files):
            if not name.endswith(".zig"):
                continue
            rel = os.path.relpath(os.path.join(dirpath, name), ROOT)
            zpath = os.path.join(zig_std, rel)
            if not os.path.isfile(zpath):
                continue
            with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
                hl = f.read().split("\n")
            with open(zpath, encoding="utf-8") as f:
                zig = f.read().split("\n")
            runs = runs_for(hl, zig)
            if not runs:
                continue
            out.append("== " + rel)
            for r in runs:
                out.append("%d %d %d %d" % r)
                total += r[2]
    with open(os.path.join(ROOT, "zig-lines.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print("%d lines mapped" % total)


if __name__ == "__main__":
    main()
