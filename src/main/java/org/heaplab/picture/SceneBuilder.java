package org.heaplab.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.heaplab.trace.Snapshot.Local;

/**
 * Collects a scene's boxes while the layout places them, and remembers which memory each box
 * stands for so that arrows can find where an address is drawn: the innermost box covering it.
 */
final class SceneBuilder {
    /** A box and the bytes it stands for. */
    record Placed(Scene.Box box, long address, long size, boolean heap, boolean freed) {}

    /** A pointer cell and the local it shows. */
    record Source(Scene.Box box, Local local) {}

    final List<Scene.Box> boxes = new ArrayList<>();
    final List<Placed> placed = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    /** Cells that stand for an allocator, and the allocator's id: a link to its box. */
    final List<Object[]> links = new ArrayList<>();
    /** Set by the layout while it lays out the heap: boxes made now stand for heap memory. */
    boolean inHeap;
    /** Set while laying out a freed block's ghost. */
    boolean inGhost;
    private Scene.Box last;

    Scene.Box box(String key, Set<String> classes, double x, double y, double w, double h, String title, String text, String tooltip, long address,
                  long size) {
        var b = new Scene.Box(key, classes, x, y, w, h, title, text, tooltip, address);
        boxes.add(b);
        if (address != 0 && size > 0) placed.add(new Placed(b, address, size, inHeap, inGhost));
        last = b;
        return b;
    }

    /** The cell just made holds a pointer: an arrow will leave it. */
    void pointerFrom(Local l) {
        sources.add(new Source(last, l));
    }

    /** The cell just made stands for an allocator (its state, or an Allocator interface to it). */
    void linkTo(int allocatorId) {
        links.add(new Object[] {last, allocatorId});
    }

    /** Replaces a box already made (its height, once its contents are laid out). */
    Scene.Box resize(Scene.Box b, double h) {
        var r = new Scene.Box(b.key(), b.classes(), b.x(), b.y(), b.w(), h, b.title(), b.text(), b.tooltip(), b.address());
        int i = boxes.lastIndexOf(b);
        if (i >= 0) boxes.set(i, r);
        for (Object[] link : links) if (link[0] == b) link[0] = r;
        for (int k = 0; k < placed.size(); k++) {
            Placed p = placed.get(k);
            if (p.box() == b) placed.set(k, new Placed(r, p.address(), p.size(), p.heap(), p.freed()));
        }
        return r;
    }

    /**
     * Where {@code addr} is drawn: the smallest box covering it, live memory before a freed block's
     * ghost, the heap before the stack. Null when no box covers it.
     */
    Placed target(long addr) {
        Placed best = null;
        for (Placed p : placed) {
            if (Long.compareUnsigned(addr - p.address(), p.size()) >= 0) continue;
            if (best == null || better(p, best)) best = p;
        }
        return best;
    }

    private static boolean better(Placed a, Placed b) {
        if (a.freed() != b.freed()) return !a.freed();
        return a.size() < b.size();
    }
}
