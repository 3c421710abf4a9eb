package org.heaplab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.heaplab.session.Session;
import org.heaplab.trace.Snapshot;
import org.junit.jupiter.api.Test;

/** Defects of the window found by trying it as a learner, each reproduced on the view models of a real run. */
class WindowDefectsTest {
    private static final String BIG_AND_SMALL = """
            const std = @import("std");
            const Node = struct { v: u32, next: ?*Node };
            pub fn main() !void {
                var gpa = std.heap.GeneralPurposeAllocator(.{}){};
                defer _ = gpa.deinit();
                const a = gpa.allocator();
                const big = try a.alloc(u8, 40 * 1024);
                const n = try a.create(Node);
                n.* = .{ .v = 1, .next = null };
                a.free(big);
                a.destroy(n);
                var i: u32 = 0;
                while (i < 4000000000) : (i += 1) {}
            }
            """;

    private static Snapshot.HeapBlock block(Snapshot s, long address, Snapshot.BlockState state) {
        return s.blocks().stream().filter(b -> b.address() == address && b.programRequested() && b.state() == state).findFirst().orElseThrow();
    }

    @Test
    void aFreedBlockKeepsItsOwnerAndReservedSizeAndALargeBlockReservesPages() throws Exception {
        try (var ui = new ViewModelsTest.Ui()) {
            ui.run(() -> {
                ui.lab.setBreakpoints(Set.of(10, 12));
                ui.lab.runOrContinue("main.zig", BIG_AND_SMALL, Session.Mode.RUN);
            });
            ui.waitFor(LabViewModel.Phase.PAUSED, s -> s.position().line() == 10);
            Snapshot live = ui.snapshot();
            var bigLive = live.blocks().stream().filter(b -> b.programRequested() && b.length() == 40 * 1024).findFirst().orElseThrow();
            var nodeLive = live.blocks().stream().filter(b -> b.programRequested() && b.length() == 16).findFirst().orElseThrow();
            // 40 KiB is past the debug allocator's largest bucket: it takes whole pages (40,960), not a 64 KiB size class
            assertThat(bigLive.size()).isEqualTo(40 * 1024);
            assertThat(nodeLive.size()).isEqualTo(16);
            ui.run(() -> ui.lab.runOrContinue("main.zig", BIG_AND_SMALL, Session.Mode.RUN));
            ui.waitFor(LabViewModel.Phase.PAUSED, s -> s.position().line() == 12);
            Snapshot after = ui.snapshot();
            for (var was : new Snapshot.HeapBlock[] {bigLive, nodeLive}) {
                var freed = block(after, was.address(), Snapshot.BlockState.FREED);
                assertThat(freed.allocator()).isEqualTo(was.allocator());
                assertThat(freed.allocatorName()).isEqualTo(was.allocatorName());
                assertThat(freed.size()).isEqualTo(was.size());
                // (its alignment is not kept: the history records what a snapshot can rebuild at any step, so time travel reproduces it)
            }
            // the page allocator's view of the same request agrees
            var pages = after.blocks().stream().filter(b -> !b.programRequested() && b.address() == bigLive.address()).findFirst().orElseThrow();
            assertThat(pages.size()).isEqualTo(bigLive.size());
            ui.run(ui.lab::stop);
        }
    }

    @Test
    void aPauseTheLearnerAskedForSaysPausedOnce() throws Exception {
        try (var ui = new ViewModelsTest.Ui()) {
            ui.run(() -> {
                ui.lab.setBreakpoints(Set.of(13));
                ui.lab.runOrContinue("main.zig", BIG_AND_SMALL, Session.Mode.RUN);
            });
            ui.waitFor(LabViewModel.Phase.PAUSED, s -> true);
            ui.run(() -> {
                ui.lab.setBreakpoints(Set.of());
                ui.lab.runOrContinue("main.zig", BIG_AND_SMALL, Session.Mode.RUN);
            });
            Thread.sleep(300); // the run is under way (a pause asked before it resumes is not what this is about)
            ui.run(ui.lab::pause);
            ui.waitFor(LabViewModel.Phase.PAUSED, s -> s.reason().equals("paused"));
            assertThat(ui.status()).matches("Paused at line \\d+");
            ui.run(ui.lab::stop);
        }
    }

    @Test
    void thePanesShowTheProgramsTypesWithoutItsFileName() throws Exception {
        String text = """
                const std = @import("std");
                const Node = struct {
                    v: u32,
                    next: ?*Node,
                    fn init(a: std.mem.Allocator) !*Node {
                        const n = try a.create(Node);
                        n.* = .{ .v = 1, .next = null };
                        return n;
                    }
                };
                pub fn main() !void {
                    var gpa = std.heap.DebugAllocator(.{}){};
                    const a = gpa.allocator();
                    var list = std.ArrayList(Node).init(a);
                    defer list.deinit();
                    const n = try Node.init(a);
                    _ = n;
                }
                """;
        try (var ui = new ViewModelsTest.Ui()) {
            ui.run(() -> {
                ui.lab.setBreakpoints(Set.of(8));
                ui.lab.runOrContinue("13-alloclower-intro.zig", text, Session.Mode.RUN);
            });
            ui.waitFor(LabViewModel.Phase.PAUSED, s -> true);
            Snapshot s = ui.snapshot();
            ui.run(ui.lab::stop);
            var stack = new org.heaplab.ui.stack.StackViewModel();
            stack.show(s);
            assertThat(stack.frames()).extracting(org.heaplab.ui.stack.StackViewModel.FrameRow::title).containsExactly("init (line 8)", "main (line 16)");
            var types = new java.util.ArrayList<String>();
            for (var f : stack.frames()) for (var l : f.locals()) types.add(l.name() + ": " + l.type());
            assertThat(types).contains("n: *Node", "list: array_list.ArrayListAligned(Node,null)", "a: mem.Allocator");
            assertThat(String.join(" ", types)).doesNotContain("13-alloclower");
            var heap = new org.heaplab.ui.heap.HeapViewModel();
            heap.show(s);
            heap.select(heap.blocks().getFirst().key());
            assertThat(heap.detailProperty().get().typed()).startsWith("*Node `n`");
        }
    }
}
