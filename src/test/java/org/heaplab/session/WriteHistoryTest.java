package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.heaplab.session.DebuggerTest.Recorder;
import org.heaplab.trace.Snapshot;
import org.junit.jupiter.api.Test;

/** The write history's queries on small programs: last and next writes, origins, block lives, replays, the budget. */
class WriteHistoryTest {
    static Snapshot.Local local(Snapshot s, String name) {
        return s.top().locals().stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no local " + name + " in " + s.top().locals()));
    }

    static final String LOOP = """
            pub fn main() void {
                var total: u64 = 0;
                var i: u64 = 0;
                while (i < 5) : (i += 1) {
                    total += i * 2;
                }
                const p = &total;
                p.* += 1;
            }
            """;

    @Test
    void theLastWriteOfALocalWrittenInALoopIsItsLastIteration() throws Exception {
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(LOOP, r);
        try {
            d.setBreakpoints(Set.of(7));
            d.start(Debugger.Command.CONTINUE);
            Snapshot s = r.nextStop();
            var total = local(s, "total");
            Write w = d.history().lastWrite(total.address(), total.size(), s.step()).orElseThrow();
            assertThat(w.line()).isEqualTo(5);
            assertThat(w.file()).isEqualTo("main.zig");
            assertThat(w.writer()).isEqualTo(Writer.PROGRAM);
            assertThat(w.lineText()).isEqualTo("total += i * 2;");
            assertThat(w.describe()).isEqualTo("main.zig:5 (in main) wrote 8 bytes at step " + w.step());
            Write before = d.history().lastWrite(total.address(), total.size(), w.step()).orElseThrow();
            assertThat(before.line()).isEqualTo(5);
            assertThat(before.step()).isLessThan(w.step());
            Write first = d.history().nextWrite(total.address(), total.size(), 0).orElseThrow();
            assertThat(first.line()).isEqualTo(2);
            // not run yet
            assertThat(d.history().nextWrite(total.address(), total.size(), s.step())).isEmpty();
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }
}
