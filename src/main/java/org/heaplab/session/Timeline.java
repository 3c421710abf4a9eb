package org.heaplab.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a run did to the heap over time: every allocation, resize and free the program asked
 * for, and every memory error and leak, each at the step it happened. Recorded once, the first
 * time the run passes that point (replays after a rewind repeat the same calls and add
 * nothing). Written by the interpreter thread; {@link #view} may be called from any thread.
 *
 * <p>Events are kept in columns of primitives: about 30 bytes an event.
 */
public final class Timeline {
    /** What happened. */
    public enum Kind { ALLOC, RESIZE, MOVE, FREE, ERROR, LEAK }

    private long[] step = new long[256];
    private long[] address = new long[256];
    /** Bytes: the length allocated or freed, the new length of a resize. */
    private long[] length = new long[256];
    /** Change of the allocator's live bytes. */
    private long[] delta = new long[256];
    private int[] allocator = new int[256];
    private byte[] kind = new byte[256];
    /** For errors and leaks, the index of their title in {@code notes}; else -1. */
    private int[] note = new int[256];
    private String[] notes = new String[0];
    private int count;
    private int noteCount;
    private long calls;
    private long released;
    private int reports;
    private long end;
    private boolean finished;
    private final List<String> allocatorNames = new ArrayList<>();

    synchronized int recordedReports() { return reports; }

    synchronized void call(long serial, long at, Kind k, int alloc, long addr, long len, long change) {
        if (serial < 0) {
            // a block released with its owner's buffer: numbered apart
            if (-serial <= released) return;
            released = -serial;
        } else {
            if (serial < calls) return;
            calls = serial + 1;
        }
        add(at, k, alloc, addr, len, change, null);
    }

    synchronized void report(int ordinal, long at, Kind k, long addr, long len, String title) {
        if (ordinal < reports) return;
        reports = ordinal + 1;
        add(at, k, -1, addr, len, 0, title);
    }

    /** Events kept at most (about 170 MB); after that only errors and leaks are recorded, and the view says from where. */
    public static final int MAX_EVENTS = 4_000_000;
    private long droppedFrom = -1;

    private void add(long at, Kind k, int alloc, long addr, long len, long change, String text) {
        if (count >= MAX_EVENTS && k != Kind.ERROR && k != Kind.LEAK) {
            if (droppedFrom < 0) droppedFrom = at;
            return;
        }
        if (count == step.length) {
            int n = count * 2;
            step = Arrays.copyOf(step, n);
            address = Arrays.copyOf(address, n);
            length = Arrays.copyOf(length, n);
            delta = Arrays.copyOf(delta, n);
            allocator = Arrays.copyOf(allocator, n);
            kind = Arrays.copyOf(kind, n);
            note = Arrays.copyOf(note, n);
        }
        step[count] = at;
        address[count] = addr;
        length[count] = len;
        delta[count] = change;
        allocator[count] = alloc;
        kind[count] = (byte) k.ordinal();
        note[count] = -1;
        if (text != null) {
            if (noteCount == notes.length) notes = Arrays.copyOf(notes, Math.max(8, noteCount * 2));
            note[count] = noteCount;
            notes[noteCount++] = text;
        }
        count++;
        end = Math.max(end, at);
    }

    /** The fault or panic that ended the run, recorded the first time the run ends. */
    synchronized void fatal(long at, long addr, long len, String title) {
        if (!finished) add(at, Kind.ERROR, -1, addr, len, 0, title);
    }

    /** The furthest step the run has reached; {@code done}: the run got to its end there. */
    synchronized void reached(long at, boolean done) {
        end = Math.max(end, at);
        if (done) finished = true;
    }

    synchronized void allocatorName(int id, String name) {
        while (allocatorNames.size() <= id) allocatorNames.add("allocator #" + allocatorNames.size());
        allocatorNames.set(id, name);
    }

    public synchronized int size() { return count; }

    /** Roughly the bytes the events take. */
    public synchronized long bytes() { return 64L + step.length * 41L + notes.length * 8L; }

    /** One event, for hover texts and jumps. */
    public record Event(long step, Kind kind, int allocator, long address, long length, String note) {}

    /**
     * The picture of the run at {@code columns} columns: each allocator's live bytes (the
     * program's blocks) at the end of each column, and the notable events (errors, leaks, and
     * allocations and frees while they are few enough to show one by one).
     *
     * @param end      the last step (the run's end, or the furthest it got)
     * @param finished whether the run reached its end
     * @param series   per allocator id: live bytes at the end of each column (null for ids never used)
     * @param droppedFrom the step from which allocations and frees were no longer recorded (too many), or -1
     */
    public record View(long end, boolean finished, List<String> allocators, long[][] series, long peak, List<Event> markers, int events,
                       long droppedFrom) {
    }

    public static final int MAX_MARKERS = 2000;

    public synchronized View view(int columns) {
        int cols = Math.max(1, columns);
        int ids = 0;
        for (int i = 0; i < count; i++) ids = Math.max(ids, allocator[i] + 1);
        long[][] series = new long[ids][];
        long[] live = new long[ids];
        long peak = 0;
        int e = 0;
        long last = Math.max(1, end);
        for (int c = 0; c < cols; c++) {
            long colEnd = c == cols - 1 ? Long.MAX_VALUE : Math.round((double) (c + 1) * last / cols);
            while (e < count && step[e] < colEnd) {
                int a = allocator[e];
                if (a >= 0 && kind[e] != Kind.ERROR.ordinal() && kind[e] != Kind.LEAK.ordinal()) {
                    live[a] += delta[e];
                    if (series[a] == null) series[a] = new long[cols];
                }
                e++;
            }
            long total = 0;
            for (int a = 0; a < ids; a++) {
                if (series[a] != null) {
                    series[a][c] = Math.max(0, live[a]);
                    total += series[a][c];
                }
            }
            peak = Math.max(peak, total);
        }
        List<Event> markers = new ArrayList<>();
        boolean all = count <= MAX_MARKERS;
        for (int i = 0; i < count && markers.size() < MAX_MARKERS; i++) {
            Kind k = Kind.values()[kind[i]];
            boolean notable = k == Kind.ERROR || k == Kind.LEAK || k == Kind.MOVE;
            if (all || notable) markers.add(event(i));
        }
        return new View(end, finished, List.copyOf(allocatorNames), series, peak, List.copyOf(markers), count, droppedFrom);
    }

    private Event event(int i) {
        Kind k = Kind.values()[kind[i]];
        return new Event(step[i], k, allocator[i], address[i], length[i], note[i] < 0 ? null : notes[note[i]]);
    }

    /** Events in {@code [from, to)}, at most {@code max}. */
    public synchronized List<Event> between(long from, long to, int max) {
        int i = Arrays.binarySearch(step, 0, count, from);
        if (i < 0) i = -i - 1;
        while (i > 0 && step[i - 1] >= from) i--;
        List<Event> out = new ArrayList<>();
        for (; i < count && step[i] < to && out.size() < max; i++) out.add(event(i));
        return out;
    }
}
