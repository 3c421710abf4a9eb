package org.heaplab.picture;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.Snapshot.Local;

/**
 * Draws an arrow from every pointer cell to where it points: to a block's box when it points at
 * the block's start, else to the smallest cell covering the address, so a pointer into an array
 * lands on its element. A slice also marks the cells it covers. An arrow into a freed block's
 * ghost, or into stack memory below the running frame (a frame that has returned), is
 * {@code dangling}. An address the picture does not show (a string literal, a global) gets no
 * arrow; its cell says the value.
 */
final class Arrows {
    /** The arrows and the lowest y they reach (a dead-frame box may be added under the stack). */
    record Routed(List<Scene.Arrow> arrows, double bottom) {}

    private final SceneBuilder out;
    private final Snapshot snapshot;

    Arrows(SceneBuilder out, Snapshot s) {
        this.out = out;
        this.snapshot = s;
    }

    Routed route(double stackBottom, double heapX, double heapBottom, double heapWidth) {
        List<Scene.Arrow> arrows = new ArrayList<>();
        Scene.Box dead = null;
        Scene.Box unmapped = null;
        double bottom = stackBottom;
        for (SceneBuilder.Source src : List.copyOf(out.sources)) {
            Local l = src.local();
            long addr = l.pointsTo();
            SceneBuilder.Placed t = target(addr, l.pointsLength());
            boolean dangling;
            Scene.Box to;
            String where;
            if (t != null && !t.freed()) {
                to = t.box();
                dangling = false;
                where = t.heap() ? describeHeap(addr) : "on the stack";
            } else if (t != null) {
                to = t.box();
                dangling = true;
                where = "into a freed block: dangling";
            } else if (snapshot.inReturnedFrame(addr)) {
                if (dead == null) {
                    dead = out.box("dead-frames", Set.of("dead"), DiagramLayout.MARGIN, stackBottom, DiagramLayout.STACK_W, Cells.ROW + 8,
                            "returned frames", "", "stack memory of functions that have returned: nothing lives here now", 0, 0);
                    bottom = stackBottom + Cells.ROW + 8 + DiagramLayout.GAP;
                }
                to = dead;
                dangling = true;
                where = "into a frame that has returned: dangling";
            } else if (freedAndUnmapped(addr) != null) {
                if (unmapped == null) {
                    unmapped = out.box("unmapped", Set.of("dead", "unmapped"), heapX, heapBottom, Math.min(heapWidth, HeapGroups.BLOCK_W * 1.5),
                            Cells.ROW + 8, "freed, memory unmapped", "",
                            "blocks freed so that their pages went back to the operating system: touching them is a segmentation fault", 0, 0);
                    bottom = Math.max(bottom, heapBottom + Cells.ROW + 8 + DiagramLayout.GAP);
                }
                to = unmapped;
                dangling = true;
                Snapshot.HeapBlock b = freedAndUnmapped(addr);
                where = String.format("into block 0x%x, freed%s and unmapped: dangling", b.address(),
                        b.freeSite() == null ? "" : " at line " + b.freeSite().line());
            } else {
                continue;
            }
            Set<String> classes = new HashSet<>();
            classes.add("pointer");
            if (dangling) classes.add("dangling");
            boolean many = Cells.isSlice(l.type()) || Cells.isArrayPointer(l.type());
            double[] span = l.pointsLength() > 0 && !dangling && many ? span(addr, l.pointsLength(), to, Cells.isSlice(l.type())) : null;
            String tip = (l.name().isEmpty() ? "pointer" : l.name()) + " \u2192 0x" + Long.toHexString(addr)
                    + (l.pointsLength() > 0 && Cells.isSlice(l.type()) ? " (" + l.pointsLength() + " bytes)" : "") + "\n" + where;
            arrows.add(new Scene.Arrow(src.box().key(), Set.copyOf(classes), curve(src.box(), to), span, tip, addr));
        }
        for (Object[] link : out.links) {
            Scene.Box from = (Scene.Box) link[0];
            Scene.Box to = null;
            for (Scene.Box b : out.boxes) if (b.key().equals("alloc#" + link[1])) to = b;
            if (to == null) continue;
            arrows.add(new Scene.Arrow(from.key(), Set.of("uses"), curve(from, to), null, from.title() + " \u2192 " + to.title(), -1 - (Integer) link[1]));
        }
        return new Routed(arrows, bottom);
    }

    /**
     * Where an address is drawn: a block's box when it is the block's start; else the box that
     * is exactly what the pointer points at (a struct's header row, not its first field); else
     * the smallest box covering it.
     */
    private SceneBuilder.Placed target(long addr, long length) {
        for (SceneBuilder.Placed p : out.placed) {
            if (p.heap() && p.address() == addr && p.box().has("block") && !p.freed()) return p;
        }
        for (SceneBuilder.Placed p : out.placed) {
            if (p.heap() && p.address() == addr && p.box().has("block")) return p;
        }
        if (length > 0) {
            for (SceneBuilder.Placed p : out.placed) {
                if (p.address() == addr && p.size() == length && !p.freed()) return p;
            }
        }
        return out.target(addr);
    }

    private String describeHeap(long addr) {
        Snapshot.HeapBlock b = snapshot.blockAt(addr);
        if (b == null) return "on the heap";
        long off = addr - b.address();
        return "block 0x" + Long.toHexString(b.address()) + (off == 0 ? "" : " +" + off);
    }

    private Snapshot.HeapBlock freedAndUnmapped(long addr) {
        for (Snapshot.HeapBlock b : snapshot.blocks()) {
            if (b.state() == Snapshot.BlockState.FREED && b.head() == null && b.contains(addr)) return b;
        }
        return null;
    }

    /**
     * The cells a slice (or a pointer to an array) covers, as one rectangle; for a slice, the
     * target box when no cell lies inside. Null for a pointer covering one cell or none.
     */
    private double[] span(long addr, long length, Scene.Box to, boolean slice) {
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -1, y1 = -1;
        int covered = 0;
        for (SceneBuilder.Placed p : out.placed) {
            if (!p.heap() || p.freed() || !p.box().has("cell")) continue;
            if (Long.compareUnsigned(p.address() - addr, length) >= 0 || p.address() + p.size() > addr + length) continue;
            Scene.Box b = p.box();
            covered++;
            x0 = Math.min(x0, b.x());
            y0 = Math.min(y0, b.y());
            x1 = Math.max(x1, b.x() + b.w());
            y1 = Math.max(y1, b.y() + b.h());
        }
        if (!slice && covered < 2) return null;
        if (x1 < 0) return new double[] {to.x(), to.y(), to.w(), to.h()};
        return new double[] {x0, y0, x1 - x0, y1 - y0};
    }

    /** A cubic Bézier from the cell's dot to the target's nearer edge: start, two control points, head. */
    static double[] curve(Scene.Box from, Scene.Box to) {
        double sx = from.x() + from.w() - 7;
        double sy = from.y() + from.h() / 2;
        double ey = to.y() + Math.min(to.h() / 2, 11);
        if (to.x() > sx + 30) {
            double ex = to.x();
            double dx = Math.max(30, (ex - sx) / 2);
            return new double[] {sx, sy, sx + dx, sy, ex - dx, ey, ex, ey};
        }
        // the target is beside or behind: leave to the right and come back in from its right edge
        double ex = to.x() + to.w();
        double bend = Math.max(40, Math.min(120, Math.abs(ey - sy) / 3));
        double right = Math.max(sx, ex) + bend;
        return new double[] {sx, sy, right, sy, right, ey, ex, ey};
    }
}
