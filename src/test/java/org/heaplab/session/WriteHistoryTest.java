package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    static String program(String name) throws Exception {
        return Files.readString(Path.of("src/test/resources/history", name));
    }

    /** Runs to a breakpoint on {@code line} and hands the paused debugger and its snapshot to {@code body}. */
    static void at(String text, int line, Body body) throws Exception {
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(text, r);
        try {
            d.setBreakpoints(Set.of(line));
            d.start(Debugger.Command.CONTINUE);
            Snapshot s = r.nextStop();
            assertThat(s.position().line()).isEqualTo(line);
            body.run(d, s, r);
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    interface Body {
        void run(Debugger d, Snapshot s, Recorder r) throws Exception;
    }

    /** Every write to a range, oldest first, walking nextWrite. */
    static List<Write> allWrites(WriteHistory h, long address, long length) {
        List<Write> out = new ArrayList<>();
        long after = 0;
        for (var w = h.nextWrite(address, length, after); w.isPresent(); w = h.nextWrite(address, length, after)) {
            out.add(w.get());
            after = w.get().step();
        }
        return out;
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
        at(LOOP, 7, (d, s, r) -> {
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
            assertThat(allWrites(d.history(), total.address(), total.size())).extracting(Write::line).containsExactly(2, 5, 5, 5, 5, 5);
            // not run yet
            assertThat(d.history().nextWrite(total.address(), total.size(), s.step())).isEmpty();
        });
    }

    @Test
    void aLocalThatLivesInARegisterIsWrittenAtItsSlot() throws Exception {
        at(LOOP, 7, (d, s, r) -> {
            // the loop counter is never addressed: it lives in a register, and the history sees it change
            var i = local(s, "i");
            assertThat(i.value()).isEqualTo("5");
            List<Write> writes = allWrites(d.history(), i.address(), i.size());
            assertThat(writes).extracting(Write::line).containsExactly(3, 4, 4, 4, 4, 4);
            assertThat(writes.getLast().lineText()).isEqualTo("while (i < 5) : (i += 1) {");
        });
    }

    static final String FIELDS = """
            const Point = struct { x: i64, y: i64 };

            pub fn main() void {
                var p = Point{ .x = 1, .y = 2 };
                p.y = 5;
                p.x += p.y;
                const q = &p;
                _ = q;
            }
            """;

    @Test
    void aStructFieldHasItsOwnLastWrite() throws Exception {
        at(FIELDS, 7, (d, s, r) -> {
            var p = local(s, "p");
            var y = p.parts().stream().filter(f -> f.name().equals(".y")).findFirst().orElseThrow();
            var x = p.parts().stream().filter(f -> f.name().equals(".x")).findFirst().orElseThrow();
            assertThat(d.history().lastWrite(y.address(), y.size(), s.step()).orElseThrow().line()).isEqualTo(5);
            assertThat(d.history().lastWrite(x.address(), x.size(), s.step()).orElseThrow().line()).isEqualTo(6);
            // the whole struct: the latest write to any of its bytes
            assertThat(d.history().lastWrite(p.address(), p.size(), s.step()).orElseThrow().line()).isEqualTo(6);
        });
    }

    @Test
    void originFollowsCopiesThroughAHeapBlockAndAHeapElementThroughASlice() throws Exception {
        at(program("origin.zig"), 21, (d, s, r) -> {
            var b = local(s, "b");
            List<Hop> hops = d.history().origin(b.address(), b.size(), s.step());
            assertThat(hops).extracting(h -> h.write().line()).containsExactly(17, 15, 14);
            assertThat(hops.get(0).fromAddress()).isEqualTo(local(s, "node").pointsTo());
            assertThat(hops.get(1).fromAddress()).isEqualTo(local(s, "a").address());
            assertThat(hops.get(1).how()).isEqualTo("copied from `a`");
            assertThat(hops.get(1).write().copiedFromName()).isEqualTo("a");
            assertThat(hops.get(2).how()).isEqualTo("computed here");
            assertThat(hops.get(2).fromAddress()).isEqualTo(-1);
            // an element written through a slice, then copied into a local
            var copy = local(s, "copy");
            List<Hop> chain = d.history().origin(copy.address(), copy.size(), s.step());
            assertThat(chain).extracting(h -> h.write().line()).containsExactly(20, 19);
            long element = local(s, "items").pointsTo() + 2 * 4;
            assertThat(chain.get(0).fromAddress()).isEqualTo(element);
            Write w = d.history().lastWrite(element, 4, s.step()).orElseThrow();
            assertThat(w.lineText()).isEqualTo("items[2] = @intCast(b);");
        });
    }

    @Test
    void theAllocatorsUndefinedBytesOnAllocAndOnFreeSayWhoWroteThem() throws Exception {
        at(program("freed.zig"), 16, (d, s, r) -> {
            long acct = local(s, "acct").pointsTo();
            WriteHistory h = d.history();
            Write freed = h.lastWrite(acct, 16, s.step()).orElseThrow();
            assertThat(freed.writer()).isEqualTo(Writer.ALLOCATOR_FREE);
            assertThat(freed.line()).isEqualTo(15);
            assertThat(freed.describe()).isEqualTo("the allocator freed them (0xAA) at main.zig:15 (step " + freed.step() + ")");
            Write written = h.lastWrite(acct, 16, freed.step()).orElseThrow();
            assertThat(written.line()).isEqualTo(14);
            Write allocated = h.nextWrite(acct, 16, 0).orElseThrow();
            assertThat(allocated.writer()).isEqualTo(Writer.UNDEFINED);
            assertThat(allocated.describe())
                    .isEqualTo("the allocator set them to 0xAA (undefined) when they were allocated at main.zig:12 (step " + allocated.step() + ")");
            assertThat(h.origin(acct, 8, s.step()).getLast().how()).isEqualTo("0xAA from the allocator (freed)");
        });
    }

    static final String UNDEFINED = """
            pub fn main() void {
                var buf: [4]u8 = undefined;
                const p = &buf;
                p[1] = 3;
            }
            """;

    @Test
    void equalsUndefinedIsTheLinesOwn() throws Exception {
        at(UNDEFINED, 4, (d, s, r) -> {
            var buf = local(s, "buf");
            Write w = d.history().lastWrite(buf.address(), buf.size(), s.step()).orElseThrow();
            assertThat(w.writer()).isEqualTo(Writer.UNDEFINED);
            assertThat(w.inStd()).isFalse();
            assertThat(w.describe()).isEqualTo("main.zig:2 (in main) set them to undefined (0xAA) at step " + w.step());
        });
    }

    @Test
    void aBlocksLifeListsItsResizeWritesFreeAndTheBlockThatReusesItsBytes() throws Exception {
        at(program("reuse.zig"), 15, (d, s, r) -> {
            long y = local(s, "y").pointsTo();
            List<BlockEvent> before = d.history().blockLife(y, 140);
            assertThat(before).extracting(BlockEvent::kind).containsExactly(BlockEvent.Kind.ALLOCATED, BlockEvent.Kind.WRITTEN,
                    BlockEvent.Kind.WRITTEN, BlockEvent.Kind.WRITTEN, BlockEvent.Kind.RESIZED, BlockEvent.Kind.FREED);
            assertThat(before.get(0).text()).startsWith("allocated 32 bytes at 0x").contains("at main.zig:7");
            assertThat(before.get(4).text()).startsWith("resized in place from 32 to 24 bytes at main.zig:11");
            assertThat(before.get(5).line()).isEqualTo(12);
            List<BlockEvent> now = d.history().blockLife(y, -1);
            assertThat(now).extracting(BlockEvent::kind).containsExactly(BlockEvent.Kind.ALLOCATED, BlockEvent.Kind.REUSED, BlockEvent.Kind.WRITTEN);
            assertThat(now.get(1).text()).contains("these bytes were a block of 32 bytes").contains("main.zig:7");
            assertThat(now.get(2).text()).isEqualTo("written by main.zig:14 once (step " + now.get(2).step() + ")");
        });
    }

    static final String GROUPED = """
            const std = @import("std");

            pub fn main() !void {
                var gpa = std.heap.DebugAllocator(.{}){};
                defer _ = gpa.deinit();
                const allocator = gpa.allocator();
                const xs = try allocator.alloc(u64, 3);
                defer allocator.free(xs);
                for (xs, 0..) |*x, k| {
                    x.* = k;
                }
                xs[0] = 9;
            }
            """;

    @Test
    void writesOfOneLineAreGrouped() throws Exception {
        at(GROUPED, 12, (d, s, r) -> {
            long xs = local(s, "xs").pointsTo();
            List<BlockEvent> life = d.history().blockLife(xs, s.step());
            assertThat(life).hasSize(2);
            BlockEvent w = life.get(1);
            assertThat(w.kind()).isEqualTo(BlockEvent.Kind.WRITTEN);
            assertThat(w.line()).isEqualTo(10);
            assertThat(w.count()).isEqualTo(3);
            assertThat(w.text()).matches("written by main\\.zig:10 3 times \\(steps \\d+-\\d+\\)");
        });
    }

    @Test
    void rewindsReplayWithoutAddingEntries() throws Exception {
        var plain = new long[1];
        at(LOOP, 7, (d, s, r) -> {
            var total = local(s, "total");
            plain[0] = allWrites(d.history(), total.address(), total.size()).size();
        });
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(LOOP, r);
        try {
            d.setMinCheckpointInterval(1);
            d.setBreakpoints(Set.of(7));
            d.start(Debugger.Command.CONTINUE);
            Snapshot s = r.nextStop();
            long bytes = d.history().bytes();
            for (int k = 0; k < 4; k++) {
                d.send(Debugger.Command.STEP_BACK);
                r.nextStop();
            }
            d.seek(2);
            r.nextStop();
            d.send(Debugger.Command.CONTINUE);
            Snapshot again = r.nextStop();
            assertThat(again.step()).isEqualTo(s.step());
            var total = local(again, "total");
            assertThat(allWrites(d.history(), total.address(), total.size())).hasSize((int) plain[0]);
            assertThat(d.history().bytes()).isEqualTo(bytes);
            // and on past the first pass's frontier, recording goes on
            d.send(Debugger.Command.CONTINUE);
            r.nextStop();
            assertThat(d.history().lastWrite(total.address(), total.size(), Long.MAX_VALUE).orElseThrow().line()).isEqualTo(8);
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    static final String LONG = """
            pub fn main() void {
                var early: u64 = 1;
                const p = &early;
                p.* = 2;
                var total: u64 = 0;
                var i: u64 = 0;
                while (i < 100000) : (i += 1) {
                    total +%= i;
                }
                const q = &total;
                q.* += p.*;
            }
            """;

    @Test
    void pastItsBudgetTheHistoryDropsItsOldestChunks() throws Exception {
        var r = new Recorder();
        Debugger d = DebuggerTest.debugger(LONG, r);
        try {
            d.history().setBudget(400_000);
            d.setBreakpoints(Set.of(10));
            d.start(Debugger.Command.CONTINUE);
            Snapshot s = r.nextStop();
            WriteHistory h = d.history();
            assertThat(h.bytes()).isLessThanOrEqualTo(400_000 + 200_000);
            assertThat(h.firstHeldStep()).isGreaterThan(1000);
            var early = local(s, "early");
            assertThat(h.lastWrite(early.address(), early.size(), s.step())).isEmpty();
            var total = local(s, "total");
            assertThat(h.lastWrite(total.address(), total.size(), s.step()).orElseThrow().line()).isEqualTo(8);
            assertThat(h.recordedThrough()).isEqualTo(s.step() - 1);
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }
}
