package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.heaplab.session.DebuggerTest.Recorder;
import org.heaplab.trace.Snapshot;
import org.heaplab.ui.common.History;
import org.junit.jupiter.api.Test;

/**
 * The trips to a block's free and allocation land where their links say: the free ran inside
 * the statement on line 9 (at a step in the std), and the trip stops on line 10, the program's
 * first statement after it, with the block already freed; the link names that line and says
 * "just after", the same words in the Heap tab and on an error card.
 */
class JumpToFreeTest {
    static final String PROGRAM = """
            const std = @import("std");

            pub fn main() !void {
                var gpa = std.heap.DebugAllocator(.{}){};
                defer _ = gpa.deinit();
                const allocator = gpa.allocator();
                const a = try allocator.alloc(u8, 16);
                const b = try allocator.alloc(u8, 32);
                allocator.free(a);
                b[0] = 1;
                allocator.free(b);
                std.debug.print("done\\n", .{});
            }
            """;

    private static Snapshot.HeapBlock block(Snapshot s, long length) {
        return s.blocks().stream().filter(b -> b.programRequested() && b.length() == length).findFirst().orElseThrow();
    }

    @Test
    void theTripToTheFreeLandsJustAfterTheStatementThatFreedIt() throws Exception {
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(PROGRAM, r);
        try {
            d.setBreakpoints(Set.of(12));
            d.start(Debugger.Command.CONTINUE);
            Snapshot at12 = r.nextStop();
            Snapshot.HeapBlock a = block(at12, 16);
            assertThat(a.state()).isEqualTo(Snapshot.BlockState.FREED);
            assertThat(a.freeSite().line()).isEqualTo(9);
            assertThat(History.toFreeText(a)).isEqualTo("go to just after the free (line 9)");
            assertThat(History.toFreeTip(a)).contains("step " + a.freeStep()).contains("first statement after it");

            d.seekAfter(a.freeStep(), "after the free");
            Snapshot landed = r.nextStop();
            assertThat(landed.position().line()).isEqualTo(10);
            assertThat(landed.step()).isGreaterThan(a.freeStep());
            assertThat(block(landed, 16).state()).isEqualTo(Snapshot.BlockState.FREED);
            assertThat(block(landed, 32).state()).isEqualTo(Snapshot.BlockState.LIVE);

            // one step back is the statement that freed it, the block still live there
            d.send(Debugger.Command.STEP_BACK);
            Snapshot before = r.nextStop();
            assertThat(before.position().line()).isEqualTo(9);
            assertThat(before.step()).isLessThan(a.freeStep());
            assertThat(before.blocks().stream().filter(x -> x.programRequested() && x.length() == 16).map(Snapshot.HeapBlock::state))
                    .containsExactly(Snapshot.BlockState.LIVE);

            Snapshot.HeapBlock b = block(at12, 32);
            assertThat(History.toAllocationText(b)).isEqualTo("rewind to just after the allocation (line 8)");
            d.seekAfter(b.allocStep(), "after the allocation");
            Snapshot afterAlloc = r.nextStop();
            assertThat(afterAlloc.position().line()).isEqualTo(9);
            assertThat(block(afterAlloc, 32).state()).isEqualTo(Snapshot.BlockState.LIVE);
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }
}
