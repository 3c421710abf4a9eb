package org.heaplab.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.heaplab.source.Span;

/**
 * A heap block's life as a list ({@link WriteHistory#blockLife}): its allocation, resizes, a
 * move, the writes into it grouped by the line that made them ("written by main.zig:14 3 times
 * (steps 20-48)"), its free, and a later block over the same bytes (its memory reused). The
 * block is the one live at the step asked about that holds the address, else the last one
 * freed before it that held it.
 */
final class BlockLife {
    /** Writes read at most for one block's groups. */
    static final int MAX_WRITES = 1_000_000;

    private final WriteHistory history;
    private final BlockCalls.View calls;

    BlockLife(WriteHistory history, BlockCalls.View calls) {
        this.history = history;
        this.calls = calls;
    }

    List<BlockEvent> of(long addr, long atStep) {
        int n = calls.count();
        // the allocation: the latest at or before atStep whose block holds addr
        int alloc = -1;
        for (int i = n - 1; i >= 0; i--) {
            if (calls.step()[i] > atStep || calls.op()[i] != BlockCalls.ALLOC) continue;
            long a = calls.address()[i];
            if (addr >= a && addr < a + Math.max(1, calls.length()[i])) {
                alloc = i;
                break;
            }
        }
        List<BlockEvent> out = new ArrayList<>();
        if (alloc < 0) return out;
        long start = calls.address()[alloc], len = calls.length()[alloc];
        long allocStep = calls.step()[alloc];
        out.add(event(alloc, BlockEvent.Kind.ALLOCATED, String.format("allocated %d bytes at 0x%x", len, start)));
        long endStep = atStep;
        long maxLen = len;
        boolean gone = false;
        for (int i = alloc + 1; i < n && calls.step()[i] <= atStep && !gone; i++) {
            if (calls.address()[i] != start) continue;
            switch (calls.op()[i]) {
                case BlockCalls.RESIZE -> {
                    long to = calls.newLength()[i];
                    out.add(event(i, BlockEvent.Kind.RESIZED, "resized in place from " + len + " to " + to + " bytes"));
                    len = to;
                    maxLen = Math.max(maxLen, to);
                }
                case BlockCalls.MOVE -> {
                    out.add(event(i, BlockEvent.Kind.MOVED, "moved to a new address (" + calls.newLength()[i] + " bytes)"));
                    endStep = calls.step()[i];
                    gone = true;
                }
                case BlockCalls.FREE -> {
                    out.add(event(i, BlockEvent.Kind.FREED, "freed"));
                    endStep = calls.step()[i];
                    gone = true;
                }
                case BlockCalls.ALLOC -> gone = true; // the same address handed out again: this block's life is over
                default -> { }
            }
        }
        // the writes into it, a group per line of the user's code
        Map<String, long[]> groups = new LinkedHashMap<>();
        Map<String, Write> firsts = new LinkedHashMap<>();
        long to = endStep == Long.MAX_VALUE ? Long.MAX_VALUE : endStep + (gone ? 0 : 1);
        for (Write w : history.writesIn(start, Math.max(1, maxLen), allocStep, to, MAX_WRITES)) {
            if (w.writer() != Writer.PROGRAM && !(w.writer() == Writer.UNDEFINED && !w.inStd())) continue;
            String key = w.where();
            long[] g = groups.computeIfAbsent(key, k -> new long[] {0, w.step(), w.step()});
            firsts.putIfAbsent(key, w);
            g[0]++;
            g[2] = w.step();
        }
        for (var e : groups.entrySet()) {
            long[] g = e.getValue();
            Write w = firsts.get(e.getKey());
            String times = g[0] == 1 ? "once (step " + g[1] + ")" : g[0] + " times (steps " + g[1] + "-" + g[2] + ")";
            out.add(new BlockEvent(g[1], BlockEvent.Kind.WRITTEN, w.file(), w.line(), g[0], "written by " + e.getKey() + " " + times));
        }
        // its bytes reused: the first later block over them
        if (gone) {
            for (int i = alloc + 1; i < n && calls.step()[i] <= atStep; i++) {
                if (calls.op()[i] != BlockCalls.ALLOC || calls.step()[i] < endStep) continue;
                long a = calls.address()[i], l = calls.length()[i];
                if (a < start + Math.max(1, maxLen) && start < a + Math.max(1, l)) {
                    out.add(event(i, BlockEvent.Kind.REUSED, String.format("its memory reused by a block of %d bytes at 0x%x", l, a)));
                    break;
                }
            }
        }
        // and the block whose bytes these were before it
        int before = previousOver(alloc, start, Math.max(1, maxLen));
        if (before >= 0) {
            BlockEvent was = event(before, BlockEvent.Kind.REUSED, String.format("these bytes were a block of %d bytes at 0x%x, allocated",
                    calls.length()[before], calls.address()[before]));
            out.add(new BlockEvent(allocStep, BlockEvent.Kind.REUSED, was.file(), was.line(), 1, was.text() + ", freed before this one"));
        }
        out.sort(Comparator.comparingLong(BlockEvent::step));
        return out;
    }

    /** The latest block allocated before call {@code alloc} over {@code [start, start+len)}, or -1. */
    private int previousOver(int alloc, long start, long len) {
        for (int i = alloc - 1; i >= 0; i--) {
            if (calls.op()[i] != BlockCalls.ALLOC) continue;
            long a = calls.address()[i], l = Math.max(1, calls.length()[i]);
            if (a < start + len && start < a + l) return i;
        }
        return -1;
    }

    private BlockEvent event(int i, BlockEvent.Kind kind, String what) {
        Span s = calls.spans().apply(calls.site()[i]);
        String file = s == null ? "" : s.file().name();
        int line = s == null ? 0 : s.line();
        String where = s == null ? "" : " at " + file + ":" + line;
        return new BlockEvent(calls.step()[i], kind, file, line, 1, what + where + " (step " + calls.step()[i] + ")");
    }
}
