package org.heaplab.picture;

import java.util.Set;

/**
 * Paints a {@link Scene} on a {@link Surface}: boxes first (outer before inner, in the order laid
 * out), then the slices' spans, then the arrows on top. The one place that decides how each
 * class of shape looks, for the window, the SVG and the PNG alike.
 */
public final class ScenePainter {
    static final double FONT = 12;
    private final Palette p;

    public ScenePainter(Palette palette) {
        this.p = palette;
    }

    /**
     * {@code text} shortened with an ellipsis to what fits in {@code maxWidth} pixels of monospace
     * text {@code size} pixels high (a character is 0.6 of the size wide).
     */
    public static String fit(String text, double maxWidth, double size) {
        int max = (int) Math.max(1, Math.floor(maxWidth / (size * 0.6)));
        if (text.length() <= max) return text;
        return max <= 1 ? "\u2026" : text.substring(0, max - 1) + "\u2026";
    }

    /** The head of an arrow whose Bézier is {@code p} (start, two control points, end): a triangle {x0, y0, x1, y1, x2, y2} at its end. */
    public static double[] arrowHead(double[] p) {
        double angle = Math.atan2(p[7] - p[5], p[6] - p[4]);
        return new double[] {p[6], p[7], p[6] - 9 * Math.cos(angle - 0.4), p[7] - 9 * Math.sin(angle - 0.4), p[6] - 9 * Math.cos(angle + 0.4),
                p[7] - 9 * Math.sin(angle + 0.4)};
    }

    /** Paints {@code scene}; {@code selected} is the key of the box drawn as selected, or null. */
    public void paint(Scene scene, Surface s, String selected) {
        paint(scene, s, selected, null);
    }

    /**
     * Paints what of {@code scene} lies in {@code view} ({x, y, width, height} in the scene's
     * coordinates; null: all of it). The window paints only what it shows: at a thousand blocks
     * most of the picture is out of view, and a shape painted there still costs its rasterizing.
     */
    public void paint(Scene scene, Surface s, String selected, double[] view) {
        s.begin("background", "background", null);
        s.rect(0, 0, scene.width(), scene.height(), 0, p.get("background"), null, 0, false);
        s.end();
        for (Scene.Box b : scene.boxes()) {
            if (inView(view, b.x(), b.y(), b.x() + b.w(), b.y() + b.h())) box(b, s, b.key().equals(selected));
        }
        for (Scene.Arrow a : scene.arrows()) {
            if (a.span() == null) continue;
            double[] r = a.span();
            if (!inView(view, r[0], r[1], r[0] + r[2], r[1] + r[3])) continue;
            s.begin("span", a.from() + "/span", null);
            s.rect(r[0] - 2, r[1] - 2, r[2] + 4, r[3] + 4, 4, p.get("span"), p.get("pointer"), 1, true);
            s.end();
        }
        for (Scene.Arrow a : scene.arrows()) {
            double[] q = a.points();
            // a Bézier lies within its control points' box
            if (!inView(view, Math.min(Math.min(q[0], q[2]), Math.min(q[4], q[6])), Math.min(Math.min(q[1], q[3]), Math.min(q[5], q[7])),
                    Math.max(Math.max(q[0], q[2]), Math.max(q[4], q[6])), Math.max(Math.max(q[1], q[3]), Math.max(q[5], q[7])))) {
                continue;
            }
            s.begin(String.join(" ", a.classes().stream().sorted().toList()), a.from() + "/arrow", a.tooltip());
            boolean dangling = a.has("dangling");
            if (a.has("uses")) s.arrow(a.points(), p.get("uses"), 1, true);
            else s.arrow(a.points(), p.get(dangling ? "dangling" : "pointer"), a.has("changed") ? 2.4 : 1.5, dangling);
            s.end();
        }
    }

    /** Whether the box from (x0, y0) to (x1, y1), with room for strokes and arrow heads, meets {@code view} (null: everything does). */
    static boolean inView(double[] view, double x0, double y0, double x1, double y1) {
        if (view == null) return true;
        double m = 12;
        return x1 + m >= view[0] && x0 - m <= view[0] + view[2] && y1 + m >= view[1] && y0 - m <= view[1] + view[3];
    }

    private void box(Scene.Box b, Surface s, boolean selected) {
        Set<String> c = b.classes();
        s.begin(String.join(" ", c.stream().sorted().toList()), b.key(), b.tooltip());
        double x = b.x(), y = b.y(), w = b.w(), h = b.h();
        String sel = selected ? p.get("selected") : null;
        if (c.contains("heading")) {
            s.text(x, y + 17, b.title(), p.get("heading"), true, 15, w);
        } else if (c.contains("note")) {
            s.text(x, y + 14, b.text(), p.get("muted"), false, FONT, w);
        } else if (c.contains("frame")) {
            s.rect(x, y, w, h, 6, p.get("frame"), sel != null ? sel : p.get(c.contains("current") ? "current-stroke" : "frame-stroke"),
                    c.contains("current") || sel != null ? 2 : 1, false);
            header(b, s, p.get("text"));
        } else if (c.contains("allocator-link")) {
            s.text(x + 4, y + 14, b.title(), p.get("muted"), false, FONT, Cells.NAME_W - 8);
            s.rect(x + Cells.NAME_W, y + 1, w - Cells.NAME_W, h - 2, 9, p.get("allocator"), sel != null ? sel : p.get("allocator-stroke"), 1, false);
            s.text(x + Cells.NAME_W + 6, y + 14, b.text(), p.get("text"), false, FONT, w - Cells.NAME_W - 12);
        } else if (c.contains("cell") || c.contains("bytes")) {
            cell(b, s, sel);
        } else if (c.contains("allocator")) {
            s.rect(x, y, w, h, 8, p.get("allocator"), sel != null ? sel : p.get("allocator-stroke"), sel != null ? 2 : 1, false);
            header(b, s, p.get("text"));
        } else if (c.contains("area")) {
            s.rect(x, y, w, h, 4, p.get("area"), p.get("area-stroke"), 1, false);
            header(b, s, p.get("text"));
        } else if (c.contains("bar")) {
            s.rect(x, y, w, h, 2, p.get("bar"), null, 0, false);
        } else if (c.contains("bar-used")) {
            s.rect(x, y, w, h, 0, p.get("bar-used"), null, 0, false);
        } else if (c.contains("block")) {
            boolean ghost = c.contains("ghost");
            boolean orphan = c.contains("orphan") || c.contains("leaked");
            String fill = ghost ? null : p.get(orphan ? "orphan" : "block");
            boolean fresh = c.contains("new") || c.contains("freed-now");
            String stroke = sel != null ? sel : p.get(fresh ? "new-stroke" : ghost ? "ghost-stroke" : orphan ? "orphan-stroke" : "block-stroke");
            s.rect(x, y, w, h, 5, fill, stroke, sel != null || fresh ? 2 : 1.2, ghost);
            header(b, s, p.get(ghost ? "ghost-text" : "text"));
        } else if (c.contains("badge")) {
            s.rect(x, y, w, h, 8, p.get("badge"), null, 0, false);
            s.text(x + 7, y + 12, b.title(), p.get("badge-text"), true, 10, w - 8);
        } else if (c.contains("dead")) {
            s.rect(x, y, w, h, 4, p.get("dead"), p.get("dangling"), 1, true);
            s.text(x + 8, y + 18, b.title(), p.get("dangling"), false, FONT, w - 16);
        } else if (c.contains("more")) {
            s.rect(x, y, w, h, 4, p.get("more"), p.get("cell-stroke"), 1, true);
            s.text(x + 8, y + 16, b.title() + "  " + b.text(), p.get("muted"), true, FONT, w - 16);
        }
        s.end();
    }

    /** A box's title in bold and its text after it, muted, along its top. */
    private void header(Scene.Box b, Surface s, String colour) {
        double tw = Math.min(b.w() - 16, b.title().length() * (Cells.CHAR_W + 0.4) + 8);
        s.text(b.x() + 8, b.y() + 16, b.title(), colour, true, FONT, b.w() - 16);
        if (!b.text().isEmpty()) s.text(b.x() + 8 + tw + 4, b.y() + 16, b.text(), p.get("muted"), false, 11, b.w() - tw - 24);
    }

    private void cell(Scene.Box b, Surface s, String sel) {
        Set<String> c = b.classes();
        double x = b.x(), y = b.y(), w = b.w(), h = b.h();
        if (c.contains("bytes")) {
            s.text(x + 4, y + 14, b.text(), p.get(c.contains("faded") ? "ghost-text" : "muted"), false, 11, w - 8);
            return;
        }
        if (c.contains("aggregate") || c.contains("more")) {
            String t = b.title().isEmpty() ? b.text() : b.text().isEmpty() ? b.title() : b.title() + ": " + b.text();
            s.text(x + 4, y + 14, t, p.get("muted"), false, FONT, w - 8);
            return;
        }
        s.text(x + 4, y + 14, b.title(), p.get("muted"), false, FONT, Cells.NAME_W - 8);
        double vx = x + Cells.NAME_W;
        double vw = w - Cells.NAME_W;
        String fill = c.contains("changed") ? p.get("changed") : p.get("cell");
        s.rect(vx, y + 1, vw, h - 2, 2, fill, sel != null ? sel : p.get("cell-stroke"), sel != null ? 2 : 1, false);
        if (c.contains("pointer-cell") && b.text().equals("\u25cf")) {
            s.rect(vx + vw - 10, y + h / 2 - 3, 6, 6, 3, p.get("pointer"), null, 0, false);
        } else {
            s.text(vx + 4, y + 14, b.text(), p.get(c.contains("null") ? "muted" : "text"), false, FONT, vw - (c.contains("pointer-cell") ? 16 : 8));
            if (c.contains("pointer-cell")) s.rect(vx + vw - 10, y + h / 2 - 3, 6, 6, 3, p.get("pointer"), null, 0, false);
        }
    }
}
