package org.heaplab.picture;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.Snapshot.StackFrame;

/**
 * Makes the memory diagram of a snapshot, Python Tutor's boxes and arrows with the allocators in
 * the picture: the stack on the left as a column of frames (main on top, the running function
 * last), each local a labelled cell; the heap on the right as the allocator chain, each
 * allocator a box holding the areas it carves blocks from and the blocks it handed out, a child
 * allocator nested in its parent; an arrow from every pointer and slice to the cell it points at.
 *
 * <p>One layout follows one run: it remembers where each block first appeared, so a block keeps
 * its place across steps and stepping is watching rather than re-reading, and what the previous
 * picture showed, so what changed since the last stop is marked ({@code changed} on a cell whose
 * value changed or an arrow that points elsewhere, {@code new} on a block just allocated).
 * {@link #reset()} starts over for a new run.
 */
public final class DiagramLayout {
    static final double MARGIN = 16;
    static final double STACK_W = 250;
    /** Room between the stack and the heap for arrows to bend in. */
    static final double GUTTER = 70;
    static final double TITLE = 24;
    static final double GAP = 12;

    /** Where each block first appeared, by its placement key: the order blocks are laid in. */
    private final Map<String, Long> placement = new HashMap<>();
    private long placed;
    /** What a picture showed, for the next one to mark what changed: cells' values, arrows' targets, the blocks drawn and the live ones among them. */
    private record Shown(Map<String, String> values, Map<String, Long> targets, Set<String> blocks, Set<String> live) {}

    /** The last picture of this run, or null before the first. */
    private Shown previous;
    /** The snapshot laid out last and the picture before it, so laying it out again (a resize) marks the same changes. */
    private Snapshot last;
    private Shown beforeLast;
    /** Columns of blocks in a row of the heap. */
    private int columns = 2;

    /** Forgets the run: the next picture has no "changed" marks and blocks take new places. */
    public void reset() {
        last = null;
        beforeLast = null;
        placement.clear();
        placed = 0;
        previous = null;
    }

    /** The picture of {@code s}; null gives an empty scene. */
    public Scene layout(Snapshot s) {
        if (s == null) return Scene.EMPTY;
        if (s == last) previous = beforeLast;
        else beforeLast = previous;
        last = s;
        var out = new SceneBuilder();
        double stackBottom = stack(s, out);
        out.inHeap = true;
        var heap = new HeapGroups(out, this, s);
        double heapX = MARGIN + STACK_W + GUTTER;
        double heapBottom = heap.layout(heapX, MARGIN);
        out.inHeap = false;
        double height = Math.max(stackBottom, heapBottom);
        var arrows = new Arrows(out, s).route(stackBottom, heapX, heapBottom, heap.width());
        height = Math.max(height, arrows.bottom());
        List<Scene.Box> boxes = marked(out.boxes);
        List<Scene.Arrow> routed = markedArrows(arrows.arrows());
        remember(boxes, routed, heap.drawn(), heap.drawnLive());
        double width = Math.max(heapX + heap.width(), MARGIN + STACK_W) + MARGIN;
        return new Scene(width, height + MARGIN, List.copyOf(boxes), List.copyOf(routed));
    }

    /**
     * How many blocks side by side a heap area holds (1 to 6): the window picks it from its width,
     * so a narrow pane gets a tall picture rather than a small one.
     */
    public void setColumns(int n) {
        columns = Math.max(1, Math.min(6, n));
    }

    int columns() { return columns; }

    /** The width of a picture with {@code n} columns of blocks, with allocators nested {@code depth} deep. */
    public static double widthFor(int n, int depth) {
        return MARGIN + STACK_W + GUTTER + HeapGroups.widthFor(n, depth) + MARGIN;
    }

    // ------------------------------------------------------------------ the stack

    private double stack(Snapshot s, SceneBuilder out) {
        double y = MARGIN;
        out.box("stack-title", Set.of("heading"), MARGIN, y, STACK_W, TITLE, "Stack", "", "the user's frames, main first", 0, 0);
        y += TITLE + 4;
        List<StackFrame> frames = new ArrayList<>(s.frames());
        java.util.Collections.reverse(frames);
        var names = org.heaplab.trace.ProgramNames.of(s);
        var cells = new Cells(out, byAddress(s), names);
        for (int i = 0; i < frames.size(); i++) {
            StackFrame f = frames.get(i);
            boolean current = i == frames.size() - 1;
            Set<String> classes = current ? Set.of("frame", "current") : Set.of("frame");
            String where = f.position() == null ? "" : "line " + f.position().line();
            String name = names.strip(f.function());
            Scene.Box box = out.box(f.key(), classes, MARGIN, y, STACK_W, TITLE, name, where,
                    name + String.format("%nframe at 0x%x, %d bytes", f.base(), f.size()), 0, 0);
            double bottom = cells.rows(f.locals(), MARGIN + 6, y + TITLE, STACK_W - 12, 0);
            if (f.locals().isEmpty()) bottom += 4;
            out.resize(box, bottom - y + 6);
            y = bottom + 6 + GAP;
        }
        if (frames.isEmpty()) {
            out.box("stack-empty", Set.of("note"), MARGIN, y, STACK_W, Cells.ROW, "", "no frame: the program is not running", "", 0, 0);
            y += Cells.ROW + GAP;
        }
        return y;
    }

    /** The allocators by where their state lives; the page allocator (state 0) also stands for a null {@code ptr}. */
    static Map<Long, org.heaplab.trace.AllocatorInfo> byAddress(Snapshot s) {
        Map<Long, org.heaplab.trace.AllocatorInfo> m = new HashMap<>();
        for (var a : s.allocators()) {
            if (a.address() != 0 || "PageAllocator".equals(a.kind())) m.putIfAbsent(a.address(), a);
        }
        return m;
    }

    // ------------------------------------------------------------------ stable places and changes

    /** The order a block is laid in: the order blocks first appeared in this run. */
    long order(Snapshot.HeapBlock b) {
        return placement.computeIfAbsent(placementKey(b), k -> placed++);
    }

    /** One key for a block while it lives and after it is freed (its snapshot key changes then). */
    static String placementKey(Snapshot.HeapBlock b) {
        return b.allocator() + "@" + Long.toHexString(b.address()) + ":" + b.allocStep();
    }

    boolean isNew(Snapshot.HeapBlock b) {
        return previous != null && !previous.blocks().contains(placementKey(b));
    }

    /** A ghost whose block the previous picture showed live: freed since the last stop. */
    boolean freedSinceLast(Snapshot.HeapBlock b) {
        return previous != null && previous.live().contains(placementKey(b));
    }

    private List<Scene.Box> marked(List<Scene.Box> boxes) {
        if (previous == null) return boxes;
        List<Scene.Box> out = new ArrayList<>(boxes.size());
        for (Scene.Box b : boxes) {
            String before = previous.values().get(b.key());
            if (b.has("cell") && before != null && !before.equals(b.text())) {
                var classes = new HashSet<>(b.classes());
                classes.add("changed");
                b = new Scene.Box(b.key(), Set.copyOf(classes), b.x(), b.y(), b.w(), b.h(), b.title(), b.text(), b.tooltip(), b.address());
            }
            out.add(b);
        }
        return out;
    }

    private List<Scene.Arrow> markedArrows(List<Scene.Arrow> arrows) {
        if (previous == null) return arrows;
        List<Scene.Arrow> out = new ArrayList<>(arrows.size());
        for (Scene.Arrow a : arrows) {
            Long before = previous.targets().get(a.from());
            if (before == null || before != a.target()) {
                var classes = new HashSet<>(a.classes());
                classes.add("changed");
                a = new Scene.Arrow(a.from(), Set.copyOf(classes), a.points(), a.span(), a.tooltip(), a.target());
            }
            out.add(a);
        }
        return out;
    }

    private void remember(List<Scene.Box> boxes, List<Scene.Arrow> arrows, Set<String> blocks, Set<String> live) {
        Map<String, String> values = new HashMap<>();
        for (Scene.Box b : boxes) if (b.has("cell")) values.put(b.key(), b.text());
        Map<String, Long> targets = new HashMap<>();
        for (Scene.Arrow a : arrows) targets.put(a.from(), a.target());
        previous = new Shown(values, targets, Set.copyOf(blocks), Set.copyOf(live));
    }
}
