package org.heaplab.lang.check;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Zig's line numbers for Heap Lab's std. Heap Lab's std files are written after Zig's and share
 * many lines word for word; a compile error or note inside them (a std method's "parameter type
 * declared here") should show the line where Zig's own file has that text. The map,
 * {@code std/zig-lines.txt}, is made from Zig's lib/std by {@code src/tools/std-line-map.py}: per
 * file, runs of {@code hlStart zigStart count crc32}. A run whose lines no longer have the CRC
 * they had (the std was edited since) is dropped: those lines show their own numbers until the map
 * is made again ({@link #staleRuns} lets a test say so).
 */
public final class StdLines {
    private StdLines() {}

    private record Run(int hlStart, int zigStart, int count, long crc) {}

    private static Map<String, List<Run>> runs;

    private static synchronized Map<String, List<Run>> runs() {
        if (runs == null) runs = parse(Modules.readResource("/org/heaplab/std/zig-lines.txt"));
        return runs;
    }

    /** Each std file's map, made once: a std file's text is a resource and never changes while the lab runs. */
    private static final Map<String, int[]> shownByPath = new java.util.concurrent.ConcurrentHashMap<>();

    private static Map<String, List<Run>> parse(String text) {
        Map<String, List<Run>> out = new HashMap<>();
        List<Run> current = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("== ")) {
                current = new java.util.ArrayList<>();
                out.put(line.substring(3).strip(), current);
            } else if (current != null && !line.isBlank() && !line.startsWith("#")) {
                String[] f = line.trim().split(" ");
                current.add(new Run(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), Long.parseLong(f[3])));
            }
        }
        return out;
    }

    /** Zig's line for each line of the std file {@code path} with this text (index = line, 0 = none), or null. */
    public static int[] of(String path, String text) {
        if (!runs().containsKey(path)) return null;
        return shownByPath.computeIfAbsent(path, p -> shownLines(runs().get(p), text));
    }

    private static int[] shownLines(List<Run> rs, String text) {
        String[] lines = text.split("\n", -1);
        int[] shown = new int[lines.length + 1];
        for (Run r : rs) {
            if (!valid(r, lines)) continue;
            for (int k = 0; k < r.count(); k++) shown[r.hlStart() + k] = r.zigStart() + k;
        }
        return shown;
    }

    /** How many runs of the map no longer match the std file they describe (0 when the map is current). */
    public static int staleRuns(String path, String text) {
        List<Run> rs = runs().get(path);
        if (rs == null) return 0;
        String[] lines = text.split("\n", -1);
        int stale = 0;
        for (Run r : rs) if (!valid(r, lines)) stale++;
        return stale;
    }

    /** The std files the map covers. */
    public static java.util.Set<String> files() { return runs().keySet(); }

    private static boolean valid(Run r, String[] lines) {
        if (r.hlStart() < 1 || r.count() < 1 || r.hlStart() - 1 + r.count() > lines.length) return false;
        var crc = new CRC32();
        crc.update(String.join("\n", java.util.Arrays.asList(lines).subList(r.hlStart() - 1, r.hlStart() - 1 + r.count()))
                .getBytes(StandardCharsets.UTF_8));
        return crc.getValue() == r.crc();
    }
}
