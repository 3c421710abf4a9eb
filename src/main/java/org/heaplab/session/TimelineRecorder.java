package org.heaplab.session;

import org.heaplab.runtime.AllocatorChain;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.Snapshot.MemoryError;

/**
 * Turns what a run does into {@link Timeline} entries: the program's own allocator calls and
 * the memory errors and leaks the debug allocator reports. Shared by the debugger (live runs)
 * and the trace recorder ({@code heaplab run --trace}), so both timelines read alike.
 */
final class TimelineRecorder {
    private TimelineRecorder() {}

    /** Records a memory error or leak in a timeline; {@code ordinal} is its report's number in the run (a replay repeats it). */
    static void record(Timeline timeline, int ordinal, MemoryError card) {
        timeline.report(ordinal, card.step(), card.kind() == Snapshot.ErrorKind.LEAK ? Timeline.Kind.LEAK : Timeline.Kind.ERROR, card.address(),
                card.size(), card.title());
    }

    /** Records a call the program made in a timeline; returns its kind, or null for calls that are not the program's own. */
    static Timeline.Kind record(Timeline timeline, AllocatorChain.Call c) {
        if (c.requester() >= 0 || !c.ok()) return null; // an allocator's own calls to its parent, or a refusal
        Timeline.Kind k;
        long change;
        long len;
        switch (c.op()) {
            case ALLOC -> {
                k = Timeline.Kind.ALLOC;
                change = c.length();
                len = c.length();
            }
            case FREE -> {
                k = Timeline.Kind.FREE;
                change = -c.length();
                len = c.length();
            }
            case RESIZE -> {
                k = Timeline.Kind.RESIZE;
                change = c.newLength() - c.length();
                len = c.newLength();
            }
            default -> {
                k = Timeline.Kind.MOVE;
                change = c.newLength() - c.length();
                len = c.newLength();
            }
        }
        timeline.call(c.serial(), c.step(), k, c.allocator(), c.address(), len, change);
        return k;
    }
}
