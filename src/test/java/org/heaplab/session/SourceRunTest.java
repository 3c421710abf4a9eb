package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.heaplab.session.DebuggerTest.Recorder;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.SourceRun;
import org.junit.jupiter.api.Test;

/** The run on the source in the snapshot: hit counts that travel with the run, loop iterations, inline values. */
class SourceRunTest {
    static final String LOOPS = SourceRunTestPrograms.LOOPS;


    @Test
    void hitCountsCountEachLineAndTravelBackWithTheRun() throws Exception {
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(LOOPS, r);
        try {
            d.setMinCheckpointInterval(1);
            d.setBreakpoints(Set.of(13));
            d.start(Debugger.Command.CONTINUE);
            Snapshot at13 = r.nextStop();
            assertThat(at13.position().line()).isEqualTo(13);
            SourceRun run = at13.source();
            assertThat(run.hitsAt("main.zig", 4)).isEqualTo(1);
            assertThat(run.hitsAt("main.zig", 7)).isEqualTo(5);
            assertThat(run.hitsAt("main.zig", 11)).isEqualTo(4);
            // the while line: its test ran once more than the body
            assertThat(run.hitsAt("main.zig", 10)).isEqualTo(5);
            // the paused line has not run yet
            assertThat(run.hitsAt("main.zig", 13)).isZero();

            // back to an earlier step: the counts are those of the first time the run was there
            d.seek(at13.step() - 6);
            Snapshot back = r.nextStop();
            assertThat(back.step()).isEqualTo(at13.step() - 6);
            assertThat(back.source().hitsAt("main.zig", 11)).isLessThan(4);
            assertThat(back.source().hitsAt("main.zig", 7)).isEqualTo(5);
            var forward = new java.util.HashMap<Long, SourceRun>();
            d.seek(1);
            Snapshot s = r.nextStop();
            while (s.step() < at13.step()) {
                forward.put(s.step(), s.source());
                d.send(Debugger.Command.STEP_INTO);
                s = r.nextStop();
            }
            assertThat(forward.get(back.step()).hits()).isEqualTo(back.source().hits());
            assertThat(s.step()).isEqualTo(at13.step());
            assertThat(s.source().hits()).isEqualTo(run.hits());
            // at the end every line has run
            d.send(Debugger.Command.CONTINUE);
            Snapshot end = r.nextStop();
            assertThat(end.state()).isEqualTo(Snapshot.RunState.FINISHED);
            assertThat(end.source().hitsAt("main.zig", 13)).isEqualTo(1);
            assertThat(end.source().loops()).isEmpty();
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    @Test
    void aPauseInALoopKnowsItsIterationAndTheAssignedValues() throws Exception {
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(LOOPS, r);
        try {
            d.setBreakpoints(Set.of(7));
            d.start(Debugger.Command.CONTINUE);
            Snapshot first = r.nextStop();
            assertThat(first.source().innermostLoop().text()).isEqualTo("iteration 1 of 5");
            assertThat(first.source().innermostLoop().line()).isEqualTo(6);
            d.send(Debugger.Command.CONTINUE);
            d.send(Debugger.Command.CONTINUE);
            r.nextStop();
            Snapshot third = r.nextStop();
            assertThat(third.source().innermostLoop().text()).isEqualTo("iteration 3 of 5");
            // sum was assigned on lines 5 and 7 (4 + 5 so far); item is captured on line 6
            assertThat(third.source().inline()).containsEntry(5, "sum = 9").containsEntry(7, "sum = 9");
            assertThat(third.source().inline().get(6)).contains("item = 6");
            assertThat(third.source().inline()).doesNotContainKey(13);

            d.setBreakpoints(Set.of(11));
            d.send(Debugger.Command.CONTINUE);
            Snapshot w1 = r.nextStop();
            assertThat(w1.position().line()).isEqualTo(11);
            assertThat(w1.source().innermostLoop().text()).isEqualTo("iteration 1");
            d.send(Debugger.Command.CONTINUE);
            Snapshot w2 = r.nextStop();
            assertThat(w2.source().innermostLoop().text()).isEqualTo("iteration 2");
            assertThat(w2.source().inline()).containsEntry(9, "i = 1").containsEntry(10, "i = 1");
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    @Test
    void aWhileInAFunctionCalledTwiceIsNotGuessed() throws Exception {
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger("""
                fn count(n: u32) u32 {
                    var i: u32 = 0;
                    while (i < n) {
                        i += 1;
                    }
                    return i;
                }

                pub fn main() void {
                    _ = count(3);
                    _ = count(3);
                }
                """, r);
        try {
            d.setBreakpoints(Set.of(4));
            d.start(Debugger.Command.CONTINUE);
            assertThat(r.nextStop().source().innermostLoop().text()).isEqualTo("iteration 1");
            for (int k = 0; k < 3; k++) {
                d.send(Debugger.Command.CONTINUE);
                Snapshot s = r.nextStop();
                if (k == 2) assertThat(s.source().loops()).as("second call").isEmpty();
            }
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    @Test
    void assignmentsAreTold() {
        assertThat(org.heaplab.trace.SourceRunReaderAccess.assigns("    var sum: u32 = 0;", "sum")).isTrue();
        assertThat(org.heaplab.trace.SourceRunReaderAccess.assigns("    sum += item;", "sum")).isTrue();
        assertThat(org.heaplab.trace.SourceRunReaderAccess.assigns("    sum +%= item;", "sum")).isTrue();
        assertThat(org.heaplab.trace.SourceRunReaderAccess.assigns("    if (sum == 3) {", "sum")).isFalse();
        assertThat(org.heaplab.trace.SourceRunReaderAccess.assigns("    list.sum = 3;", "sum")).isFalse();
        assertThat(org.heaplab.trace.SourceRunReaderAccess.assigns("    for (items) |item| {", "item")).isTrue();
        assertThat(org.heaplab.trace.SourceRunReaderAccess.assigns("    x = a | item | b;", "item")).isFalse();
    }
}
