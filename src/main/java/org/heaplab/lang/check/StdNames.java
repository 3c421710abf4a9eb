package org.heaplab.lang.check;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.heaplab.lang.types.Namespace;
import org.heaplab.lang.types.StructType;
import org.heaplab.lang.types.Type;
import org.heaplab.source.SourceFile;

/**
 * What Zig's std has that Heap Lab's std leaves out. Heap Lab's std is a subset of Zig's, file for
 * file; a program that uses a part it lacks ({@code std.fs}, {@code std.process.getCwdAlloc}, an
 * ArrayList method) must hear that the lab does not support it, not Zig's "has no member named",
 * which would claim the program wrong. The names, {@code std/zig-names.txt}, are Zig 0.14's public
 * declarations per std file (its own, and those of each top-level container and type function),
 * made from Zig's lib/std by {@code src/tools/std-names.py}.
 */
final class StdNames {
    private StdNames() {}

    /** Per std file, per container ("." for the file itself): Zig's public names. */
    private static Map<String, Map<String, Set<String>>> names;

    private static synchronized Map<String, Map<String, Set<String>>> names() {
        if (names == null) names = parse(Modules.readResource("/org/heaplab/std/zig-names.txt"));
        return names;
    }

    private static Map<String, Map<String, Set<String>>> parse(String text) {
        Map<String, Map<String, Set<String>>> out = new HashMap<>();
        Map<String, Set<String>> file = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("== ")) {
                file = new HashMap<>();
                out.put(line.substring(3).strip(), file);
            } else if (file != null && !line.isBlank() && !line.startsWith("#")) {
                String[] f = line.trim().split(" ");
                file.put(f[0], Set.of(java.util.Arrays.copyOfRange(f, 1, f.length)));
            }
        }
        return out;
    }

    /**
     * When {@code t} is a container of Heap Lab's std and Zig's std has {@code name} in it: the lab's error
     * saying it does not support that part of std; otherwise null (the member is missing in Zig too).
     */
    static String unsupported(Type t, String name) {
        if (!(t instanceof StructType st)) return null;
        Namespace ns = st.namespace();
        SourceFile file = ns == null ? null : ns.file();
        if (file == null || !file.isLibrary()) return null;
        Map<String, Set<String>> byContainer = names().get(file.name());
        if (byContainer == null) return null;
        // the container's name within its file: "" for the file's own struct, "ArrayListAligned" for ArrayListAligned(u8,null)
        String path = file.name();
        String fileName = path.equals("std.zig") ? "std" : path.substring(0, path.length() - 4).replace('/', '.');
        String local = st.kind() == StructType.Kind.FILE || st.name().equals(fileName) ? "."
                : st.name().startsWith(fileName + ".") ? st.name().substring(fileName.length() + 1) : null;
        if (local == null) return null;
        int paren = local.indexOf('(');
        if (paren >= 0) local = local.substring(0, paren);
        Set<String> zigNames = byContainer.get(local);
        if (zigNames == null || !zigNames.contains(name)) return null;
        String owner = "std" + (fileName.equals("std") ? "" : "." + fileName) + (local.equals(".") ? "" : "." + local);
        return "Heap Lab does not support '" + owner + "." + name + "' yet: its std has only part of Zig's";
    }
}
