package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.heaplab.runtime.LimitExceeded;
import org.heaplab.runtime.Runner;
import org.heaplab.scenario.Target;
import org.heaplab.session.DebuggerTest.Recorder;
import org.heaplab.trace.EventBreakpoint;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.StopReason;
import org.junit.jupiter.api.Test;

/** Each kind of stop reason, in the snapshot of the stop that makes it, with its words. */
class StopReasonsTest {
    private static final String PROGRAM = """
            const std = @import("std");

            fn make(a: std.mem.Allocator, n: usize) ![]u8 {
                const b = try a.alloc(u8, n);
                return b;
            }

            pub fn main() !void {
                var gpa = std.heap.GeneralPurposeAllocator(.{}){};
                const a = gpa.allocator();
                const x = try make(a, 16);
                const y = try make(a, 200);
                const z = try make(a, 16);
                const p = std.heap.page_allocator;
                var buf = try p.alloc(u8, 100);
                const other = try p.alloc(u8, 100);
                buf = try p.realloc(buf, 10000);
                p.free(other);
                p.free(buf);
                a.free(y);
                a.free(x);
                a.free(x);
                a.free(z);
                _ = gpa.deinit();
                std.debug.print("done\\n", .{});
            }
            """;

    @Test
    void eachStopSaysWhyInItsKind() throws Exception {
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(PROGRAM, r);
        try {
            d.start(Debugger.Command.STEP_INTO);
            Snapshot first = r.nextStop();
            assertThat(first.stop()).isEqualTo(new StopReason.Step(false));
            assertThat(first.reason()).isEqualTo("step");

            d.setBreakpoints(Set.of(4));
            d.send(Debugger.Command.CONTINUE);
            Snapshot bp = r.nextStop();
            assertThat(bp.stop()).isEqualTo(new StopReason.Breakpoint(4));
            assertThat(bp.reason()).isEqualTo("breakpoint");

            d.setBreakpoints(Set.of());
            d.send(Debugger.Command.STEP_OUT);
            Snapshot out = r.nextStop();
            assertThat(out.stop()).isEqualTo(new StopReason.Step(true));
            assertThat(out.reason()).isEqualTo("step out");

            d.setEventBreakpoints(List.of(EventBreakpoint.nthAllocation(2)));
            d.send(Debugger.Command.CONTINUE);
            Snapshot second = r.nextStop();
            assertThat(second.stop()).isInstanceOfSatisfying(StopReason.Event.class, e -> {
                assertThat(e.breakpoint()).isEqualTo(new EventBreakpoint.NthAllocation(2));
                assertThat(e.bytes()).isEqualTo(200);
            });
            assertThat(second.reason()).isEqualTo("breakpoint: allocation number 2");

            d.setEventBreakpoints(List.of(EventBreakpoint.movingResize()));
            d.send(Debugger.Command.CONTINUE);
            Snapshot moved = r.nextStop();
            assertThat(moved.stop()).isInstanceOfSatisfying(StopReason.Event.class,
                    e -> assertThat(e.breakpoint()).isEqualTo(new EventBreakpoint.MovingResize()));
            assertThat(moved.reason()).startsWith("breakpoint: a resize moved a block to 0x");
            assertThat(moved.position().line()).isEqualTo(18);

            d.setEventBreakpoints(List.of());
            d.runToLine(20);
            Snapshot to = r.nextStop();
            assertThat(to.stop()).isEqualTo(new StopReason.RunToLine(20));
            assertThat(to.reason()).isEqualTo("run to cursor");

            d.send(Debugger.Command.CONTINUE);
            Snapshot error = r.nextStop();
            assertThat(error.stop()).isEqualTo(new StopReason.MemoryError(Snapshot.ErrorKind.DOUBLE_FREE, "Double free"));
            assertThat(error.reason()).isEqualTo("double free");
            assertThat(error.stoppedOn().kind()).isEqualTo(Snapshot.ErrorKind.DOUBLE_FREE);

            d.seek(3);
            Snapshot back = r.nextStop();
            assertThat(back.stop()).isEqualTo(new StopReason.Travel("jumped to step 3"));
            assertThat(back.step()).isEqualTo(3);

            d.setStopOnErrors(false);
            d.send(Debugger.Command.CONTINUE);
            Snapshot end = r.nextStop();
            assertThat(end.stop()).isEqualTo(new StopReason.Finished(StopReason.Ending.EXITED, 0, null));
            assertThat(end.reason()).isEqualTo("exited with status 0");
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    @Test
    void aFailedAllocationStopsAsItsBreakpointAndIsNoAllocationOfAtLeast() throws Exception {
        var r = new Recorder();
        String program = """
                const std = @import("std");

                pub fn main() void {
                    const a = std.heap.page_allocator;
                    const big = a.alloc(u8, 4096) catch {
                        std.debug.print("no memory\\n", .{});
                        return;
                    };
                    a.free(big);
                }
                """;
        RunSettings settings = RunSettings.defaults().withFailures(1, 0, false, "root");
        Debugger d = Debugger.prepare("main.zig", program, Session.Mode.RUN, settings, r);
        try {
            var big = new Target.AllocationOfAtLeast(100);
            d.setEventBreakpoints(List.of(EventBreakpoint.failedAllocation(), big.breakpoint()));
            d.start(Debugger.Command.CONTINUE);
            Snapshot failed = r.nextStop();
            assertThat(failed.stop()).isInstanceOfSatisfying(StopReason.Event.class,
                    e -> assertThat(e.breakpoint()).isEqualTo(new EventBreakpoint.FailedAllocation()));
            assertThat(failed.reason()).isEqualTo("breakpoint: an allocation of 4096 bytes failed (it returned null: error.OutOfMemory)");
            assertThat(failed.position().line()).isEqualTo(6);
            // its words begin as an allocation of at least N bytes does, but it is not one
            assertThat(failed.reason()).startsWith("breakpoint: an allocation of ");
            assertThat(big.reachedBy(failed)).isFalse();
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    @Test
    void theRunsEndsAreTyped() throws Exception {
        var r = new Recorder();
        Debugger broken = Debugger.prepare("main.zig", "pub fn main() void {\n    x = 1;\n}\n", Session.Mode.RUN, RunSettings.defaults(), r);
        broken.start(Debugger.Command.CONTINUE);
        Snapshot none = r.nextStop();
        assertThat(none.stop()).isEqualTo(new StopReason.Finished(StopReason.Ending.DID_NOT_COMPILE, 1, null));
        assertThat(none.reason()).isEqualTo("did not compile");

        var r2 = new Recorder();
        String loop = "pub fn main() void {\n    var i: u64 = 0;\n    while (true) {\n        i +%= 1;\n    }\n}\n";
        RunSettings d0 = RunSettings.defaults();
        var thousand = new RunSettings(d0.stackBytes(), d0.memoryBytes(), 1000, d0.maxMillis(), d0.maxOutputBytes());
        Debugger limited = Debugger.prepare("main.zig", loop, Session.Mode.RUN, thousand, r2);
        limited.start(Debugger.Command.CONTINUE);
        Snapshot end = r2.nextStop();
        assertThat(end.stop()).isInstanceOfSatisfying(StopReason.Finished.class, f -> assertThat(f.ending()).isEqualTo(StopReason.Ending.LIMIT));
        assertThat(end.reason()).isEqualTo("stopped: it ran more than 1000 statements");
        limited.send(Debugger.Command.STOP);

        var r3 = new Recorder();
        Debugger erring = DebuggerTest.debugger("pub fn main() !void {\n    return error.Nope;\n}\n", r3);
        erring.start(Debugger.Command.CONTINUE);
        Snapshot err = r3.nextStop();
        assertThat(err.stop()).isEqualTo(new StopReason.Finished(StopReason.Ending.ERROR_RETURNED, 1, "Nope"));
        assertThat(err.reason()).isEqualTo("main returned error.Nope");
        erring.send(Debugger.Command.STOP);
    }

    @Test
    void aLimitsKindDecidesItsAdviceNotItsWords() {
        var steps = new Session.Outcome(null, new Runner.Result(Runner.Ending.LIMIT, 124, "it ran more than 1000 statements", 0, null,
                LimitExceeded.Limit.STEPS, null), 124);
        assertThat(steps.limitAdvice()).isEqualTo("Raise the limit with --max-steps.");
        assertThat(steps.stopReason()).isEqualTo(new StopReason.Finished(StopReason.Ending.LIMIT, 124, "it ran more than 1000 statements"));
        // a bound of Heap Lab's own, which no setting raises: no advice (and the window sends no one to its settings)
        String words = "it formatted a text of more than 256 MiB at once (Heap Lab's limit for one format)";
        var fixed = new Session.Outcome(null, new Runner.Result(Runner.Ending.LIMIT, 124, words, 0, null, LimitExceeded.Limit.FIXED, null), 124);
        assertThat(fixed.limitAdvice()).isEmpty();
        assertThat(fixed.stopReason()).isEqualTo(new StopReason.Finished(StopReason.Ending.FIXED_LIMIT, 124, words));
        assertThat(fixed.stopReason().text()).isEqualTo("stopped: " + words);
        // the learner's stop is no limit
        var stopped = new Session.Outcome(null, new Runner.Result(Runner.Ending.LIMIT, 124, "stopped on request", 0, null,
                LimitExceeded.Limit.STOPPED, null), 124);
        assertThat(stopped.limitAdvice()).isEmpty();
        assertThat(stopped.stopReason().ending()).isEqualTo(StopReason.Ending.STOPPED);
    }
}
