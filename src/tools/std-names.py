#!/usr/bin/env python3
"""Writes src/main/resources/org/heaplab/std/zig-names.txt: the public declarations of Zig's lib/std
files that Heap Lab's std also has, so that a program using a part of Zig's std that Heap Lab's
std leaves out (std.fs, std.process.getCwdAlloc, an ArrayList method) is told so, rather than told
in Zig's words that the member does not exist (StdNames).

usage: src/tools/std-names.py ZIG_LIB_STD_DIR   (run from the project root; commit the result)

Per file: "== path", then a line "." with the file's own public names, and a line "Name ..." for
each top-level container (`pub const Name = struct {`) and type function (`pub fn Name(...) type {`
returning a struct) with the public names inside it. zig fmt's indentation tells the levels apart."""
import os
import re
import sys

ROOT = "src/main/resources/org/heaplab/std"
# names the oracle's dev build still has but the Zig 0.14.0 release removed (ZIG_SEMANTICS.md section 14):
# a 0.14.0 program using one gets Zig's "no member" error, not the lab's "not supported yet"
REMOVED_IN_0_14_0 = {"popOrNull", "popOrNullContext"}
DECL = r"pub (?:inline |extern |export |noinline )?(?:const|var|fn) (@\"[^\"]+\"|[A-Za-z_]\w*)"
TOP = re.compile("^" + DECL)
CONTAINER = re.compile(r"^pub const ([A-Za-z_]\w*) = (?:extern |packed )?(?:struct|union|enum|opaque)\b.*\{$")
TYPE_FN = re.compile(r"^pub fn ([A-Za-z_]\w*)\(")


def names_of(lines):
    groups = {".": []}
    current, indent = None, None
    for i, line in enumerate(lines):
        if current is not None:
            if line == "}" or line == "};":
                current = None
                continue
            m = re.match("^" + " " * indent + DECL, line)
            if m:
                groups[current].append(m.group(1))
            continue
        m = TOP.match(line)
        if m:
            groups["."].append(m.group(1))
        c = CONTAINER.match(line)
        if c:
            current, indent = c.group(1), 4
            groups.setdefault(current, [])
            continue
        f = TYPE_FN.match(line)
        if f:
            # a type function: its header may span lines; its struct's members sit two levels in
            j = i
            while j < len(lines) and not lines[j].endswith("{"):
                j += 1
            if j < len(lines) and lines[j].endswith(") type {"):
                current, indent = f.group(1), 8
                groups.setdefault(current, [])
    return groups


def main():
    zig_std = sys.argv[1]
    out = ["# Zig lib/std public names, per Heap Lab std file; made by src/tools/std-names.py; do not edit."]
    for dirpath, _, files in sorted(os.walk(ROOT)):
        for name in sorted(files):
            if not name.endswith(".zig"):
                continue
            rel = os.path.relpath(os.path.join(dirpath, name), ROOT)
            zpath = os.path.join(zig_std, rel)
            if not os.path.isfile(zpath):
                continue
            with open(zpath, encoding="utf-8") as f:
                groups = names_of(f.read().split("\n"))
            out.append("== " + rel)
            for key, names in groups.items():
                if names:
                    out.append(key + " " + " ".join(sorted(set(names) - REMOVED_IN_0_14_0)))
    with open(os.path.join(ROOT, "zig-names.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
