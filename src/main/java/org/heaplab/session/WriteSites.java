package org.heaplab.session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heaplab.runtime.Frame;
import org.heaplab.runtime.code.FnCode;
import org.heaplab.source.Span;

/**
 * Where in the user's code writes happened: a site is a function of the user's code and the
 * instruction its frame was at (the statement running, or the call in progress when the std
 * wrote for it), numbered as first seen; the line, its text and the function's name are worked
 * out when a query asks. Site 0 is the start-up code (no frame of the user's code).
 */
final class WriteSites {
    private record Site(FnCode fn, int pc) {}

    /** What a site reads as. */
    record Place(String file, int line, String function, String lineText) {
        static final Place STARTUP = new Place("", 0, "", "");
    }

    private final List<Site> sites = new ArrayList<>();
    private final Map<Long, Integer> index = new HashMap<>();
    private final List<Place> places = new ArrayList<>();
    private Frame lastFrame;
    private int lastPc = -1;
    private int lastSite;

    WriteSites() {
        sites.add(null);
        places.add(Place.STARTUP);
    }

    /** The site of a write made while {@code f} is the innermost frame (run thread only). */
    int of(Frame f) {
        if (f == null) return 0;
        int pc = f.position();
        if (f == lastFrame && pc == lastPc) return lastSite;
        Frame u = f;
        while (u != null && u.function().isLibrary()) u = u.caller();
        int site = 0;
        if (u != null) {
            FnCode fn = u.function();
            int upc = u.position();
            int[] t = fn == tableFn ? table : tableOf(fn);
            if (upc >= 0 && upc < t.length) {
                site = t[upc];
                if (site == 0) site = t[upc] = newSite(fn, upc);
            } else {
                long key = (long) fn.index() << 32 | (upc & 0xFFFF_FFFFL);
                Integer known = index.get(key);
                if (known == null) {
                    known = newSite(fn, upc);
                    index.put(key, known);
                }
                site = known;
            }
        }
        lastFrame = f;
        lastPc = pc;
        lastSite = site;
        return site;
    }

    private int newSite(FnCode fn, int pc) {
        synchronized (this) {
            sites.add(new Site(fn, pc));
            places.add(null);
            return sites.size() - 1;
        }
    }

    /** A function's sites by instruction (0: none yet), so that a write's site costs an array read (run thread only). */
    private int[] tableOf(FnCode fn) {
        int[] t = tables.get(fn);
        if (t == null) {
            t = new int[fn.code().length];
            tables.put(fn, t);
            synchronized (this) {
                tableBytes += 16L + 4L * t.length;
            }
        }
        tableFn = fn;
        table = t;
        return t;
    }

    private final java.util.IdentityHashMap<FnCode, int[]> tables = new java.util.IdentityHashMap<>();
    private FnCode tableFn;
    private int[] table = new int[0];
    private long tableBytes;

    /** What site {@code i} reads as (any thread). */
    synchronized Place place(int i) {
        if (i <= 0 || i >= sites.size()) return Place.STARTUP;
        Place p = places.get(i);
        if (p != null) return p;
        Site s = sites.get(i);
        // the instruction's own position: code laid out after a statement's error path belongs to the statement before it
        Span span = s.fn().spanAt(s.pc());
        if (span == null) {
            int si = s.fn().statementContaining(s.pc());
            if (si >= 0) span = s.fn().statements().get(si).span();
        }
        if (span == null) {
            p = new Place("", 0, shortName(s.fn().name()), "");
        } else {
            int line = span.line();
            String text = span.file().lineText(line);
            p = new Place(span.file().name(), line, shortName(s.fn().name()), text == null ? "" : text.strip());
        }
        places.set(i, p);
        return p;
    }

    private static String shortName(String name) {
        if (name == null) return "";
        int dot = name.lastIndexOf('.');
        return dot >= 0 && dot < name.length() - 1 ? name.substring(dot + 1) : name;
    }

    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();

    /** The number of a local's name (run thread). */
    int name(String n) {
        Integer k = nameIndex.get(n);
        if (k == null) {
            synchronized (this) {
                k = names.size();
                names.add(n);
            }
            nameIndex.put(n, k);
        }
        return k;
    }

    /** The name numbered {@code k}, or null. */
    synchronized String nameOf(int k) { return k >= 0 && k < names.size() ? names.get(k) : null; }

    synchronized long bytes() { return 64L + sites.size() * 96L + names.size() * 48L + tableBytes; }
}
