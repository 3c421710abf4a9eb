package org.heaplab.picture;

import java.util.List;
import java.util.Set;

/**
 * The memory diagram as positioned shapes, ready to paint: what {@link DiagramLayout} makes of
 * a snapshot and what the window's canvas, the SVG writer and the PNG writer all draw. Sizes are
 * in pixels at zoom 1. Every shape carries style classes ({@code frame}, {@code block},
 * {@code pointer}, {@code dangling}, {@code ghost}, {@code orphan}, {@code changed} ...), which
 * is all a painter needs to pick its colours and what a teacher styles in an exported SVG.
 */
public record Scene(double width, double height, List<Box> boxes, List<Arrow> arrows) {

    public static final Scene EMPTY = new Scene(0, 0, List.of(), List.of());

    /**
     * A rectangle: a frame, a cell, an allocator, an area it carves blocks from, a block or a
     * badge. {@code title} is drawn in bold along its top, {@code text} inside (a cell's value);
     * {@code key} names what it shows (a local's or block's key) for selection and tests;
     * {@code address} is the memory it stands for (0: none); {@code tooltip} says it in full.
     */
    public record Box(String key, Set<String> classes, double x, double y, double w, double h, String title, String text, String tooltip,
                      long address) {
        public boolean has(String cls) { return classes.contains(cls); }

        public boolean contains(double px, double py) { return px >= x && px <= x + w && py >= y && py <= y + h; }
    }

    /**
     * An arrow from a pointer's cell to what it points at: {@code points} are x, y pairs of a
     * polyline, its last point the head. {@code span} (x, y, w, h) marks the bytes a slice
     * covers, or is null. {@code from} is the key of the cell it starts in.
     */
    public record Arrow(String from, Set<String> classes, double[] points, double[] span, String tooltip, long target) {
        public boolean has(String cls) { return classes.contains(cls); }
    }

    /** The box of a key, or null. */
    public Box box(String key) {
        for (Box b : boxes) if (b.key().equals(key)) return b;
        return null;
    }

    /** The innermost box at a point (the one drawn last), or null. */
    public Box boxAt(double x, double y) {
        for (int i = boxes.size() - 1; i >= 0; i--) if (boxes.get(i).contains(x, y)) return boxes.get(i);
        return null;
    }

    /** The arrow passing within {@code slack} pixels of a point, or null. */
    public Arrow arrowAt(double x, double y, double slack) {
        Arrow best = null;
        double bestD = slack;
        for (Arrow a : arrows) {
            double[] p = a.points();
            for (int i = 0; i + 3 < p.length; i += 2) {
                double d = distance(x, y, p[i], p[i + 1], p[i + 2], p[i + 3]);
                if (d <= bestD) {
                    bestD = d;
                    best = a;
                }
            }
        }
        return best;
    }

    private static double distance(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1, dy = y2 - y1;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len2));
        double cx = x1 + t * dx, cy = y1 + t * dy;
        return Math.hypot(px - cx, py - cy);
    }
}
