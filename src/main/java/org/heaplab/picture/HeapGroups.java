package org.heaplab.picture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.heaplab.trace.AllocatorInfo;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.Snapshot.BlockState;
import org.heaplab.trace.Snapshot.HeapBlock;

/**
 * The heap half of the diagram: the allocator chain as nested boxes (page_allocator around the
 * debug allocator around an arena), each holding the areas it carves blocks from (a debug
 * allocator's bucket pages with their slots, an arena's buffers, a fixed buffer with its used
 * part) and the blocks it handed to the program, each block inside the area that holds it. A
 * block shows its contents as cells when a pointer says what type it holds, else its first
 * bytes. A freed block stays as a ghost until its memory is reused or unmapped; an orphaned block
 * (nothing reaches it any more) is grey with a leak badge. Past {@value #MAX_SHOWN} blocks in one
 * place the rest are one "+N more" box, so a heap of thousands of blocks stays a picture.
 */
final class HeapGroups {
    static final double BLOCK_W = 210;
    static final double PAD = 10;
    static final double BAR = 10;
    static final int MAX_SHOWN = 40;

    private final SceneBuilder out;
    private final DiagramLayout places;
    private final Snapshot snapshot;
    private final Cells cells;
    private final org.heaplab.trace.ProgramNames names;
    private final Map<Integer, AllocatorInfo> allocators = new LinkedHashMap<>();
    private final Map<Integer, List<HeapBlock>> blocksOf = new HashMap<>();
    private final Set<String> drawn = new HashSet<>();
    private final Set<String> drawnLive = new HashSet<>();
    /** Items on a memory pool's free list: live in the allocator under the pool, free in the pool. */
    private final Set<Long> pooled = new HashSet<>();
    private double width;

    HeapGroups(SceneBuilder out, DiagramLayout places, Snapshot s) {
        this.out = out;
        this.places = places;
        this.snapshot = s;
        for (AllocatorInfo a : s.allocators()) allocators.put(a.id(), a);
        for (AllocatorInfo a : s.allocators()) {
            for (AllocatorInfo.Area area : a.areas()) if (area.kind().equals("free item")) pooled.add(area.address());
        }
        this.names = org.heaplab.trace.ProgramNames.of(s);
        this.cells = new Cells(out, DiagramLayout.byAddress(s), names);
        List<HeapBlock> shown = new ArrayList<>(shownBlocks(s));
        // blocks met for the first time take places in the order they were allocated
        shown.sort(Comparator.comparingLong(HeapBlock::allocStep).thenComparingLong(HeapBlock::address));
        Map<HeapBlock, Long> order = new java.util.IdentityHashMap<>();
        for (HeapBlock b : shown) order.put(b, places.order(b));
        for (HeapBlock b : shown) blocksOf.computeIfAbsent(allocators.containsKey(b.allocator()) ? b.allocator() : -1, k -> new ArrayList<>()).add(b);
        for (List<HeapBlock> l : blocksOf.values()) l.sort(Comparator.comparingLong(order::get));
    }

    /** The placement keys of the blocks drawn. */
    Set<String> drawn() { return drawn; }

    /** The placement keys of the live blocks drawn. */
    Set<String> drawnLive() { return drawnLive; }

    double width() { return width; }

    /**
     * The program's blocks: live and leaked ones, and freed ones whose memory is neither mapped
     * away nor handed out again (a ghost).
     */
    private static List<HeapBlock> shownBlocks(Snapshot s) {
        List<HeapBlock> out = new ArrayList<>();
        java.util.TreeMap<Long, HeapBlock> live = new java.util.TreeMap<>(Long::compareUnsigned);
        for (HeapBlock b : s.blocks()) {
            if (b.programRequested() && b.state() != BlockState.FREED) {
                out.add(b);
                live.put(b.address(), b);
            }
        }
        for (HeapBlock b : s.blocks()) {
            if (b.state() != BlockState.FREED || b.head() == null || b.requester() >= 0) continue;
            // a ghost lasts until a live block takes any of its bytes
            long end = b.address() + Math.max(1, b.length());
            var before = live.floorEntry(end - 1);
            boolean reused = before != null && before.getValue().address() + Math.max(1, before.getValue().length()) > b.address();
            if (!reused) out.add(b);
        }
        return out;
    }

    double layout(double x, double y) {
        int depth = 0;
        for (AllocatorInfo a : allocators.values()) depth = Math.max(depth, depth(a));
        width = widthFor(places.columns(), depth);
        out.box("heap-title", Set.of("heading"), x, y, width, DiagramLayout.TITLE, "Heap", "", "the allocators and the blocks they handed out", 0, 0);
        y += DiagramLayout.TITLE + 4;
        boolean any = false;
        for (AllocatorInfo a : allocators.values()) {
            if (a.parent() >= 0 && allocators.containsKey(a.parent())) continue;
            y = group(a, x, y, width) + DiagramLayout.GAP;
            any = true;
        }
        List<HeapBlock> loose = blocksOf.getOrDefault(-1, List.of());
        if (!loose.isEmpty()) y = flow(loose, x, y, width, "loose") + DiagramLayout.GAP;
        if (!any && loose.isEmpty()) {
            out.box("heap-empty", Set.of("note"), x, y, width, Cells.ROW, "", "no allocator used yet", "", 0, 0);
            y += Cells.ROW + DiagramLayout.GAP;
        }
        return y;
    }

    static double widthFor(int columns, int depth) {
        return columns * BLOCK_W + (columns - 1) * DiagramLayout.GAP + 2 * PAD * (depth + 2);
    }

    private int depth(AllocatorInfo a) {
        int d = 0;
        for (AllocatorInfo p = a; p.parent() >= 0 && allocators.containsKey(p.parent()) && d < 32; p = allocators.get(p.parent())) d++;
        return d;
    }

    private double group(AllocatorInfo a, double x, double y, double w) {
        Set<String> classes = Set.of("allocator", cssName(a.kind()));
        long free = a.areas().stream().filter(ar -> ar.kind().equals("free item")).count();
        String stats = a.kind().equals("MemoryPool") ? free + (free == 1 ? " free item" : " free items")
                : a.liveBlocks() + (a.liveBlocks() == 1 ? " block, " : " blocks, ") + bytes(a.liveBytes());
        Scene.Box box = out.box("alloc#" + a.id(), classes, x, y, w, DiagramLayout.TITLE, title(a), stats, tooltip(a), 0, 0);
        double cy = y + DiagramLayout.TITLE + 4;
        List<HeapBlock> mine = new ArrayList<>(blocksOf.getOrDefault(a.id(), List.of()));
        List<AllocatorInfo.Area> areas = new ArrayList<>(a.areas().stream().filter(ar -> !ar.kind().equals("free item")).toList());
        areas.sort(Comparator.comparingLong(AllocatorInfo.Area::address));
        // each block into the area holding its address (areas do not overlap), the rest loose, all in one pass
        List<List<HeapBlock>> inAreas = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) inAreas.add(new ArrayList<>());
        List<HeapBlock> loose = new ArrayList<>();
        long[] starts = areas.stream().mapToLong(AllocatorInfo.Area::address).toArray();
        for (HeapBlock b : mine) {
            int i = java.util.Arrays.binarySearch(starts, b.address());
            if (i < 0) i = -i - 2;
            if (i >= 0 && Long.compareUnsigned(b.address() - areas.get(i).address(), areas.get(i).length()) < 0) inAreas.get(i).add(b);
            else loose.add(b);
        }
        for (int i = 0; i < areas.size(); i++) cy = area(a, areas.get(i), inAreas.get(i), x + PAD, cy, w - 2 * PAD) + 6;
        mine = loose;
        if (!mine.isEmpty()) cy = flow(mine, x + PAD, cy, w - 2 * PAD, "alloc#" + a.id()) + 6;
        for (AllocatorInfo child : allocators.values()) {
            if (child.parent() == a.id() && child.id() != a.id()) cy = group(child, x + PAD, cy, w - 2 * PAD) + 6;
        }
        out.resize(box, Math.max(DiagramLayout.TITLE + 6, cy - y + 4));
        return Math.max(y + DiagramLayout.TITLE + 6, cy + 4);
    }

    private double area(AllocatorInfo a, AllocatorInfo.Area area, List<HeapBlock> inside, double x, double y, double w) {
        String key = "area#" + a.id() + "@" + Long.toHexString(area.address());
        String text;
        if (area.slots() != null) {
            long used = area.slots().chars().filter(c -> c == 'U').count();
            text = used + " of " + area.slots().length() + " slots";
        } else {
            text = bytes(area.used()) + " of " + bytes(area.length()) + " used";
        }
        Scene.Box box = out.box(key, Set.of("area", cssName(area.kind())), x, y, w, DiagramLayout.TITLE, area.label(), text,
                area.label() + " at 0x" + Long.toHexString(area.address()) + ", " + bytes(area.length()) + "\n" + text, area.address(), area.length());
        double cy = y + DiagramLayout.TITLE;
        bar(key, area, x + PAD, cy, w - 2 * PAD);
        cy += BAR + 6;
        if (!inside.isEmpty()) cy = flow(inside, x + PAD, cy, w - 2 * PAD, key);
        out.resize(box, cy - y + 4);
        return cy + 4;
    }

    /** What part of an area is in use: a bucket's slots handed out, or a buffer's bytes up to its end index. */
    private void bar(String key, AllocatorInfo.Area area, double x, double y, double w) {
        out.box(key + "/bar", Set.of("bar"), x, y, w, BAR, "", "", area.slots() != null ? "slots: " + area.slots().length() : "bytes used", 0, 0);
        if (area.slots() != null) {
            String s = area.slots();
            int n = s.length();
            for (int i = 0; i < n; ) {
                if (s.charAt(i) != 'U') {
                    i++;
                    continue;
                }
                int j = i;
                while (j < n && s.charAt(j) == 'U') j++;
                out.box(key + "/slots" + i, Set.of("bar-used"), x + w * i / n, y, Math.max(1, w * (j - i) / n), BAR, "", "",
                        (j - i) + (j - i == 1 ? " slot" : " slots") + " handed out (" + area.slotSize() + " B each)", 0, 0);
                i = j;
            }
        } else if (area.used() > 0 && area.length() > 0) {
            out.box(key + "/used", Set.of("bar-used"), x, y, Math.max(1, w * Math.min(1.0, (double) area.used() / area.length())), BAR, "", "",
                    bytes(area.used()) + " used", 0, 0);
        }
    }

    /** Blocks in rows, as many to a row as fit; past {@value #MAX_SHOWN}, one box saying how many more. */
    private double flow(List<HeapBlock> blocks, double x, double y, double w, String where) {
        int cols = Math.max(1, (int) ((w + DiagramLayout.GAP) / (BLOCK_W + DiagramLayout.GAP)));
        double rowTop = y;
        double rowBottom = y;
        int shown = Math.min(blocks.size(), MAX_SHOWN);
        for (int i = 0; i < shown; i++) {
            if (i > 0 && i % cols == 0) rowTop = rowBottom + DiagramLayout.GAP;
            double bx = x + (i % cols) * (BLOCK_W + DiagramLayout.GAP);
            rowBottom = Math.max(rowBottom, block(blocks.get(i), bx, rowTop));
        }
        if (blocks.size() > shown) {
            int more = blocks.size() - shown;
            double my = rowBottom + DiagramLayout.GAP;
            long bytes = blocks.subList(shown, blocks.size()).stream().mapToLong(HeapBlock::length).sum();
            out.box(where + "/more", Set.of("more"), x, my, BLOCK_W, Cells.ROW + 4, "+" + more + " more", bytes(bytes),
                    more + " more blocks here (" + bytes(bytes) + "); the Heap tab lists every block", 0, 0);
            rowBottom = my + Cells.ROW + 4;
        }
        return rowBottom;
    }

    private double block(HeapBlock b, double x, double y) {
        drawn.add(DiagramLayout.placementKey(b));
        boolean pool = b.state() != BlockState.FREED && pooled.contains(b.address());
        boolean ghost = b.state() == BlockState.FREED || pool;
        if (!ghost) drawnLive.add(DiagramLayout.placementKey(b));
        Set<String> classes = new HashSet<>();
        classes.add("block");
        if (ghost) classes.add("ghost");
        if (pool) classes.add("pooled");
        if (b.orphaned()) classes.add("orphan");
        if (b.state() == BlockState.LEAKED) classes.add("leaked");
        if (!ghost && places.isNew(b)) classes.add("new");
        if (ghost && places.freedSinceLast(b)) classes.add("freed-now");
        String line = b.allocSite() == null ? "" : " \u00b7 line " + b.allocSite().line();
        String title = pool ? "free in pool" : ghost ? "freed" : names.strip(typeLabel(b));
        String text = bytes(b.length()) + (ghost && b.freeSite() != null ? " \u00b7 freed at line " + b.freeSite().line() : line);
        out.inGhost = ghost;
        Scene.Box box = out.box(b.key(), Set.copyOf(classes), x, y, BLOCK_W, DiagramLayout.TITLE, title, text, tooltip(b), b.address(),
                Math.max(1, b.length()));
        double cy = y + DiagramLayout.TITLE;
        if (!ghost && !b.cells().isEmpty()) {
            cy = cells.rows(b.cells(), x + 6, cy, BLOCK_W - 12, 0);
        } else {
            out.box(b.key() + "/bytes", ghost ? Set.of("bytes", "faded") : Set.of("bytes"), x + 6, cy, BLOCK_W - 12, Cells.ROW, "", Cells.fit(preview(b), BLOCK_W - 12), "its first bytes", 0, 0);
            cy += Cells.ROW;
        }
        out.inGhost = false;
        out.resize(box, cy - y + 6);
        if (b.orphaned() || b.state() == BlockState.LEAKED) {
            String badge = b.state() == BlockState.LEAKED ? "leaked" : "leak";
            out.box(b.key() + "/badge", Set.of("badge", "leak"), x + BLOCK_W - 52, y - 7, 48, 16, badge, "",
                    b.state() == BlockState.LEAKED ? "reported as a leak" : "nothing points to it any more: it can never be freed", 0, 0);
        }
        return cy + 6;
    }

    /** What a block holds, read as text when it is text, else its first bytes in hex. */
    static String preview(HeapBlock b) {
        byte[] head = b.head();
        if (b.state() == BlockState.FREED) return head == null ? "(unmapped)" : "(freed: " + hex(head, b.headStates(), 8) + ")";
        if (head == null) return "(unmapped)";
        if (head.length == 0) return "(empty)";
        boolean text = true;
        boolean undefined = true;
        for (int i = 0; i < head.length; i++) {
            int c = head[i] & 0xff;
            if (c < 0x20 || c > 0x7e) text = false;
            if (b.headStates() == null || b.headStates()[i] != org.heaplab.trace.ByteKind.UNDEFINED.ordinal()) undefined = false;
        }
        if (undefined) return "undefined";
        if (text) return "\"" + new String(head, 0, Math.min(head.length, 40), java.nio.charset.StandardCharsets.US_ASCII) + "\"";
        return hex(head, b.headStates(), 12);
    }

    private static String hex(byte[] head, byte[] states, int max) {
        var sb = new StringBuilder();
        for (int i = 0; i < Math.min(head.length, max); i++) {
            if (i > 0) sb.append(' ');
            sb.append(Character.forDigit((head[i] >> 4) & 0xf, 16)).append(Character.forDigit(head[i] & 0xf, 16));
        }
        if (head.length > max) sb.append(" \u2026");
        return sb.toString();
    }

    private static String typeLabel(HeapBlock b) {
        String t = b.typed();
        if (t == null) return "block";
        int tick = t.indexOf(" `");
        if (tick > 0) t = t.substring(0, tick);
        if (t.startsWith("?")) t = t.substring(1);
        if (t.startsWith("*const ")) t = t.substring(7);
        else if (t.startsWith("*")) t = t.substring(1);
        return t;
    }

    static String title(AllocatorInfo a) {
        return switch (a.kind()) {
            case "PageAllocator" -> "page_allocator";
            case "CAllocator" -> "c_allocator";
            default -> a.kind();
        };
    }

    private static String tooltip(AllocatorInfo a) {
        var sb = new StringBuilder(a.typeName());
        if (a.address() != 0) sb.append(" at 0x").append(Long.toHexString(a.address()));
        sb.append('\n').append(a.liveBlocks()).append(" live blocks, ").append(bytes(a.liveBytes())).append(" requested, ").append(bytes(a.reservedBytes()))
                .append(" reserved, peak ").append(bytes(a.peakBytes()));
        for (AllocatorInfo.Detail d : a.details()) sb.append('\n').append(d.name()).append(": ").append(d.value());
        return sb.toString();
    }

    private String tooltip(HeapBlock b) {
        var sb = new StringBuilder("block at 0x").append(Long.toHexString(b.address())).append(", ").append(bytes(b.length()));
        sb.append(" from ").append(b.allocatorName());
        if (b.typed() != null) sb.append('\n').append(names.strip(b.typed()));
        if (b.allocSite() != null) sb.append("\nallocated at line ").append(b.allocSite().line());
        if (b.freeSite() != null) sb.append("\nfreed at line ").append(b.freeSite().line());
        if (b.orphaned()) sb.append("\norphaned: nothing the program can reach points to it");
        return sb.toString();
    }

    private static final java.util.regex.Pattern CAMEL = java.util.regex.Pattern.compile("([a-z])([A-Z])");

    static String cssName(String s) {
        return CAMEL.matcher(s).replaceAll("$1-$2").replace(' ', '-').toLowerCase(java.util.Locale.ROOT);
    }

    static String bytes(long n) {
        if (n < 0) return "?";
        if (n < 10 * 1024) return grouped(n) + " B";
        if (n < 10L * 1024 * 1024) return grouped(n / 1024) + " KiB";
        return grouped(n >> 20) + " MiB";
    }

    /** 12,345: as {@code %,d} writes it (each step writes thousands of these; the formatter is slow). */
    static String grouped(long n) {
        String digits = Long.toString(n);
        if (digits.length() <= 3) return digits;
        var sb = new StringBuilder(digits.length() + digits.length() / 3);
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) sb.append(',').append(digits, i, i + 3);
        return sb.toString();
    }
}
