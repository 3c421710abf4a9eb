package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.heaplab.session.DebuggerTest.Recorder;
import org.heaplab.trace.Snapshot;
import org.junit.jupiter.api.Test;

/** Watchpoints forward and backward, and going to a write, on the debugger. */
class WatchpointTest {
    static final String PROGRAM = """
            const std = @import("std");

            fn bump(x: *u64) void {
                x.* += 10;
            }

            pub fn main() void {
                var total: u64 = 1;
                var other: u64 = 0;
                total += 1;
                other += 1;
                bump(&total);
                other += total;
                total = 0;
                std.debug.print("{d} {d}\\n", .{ total, other });
            }
            """;

    private static Snapshot.Local local(Snapshot s, String name) {
        return s.frames().getLast().locals().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aWriteToAWatchedRangePausesAtTheNextStatementOfTheUsersCode() throws Exception {
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(PROGRAM, r);
        try {
            d.setBreakpoints(Set.of(9));
            d.start(Debugger.Command.CONTINUE);
            Snapshot s = r.nextStop();
            var total = local(s, "total");
            d.setBreakpoints(Set.of());
            d.setWatchpoints(List.of(new Watchpoint(total.address(), total.size(), "total")));
            d.send(Debugger.Command.CONTINUE);
            Snapshot w1 = r.nextStop();
            assertThat(w1.reason()).isEqualTo("watchpoint: total written by main.zig:10");
            assertThat(w1.position().line()).isEqualTo(11);
            assertThat(local(w1, "total").value()).isEqualTo("2");
            // written by a function's last statement: the stop is at the next statement of the user's code, back in main
            d.send(Debugger.Command.CONTINUE);
            Snapshot w2 = r.nextStop();
            assertThat(w2.reason()).isEqualTo("watchpoint: total written by main.zig:4");
            assertThat(w2.position().line()).isEqualTo(13);
            assertThat(local(w2, "total").value()).isEqualTo("12");
            d.send(Debugger.Command.CONTINUE);
            Snapshot w3 = r.nextStop();
            assertThat(w3.reason()).isEqualTo("watchpoint: total written by main.zig:14");
            assertThat(w3.position().line()).isEqualTo(15);
            d.send(Debugger.Command.CONTINUE);
            assertThat(r.nextStop().state()).isEqualTo(Snapshot.RunState.FINISHED);
            // through a replay too: back to the start, and forward again
            d.seek(1);
            assertThat(r.nextStop().position().line()).isEqualTo(8);
            d.send(Debugger.Command.CONTINUE);
            assertThat(r.nextStop().reason()).isEqualTo("watchpoint: total written by main.zig:8");
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    @Test
    void reverseContinueFromAWatchpointStopGoesToTheWriteBeforeTheOneItStoppedFor() throws Exception {
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(PROGRAM, r);
        try {
            d.setBreakpoints(Set.of(9));
            d.start(Debugger.Command.CONTINUE);
            var total = local(r.nextStop(), "total");
            d.setBreakpoints(Set.of());
            d.setWatchpoints(List.of(new Watchpoint(total.address(), total.size(), "total")));
            d.send(Debugger.Command.CONTINUE);
            assertThat(r.nextStop().reason()).isEqualTo("watchpoint: total written by main.zig:10");
            d.send(Debugger.Command.CONTINUE);
            assertThat(r.nextStop().reason()).isEqualTo("watchpoint: total written by main.zig:4");
            // back from the stop line 4's write made: to just after the write before it (line 10's), not to here again
            d.reverseContinue();
            Snapshot back = r.nextStop();
            assertThat(back.reason()).isEqualTo("watchpoint: total written by main.zig:10");
            assertThat(back.position().line()).isEqualTo(11);
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    @Test
    void reverseContinueGoesBackWriteByWriteLandingJustAfterEach() throws Exception {
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(PROGRAM, r);
        try {
            d.setBreakpoints(Set.of(15));
            d.start(Debugger.Command.CONTINUE);
            Snapshot s = r.nextStop();
            var total = local(s, "total");
            d.setBreakpoints(Set.of());
            d.setWatchpoints(List.of(new Watchpoint(total.address(), total.size(), "total")));
            d.reverseContinue();
            Snapshot b1 = r.nextStop();
            assertThat(b1.reason()).isEqualTo("watchpoint: total written by main.zig:14");
            assertThat(b1.position().line()).isEqualTo(15);
            assertThat(local(b1, "total").value()).isEqualTo("0");
            d.reverseContinue();
            Snapshot b2 = r.nextStop();
            assertThat(b2.reason()).isEqualTo("watchpoint: total written by main.zig:4");
            assertThat(b2.position().line()).isEqualTo(13);
            d.reverseContinue();
            Snapshot b3 = r.nextStop();
            assertThat(b3.reason()).isEqualTo("watchpoint: total written by main.zig:10");
            assertThat(b3.position().line()).isEqualTo(11);
            assertThat(local(b3, "total").value()).isEqualTo("2");
            d.reverseContinue();
            assertThat(r.nextStop().reason()).isEqualTo("watchpoint: total written by main.zig:8");
            d.reverseContinue();
            Snapshot none = r.nextStop();
            assertThat(none.reason()).isEqualTo("nothing wrote it before");
            assertThat(none.position().line()).isEqualTo(9);
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    @Test
    void reverseContinueStopsAtTheLaterOfThePreviousWriteAndThePreviousBreakpointHit() throws Exception {
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(PROGRAM, r);
        try {
            d.setMinCheckpointInterval(2);
            d.setBreakpoints(Set.of(15));
            d.start(Debugger.Command.CONTINUE);
            Snapshot s = r.nextStop();
            var total = local(s, "total");
            d.setBreakpoints(Set.of(12));
            d.setWatchpoints(List.of(new Watchpoint(total.address(), total.size(), "total")));
            d.reverseContinue();
            assertThat(r.nextStop().reason()).isEqualTo("watchpoint: total written by main.zig:14");
            d.reverseContinue();
            assertThat(r.nextStop().reason()).isEqualTo("watchpoint: total written by main.zig:4");
            d.reverseContinue();
            Snapshot hit = r.nextStop();
            assertThat(hit.reason()).isEqualTo("breakpoint");
            assertThat(hit.position().line()).isEqualTo(12);
            d.reverseContinue();
            Snapshot w = r.nextStop();
            assertThat(w.reason()).isEqualTo("watchpoint: total written by main.zig:10");
            assertThat(w.position().line()).isEqualTo(11);
            // breakpoints alone: back to the hit, then nothing before it
            d.setWatchpoints(List.of());
            d.send(Debugger.Command.CONTINUE);
            assertThat(r.nextStop().position().line()).isEqualTo(12);
            d.send(Debugger.Command.STEP_OVER);
            assertThat(r.nextStop().position().line()).isEqualTo(13);
            d.reverseContinue();
            Snapshot back = r.nextStop();
            assertThat(back.reason()).isEqualTo("breakpoint");
            assertThat(back.position().line()).isEqualTo(12);
            d.reverseContinue();
            Snapshot none = r.nextStop();
            assertThat(none.reason()).isEqualTo("no breakpoint or watched write before");
            assertThat(none.step()).isEqualTo(back.step());
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    @Test
    void reverseContinueFromTheEndOfTheRun() throws Exception {
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(PROGRAM, r);
        try {
            d.setBreakpoints(Set.of(15));
            d.start(Debugger.Command.CONTINUE);
            var total = local(r.nextStop(), "total");
            d.setBreakpoints(Set.of());
            d.send(Debugger.Command.CONTINUE);
            assertThat(r.nextStop().state()).isEqualTo(Snapshot.RunState.FINISHED);
            d.setWatchpoints(List.of(new Watchpoint(total.address(), total.size(), "total")));
            d.reverseContinue();
            Snapshot back = r.nextStop();
            assertThat(back.reason()).isEqualTo("watchpoint: total written by main.zig:14");
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    @Test
    void goToWriteLandsJustAfterTheWrite() throws Exception {
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(PROGRAM, r);
        try {
            d.setBreakpoints(Set.of(15));
            d.start(Debugger.Command.CONTINUE);
            Snapshot s = r.nextStop();
            var other = local(s, "other");
            Write w = d.history().lastWrite(other.address(), other.size(), s.step()).orElseThrow();
            assertThat(w.line()).isEqualTo(13);
            d.goToWrite(w);
            Snapshot at = r.nextStop();
            assertThat(at.reason()).isEqualTo("main.zig:13 wrote 8 bytes at 0x" + Long.toHexString(other.address()));
            assertThat(at.step()).isEqualTo(w.step() + 1);
            assertThat(at.position().line()).isEqualTo(14);
            assertThat(local(at, "other").value()).isEqualTo("13");
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }
}
