package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.heaplab.session.DebuggerTest.Recorder;
import org.heaplab.trace.EventBreakpoint;
import org.heaplab.trace.Snapshot;
import org.junit.jupiter.api.Test;

/** Stepping back, history links, orphaned blocks, breakpoints on allocator events, and the timeline. */
class TimeTravelTest {
    private static Snapshot.HeapBlock block(Snapshot s, long length) {
        return s.blocks().stream().filter(b -> b.programRequested() && b.length() == length).findFirst()
                .orElseThrow(() -> new AssertionError("no block of " + length + " bytes in " + s.blocks()));
    }

    @Test
    void stepBackGoesToThePreviousLineAsAStepOverWouldComeForward() throws Exception {
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(DebuggerTest.corpus("19-intlist-main-hidden-leak"), r);
        try {
            d.start(Debugger.Command.STEP_INTO);
            List<Integer> forward = new java.util.ArrayList<>();
            List<Long> steps = new java.util.ArrayList<>();
            Snapshot s = r.nextStop();
            for (int i = 0; i < 8; i++) {
                forward.add(s.position().line());
                steps.add(s.step());
                d.send(Debugger.Command.STEP_OVER);
                s = r.nextStop();
            }
            // back over each stop the step overs made, in reverse
            for (int i = forward.size() - 1; i >= 1; i--) {
                d.send(Debugger.Command.STEP_BACK);
                s = r.nextStop();
                assertThat(s.reason()).isEqualTo("stepped back");
                assertThat(s.position().line()).as("back to stop %d", i).isEqualTo(forward.get(i));
                assertThat(s.step()).isEqualTo(steps.get(i));
            }
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    static final String RUNAWAY = """
            const std = @import("std");

            fn depth(n: u64) u64 {
                var buf: [64]u8 = undefined;
                buf[0] = @intCast(n % 256);
                return depth(n + 1) + buf[0];
            }

            pub fn main() void {
                std.debug.print("{d}\\n", .{depth(0)});
            }
            """;

    @Test
    void aStackOverflowShowsItsFramesAndStepsBackAtOnce() throws Exception {
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(RUNAWAY, r);
        try {
            d.start(Debugger.Command.CONTINUE);
            Snapshot end = r.nextStop();
            assertThat(end.reason()).isEqualTo("stack overflow");
            // the innermost 200 frames and main, not an empty stack
            assertThat(end.frames()).hasSize(201);
            assertThat(end.frames().getFirst().function()).isEqualTo("depth");
            assertThat(end.frames().getLast().function()).isEqualTo("main");
            // a step back from a crash hundreds of thousands of calls deep comes back like any other (it took minutes)
            d.send(Debugger.Command.STEP_BACK);
            Snapshot back = r.nextStop();
            assertThat(back.reason()).isEqualTo("stepped back");
            assertThat(back.position().line()).isEqualTo(6);
            assertThat(back.frames().getFirst().function()).isEqualTo("depth");
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    @Test
    void stepBackFromTheEndGoesToTheLastLineThatRan() throws Exception {
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(DebuggerTest.corpus("19-intlist-main-hidden-leak"), r);
        try {
            d.start(Debugger.Command.CONTINUE);
            Snapshot end = r.nextStop();
            assertThat(end.state()).isEqualTo(Snapshot.RunState.FINISHED);
            d.send(Debugger.Command.STEP_BACK);
            Snapshot back = r.nextStop();
            assertThat(back.state()).isEqualTo(Snapshot.RunState.PAUSED);
            assertThat(back.reason()).isEqualTo("stepped back");
            // main's last line was the deferred list.deinit(), which ran deinit's free (line 32)
            assertThat(back.position().line()).isEqualTo(32);
            assertThat(back.step()).isLessThan(end.step());
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    @Test
    void theLostBlockIsOrphanedAndTheStepThatLostItIsFound() throws Exception {
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(DebuggerTest.corpus("19-intlist-main-hidden-leak"), r);
        try {
            d.setBreakpoints(Set.of(15));
            d.start(Debugger.Command.CONTINUE);
            Snapshot at15 = r.nextStop();
            assertThat(at15.position().line()).isEqualTo(15);
            Snapshot.HeapBlock first = block(at15, 32);
            Snapshot.HeapBlock current = block(at15, 128);
            assertThat(first.orphaned()).isTrue();
            assertThat(current.orphaned()).isFalse();
            // who points here: the list's items slice in main
            assertThat(current.pointedFrom()).extracting(Snapshot.Pointer::where).anySatisfy(w -> assertThat(w).contains("`list`").contains("main"));

            d.findWhereLost(first.address(), first.allocStep());
            Snapshot lost = r.nextStop();
            assertThat(lost.reason()).contains("last pointer").contains(Long.toHexString(first.address()));
            // `self.items = larger;` (line 44) dropped it; the run stands at the next statement
            assertThat(lost.position().line()).isEqualTo(47);
            assertThat(block(lost, 32).orphaned()).isTrue();
            d.send(Debugger.Command.STEP_BACK);
            Snapshot before = r.nextStop();
            assertThat(before.position().line()).isEqualTo(44);
            assertThat(block(before, 32).orphaned()).isFalse();

            // rewind to the allocation of the current buffer: just after line 40 allocated it
            d.seekAfter(current.allocStep(), "after the allocation");
            Snapshot afterAlloc = r.nextStop();
            assertThat(afterAlloc.position().line()).isEqualTo(42);
            assertThat(afterAlloc.blocks()).anySatisfy(b -> assertThat(b.address()).isEqualTo(current.address()));
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    @Test
    void breakpointsOnAllocatorEvents() throws Exception {
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(DebuggerTest.corpus("19-intlist-main-hidden-leak"), r);
        try {
            d.setEventBreakpoints(List.of(EventBreakpoint.nthAllocation(2)));
            d.start(Debugger.Command.CONTINUE);
            Snapshot second = r.nextStop();
            assertThat(second.reason()).isEqualTo("breakpoint: allocation number 2");
            assertThat(second.position().line()).isEqualTo(42); // the statement after the allocation
            assertThat(second.blocks().stream().filter(Snapshot.HeapBlock::programRequested).count()).isEqualTo(2);

            d.setEventBreakpoints(List.of(EventBreakpoint.allocationOfAtLeast(100)));
            d.send(Debugger.Command.CONTINUE);
            Snapshot big = r.nextStop();
            assertThat(big.reason()).contains("an allocation of 128 bytes");

        } finally {
            d.send(Debugger.Command.STOP);
        }
        var r2 = new Recorder();
        Debugger d2 = DebuggerTest.debugger(DebuggerTest.corpus("49-good-beginner-pattern"), r2);
        try {
            d2.start(Debugger.Command.STEP_INTO);
            Snapshot s = r2.nextStop();
            while (s.state() == Snapshot.RunState.PAUSED && s.blocks().stream().noneMatch(Snapshot.HeapBlock::programRequested)) {
                d2.send(Debugger.Command.STEP_OVER);
                s = r2.nextStop();
            }
            Snapshot.HeapBlock b = s.blocks().stream().filter(Snapshot.HeapBlock::programRequested).findFirst().orElseThrow();
            d2.setEventBreakpoints(List.of(EventBreakpoint.freeOf(b.address())));
            d2.send(Debugger.Command.CONTINUE);
            Snapshot freed = r2.nextStop();
            assertThat(freed.reason()).isEqualTo("breakpoint: free of the block at 0x" + Long.toHexString(b.address()));
            assertThat(freed.blocks()).anySatisfy(x -> {
                assertThat(x.address()).isEqualTo(b.address());
                assertThat(x.state()).isEqualTo(Snapshot.BlockState.FREED);
            });
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    @Test
    void anyMemoryErrorAndTheTimeline() throws Exception {
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(DebuggerTest.corpus("13-alloclower-isspecial-leak"), r);
        try {
            d.setStopOnErrors(false);
            d.setEventBreakpoints(List.of(EventBreakpoint.anyMemoryError()));
            d.start(Debugger.Command.CONTINUE);
            Snapshot leak = r.nextStop();
            assertThat(leak.stoppedOn()).isNotNull();
            assertThat(leak.stoppedOn().kind()).isEqualTo(Snapshot.ErrorKind.LEAK);
            d.setEventBreakpoints(List.of());
            d.send(Debugger.Command.CONTINUE);
            Snapshot end = r.nextStop();
            assertThat(end.state()).isEqualTo(Snapshot.RunState.FINISHED);
            Timeline.View v = d.timeline().view(100);
            assertThat(v.finished()).isTrue();
            assertThat(v.end()).isEqualTo(end.step());
            assertThat(v.markers()).extracting(Timeline.Event::kind).contains(Timeline.Kind.ALLOC, Timeline.Kind.LEAK);
            // going back does not record the same events twice
            int events = v.events();
            d.seek(2);
            r.nextStop();
            d.send(Debugger.Command.CONTINUE);
            r.nextStop();
            assertThat(d.timeline().view(100).events()).isEqualTo(events);
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    @Test
    void aLongRunThinsItsCheckpointsToStayWithinItsBudgetAndStillTravels() throws Exception {
        String loop = """
                const std = @import("std");
                pub fn main() void {
                    var i: u64 = 0;
                    var sum: u64 = 0;
                    while (i < 300_000) : (i += 1) {
                        sum +%= i;
                    }
                    std.debug.print("{d}\\n", .{sum});
                }
                """;
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(loop, r);
        try {
            d.setMinCheckpointInterval(100);
            d.setHistoryBudget(64 * 1024);
            d.start(Debugger.Command.CONTINUE);
            Snapshot end = r.nextStop();
            assertThat(end.state()).isEqualTo(Snapshot.RunState.FINISHED);
            Debugger.Stats st = d.stats();
            assertThat(st.thinned()).isPositive();
            assertThat(st.checkpointBytes()).isLessThanOrEqualTo(64 * 1024);
            // still any step: the same snapshot whichever way it is reached
            d.seek(123_457);
            Snapshot a = r.nextStop();
            d.seek(500);
            r.nextStop();
            d.seek(123_457);
            Snapshot b = r.nextStop();
            assertThat(a.step()).isEqualTo(123_457);
            assertThat(TimeTravelConformanceTest.canonical(b)).isEqualTo(TimeTravelConformanceTest.canonical(a));
            assertThat(a.top().locals()).anySatisfy(l -> assertThat(l.name()).isEqualTo("i"));
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    @Test
    void aResizeThatMovesABlockStopsTheRun() throws Exception {
        String program = """
                const std = @import("std");

                pub fn main() !void {
                    const a = std.heap.page_allocator;
                    var buf = try a.alloc(u8, 100);
                    const other = try a.alloc(u8, 100);
                    defer a.free(other);
                    buf = try a.realloc(buf, 10000);
                    defer a.free(buf);
                    std.debug.print("{d}\\n", .{buf.len});
                }
                """;
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(program, r);
        try {
            d.setEventBreakpoints(List.of(EventBreakpoint.movingResize()));
            d.start(Debugger.Command.CONTINUE);
            Snapshot moved = r.nextStop();
            assertThat(moved.reason()).startsWith("breakpoint: a resize moved a block to 0x");
            assertThat(moved.position().line()).isEqualTo(10); // after `buf = try a.realloc(buf, 10000);`
            assertThat(d.timeline().view(10).markers()).extracting(Timeline.Event::kind).contains(Timeline.Kind.MOVE);
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }
}
