package org.heaplab.scenario;

import org.heaplab.trace.EventBreakpoint;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.StopReason;

/** Where a {@link Step.RunTo} takes the run. */
public sealed interface Target {
    /** As the walkthrough says it ("line 12", "allocation number 2"). */
    String describe();

    /** The event breakpoint that stops there, or null (lines and the end need none). */
    default EventBreakpoint breakpoint() { return null; }

    /** Whether a stop of the run is this target. */
    boolean reachedBy(Snapshot s);

    /** Whether {@code s} is a pause that the event breakpoint {@code b} made. */
    static boolean stoppedBy(Snapshot s, EventBreakpoint b) {
        return s.state() == Snapshot.RunState.PAUSED && s.stop() instanceof StopReason.Event e && e.breakpoint().equals(b);
    }

    /** The program's line {@code line}, about to run. */
    record Line(int line) implements Target {
        public String describe() { return "line " + line; }

        public boolean reachedBy(Snapshot s) {
            return s.state() == Snapshot.RunState.PAUSED && s.position() != null && s.position().line() == line;
        }
    }

    /** Just after the program's {@code n}th allocation of the run. */
    record Allocation(long n) implements Target {
        public String describe() { return "allocation number " + n; }

        public EventBreakpoint breakpoint() { return EventBreakpoint.nthAllocation(n); }

        public boolean reachedBy(Snapshot s) {
            return Target.stoppedBy(s, breakpoint());
        }
    }

    /** Just after the first allocation of at least {@code bytes} bytes. */
    record AllocationOfAtLeast(long bytes) implements Target {
        public String describe() { return "an allocation of at least " + bytes + " bytes"; }

        public EventBreakpoint breakpoint() { return EventBreakpoint.allocationOfAtLeast(bytes); }

        public boolean reachedBy(Snapshot s) {
            return Target.stoppedBy(s, breakpoint());
        }
    }

    /** Just after a resize moved a block. */
    record MovingResize() implements Target {
        public String describe() { return "a resize that moves a block"; }

        public EventBreakpoint breakpoint() { return EventBreakpoint.movingResize(); }

        public boolean reachedBy(Snapshot s) {
            return Target.stoppedBy(s, breakpoint());
        }
    }

    /** The first memory error: the run pauses at a double free or a wrong-size free, and ends at a fault. */
    record MemoryError() implements Target {
        public String describe() { return "the first memory error"; }

        public boolean reachedBy(Snapshot s) {
            return s.stoppedOn() != null && s.stoppedOn().kind() != Snapshot.ErrorKind.LEAK;
        }
    }

    /** The end of the run (memory errors that pause it on the way are passed). */
    record End() implements Target {
        public String describe() { return "the end of the run"; }

        public boolean reachedBy(Snapshot s) { return s.state() == Snapshot.RunState.FINISHED; }
    }
}
