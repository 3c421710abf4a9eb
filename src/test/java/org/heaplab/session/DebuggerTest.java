package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.heaplab.trace.AllocatorInfo;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.StopReason;
import org.junit.jupiter.api.Test;

/** Stepping conformance programs under the debugger and reading what the snapshots show. */
class DebuggerTest {
    /** Collects a run's snapshots; {@link #nextStop()} waits for the next paused or finished one. */
    static class Recorder implements Debugger.Listener {
        final BlockingQueue<Snapshot> stops = new LinkedBlockingQueue<>();
        volatile Session.Outcome outcome;

        @Override
        public void snapshot(Snapshot s) {
            if (s.state() == Snapshot.RunState.PAUSED) stops.add(s);
        }

        @Override
        public void finished(Session.Outcome o, Snapshot last) {
            outcome = o;
            stops.add(last);
        }

        Snapshot nextStop() throws InterruptedException {
            Snapshot s = stops.poll(30, TimeUnit.SECONDS);
            assertThat(s).as("a stop within 30 s").isNotNull();
            return s;
        }
    }

    static String corpus(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/conformance", name, "main.zig"));
    }

    static Debugger debugger(String text, Recorder r) {
        Debugger d = Debugger.prepare("main.zig", text, Session.Mode.RUN, RunSettings.defaults(), r);
        assertThat(d.compilation().ok()).isTrue();
        return d;
    }

    private static Snapshot.Local local(Snapshot s, String name) {
        return s.top().locals().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError("no local " + name + " in " + s.top().locals()));
    }

    @Test
    void breakpointShowsLocalsBlocksAndTheArenaChain() throws Exception {
        var r = new Recorder();
        Debugger d = debugger(corpus("24-intlist-on-arena"), r);
        d.setBreakpoints(Set.of(20));
        d.start(Debugger.Command.CONTINUE);
        Snapshot s = r.nextStop();
        assertThat(s.reason()).isEqualTo("breakpoint");
        assertThat(s.position().line()).isEqualTo(20);
        assertThat(s.top().function()).isEqualTo("main");
        assertThat(s.top().locals()).extracting(Snapshot.Local::name).contains("gpa", "allocator", "arena", "aa", "list");
        assertThat(local(s, "list").value()).contains(".pos = 10").contains("len 16");
        assertThat(local(s, "list").type()).isEqualTo("main.IntList");

        List<AllocatorInfo> chain = s.allocators();
        AllocatorInfo arena = chain.stream().filter(a -> a.kind().equals("ArenaAllocator")).findFirst().orElseThrow();
        AllocatorInfo gpa = chain.stream().filter(a -> a.id() == arena.parent()).findFirst().orElseThrow();
        assertThat(gpa.kind()).isEqualTo("DebugAllocator");
        assertThat(chain.stream().filter(a -> a.id() == gpa.parent()).findFirst().orElseThrow().kind()).isEqualTo("PageAllocator");

        var fromArena = s.blocks().stream().filter(b -> b.allocator() == arena.id() && b.state() == Snapshot.BlockState.LIVE).toList();
        assertThat(fromArena).extracting(Snapshot.HeapBlock::length).containsExactlyInAnyOrder(32L, 64L, 128L);
        assertThat(fromArena).allSatisfy(b -> assertThat(b.programRequested()).isTrue());
        var newest = fromArena.stream().filter(b -> b.length() == 128).findFirst().orElseThrow();
        assertThat(newest.allocSite().line()).isEqualTo(45);
        assertThat(newest.typed()).contains("list.items").contains("{ 0, 1, 2, 3, 4, 5, 6, 7, ... }");
        assertThat(newest.alignment()).isEqualTo(8);

        d.send(Debugger.Command.CONTINUE);
        Snapshot end = r.nextStop();
        assertThat(end.state()).isEqualTo(Snapshot.RunState.FINISHED);
        assertThat(end.output()).contains("{ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }");
        assertThat(r.outcome.exitCode()).isZero();
    }

    @Test
    void stepIntoOverAndOut() throws Exception {
        var r = new Recorder();
        Debugger d = debugger(corpus("09-game-init-deinit-errdefer"), r);
        d.setBreakpoints(Set.of(44));
        d.start(Debugger.Command.CONTINUE);
        assertThat(r.nextStop().position().line()).isEqualTo(44);
        d.send(Debugger.Command.STEP_INTO);
        Snapshot in = r.nextStop();
        assertThat(in.top().function()).isEqualTo("init");
        assertThat(in.position().line()).isEqualTo(19);
        assertThat(in.frames()).hasSize(2);
        assertThat(local(in, "player_count").value()).isEqualTo("3");
        // registering an errdefer is not a step of its own: the next stop is line 23
        d.send(Debugger.Command.STEP_OVER);
        Snapshot atHistory = r.nextStop();
        assertThat(atHistory.position().line()).isEqualTo(23);
        assertThat(atHistory.changes().locals()).contains(atHistory.top().key() + "/players");
        // the errdefer is registered and waits; it would run only on error
        Snapshot.DeferScope scope = atHistory.defers().get(0);
        assertThat(scope.function()).isEqualTo("init");
        assertThat(scope.defers()).singleElement().satisfies(p -> {
            assertThat(p.onErrorOnly()).isTrue();
            assertThat(p.text()).isEqualTo("errdefer allocator.free(players);");
            assertThat(p.firing()).isFalse();
        });
        // main's defer (gpa.deinit) is pending in the caller's frame
        assertThat(atHistory.defers()).anySatisfy(ds -> assertThat(ds.function()).isEqualTo("main"));
        d.send(Debugger.Command.STEP_OUT);
        Snapshot out = r.nextStop();
        assertThat(out.top().function()).isEqualTo("main");
        assertThat(out.position().line()).isEqualTo(47); // line 45 registers a defer: no step
        assertThat(out.defers()).singleElement().satisfies(ds -> assertThat(ds.defers()).extracting(Snapshot.PendingDefer::text)
                .containsExactly("defer game.deinit();", "defer _ = gpa.deinit();"));
        d.send(Debugger.Command.STOP);
        Snapshot end = r.nextStop();
        assertThat(end.state()).isEqualTo(Snapshot.RunState.FINISHED);
        assertThat(end.reason()).isEqualTo("stopped");
    }

    @Test
    void errdeferFiresOnTheErrorPath() throws Exception {
        var r = new Recorder();
        Debugger d = debugger(corpus("10-game-init-history-fails"), r);
        d.setBreakpoints(Set.of(23));
        d.start(Debugger.Command.CONTINUE);
        assertThat(r.nextStop().position().line()).isEqualTo(23);
        d.send(Debugger.Command.STEP_OVER);
        Snapshot s = r.nextStop();
        assertThat(s.position().line()).isEqualTo(20);
        assertThat(s.defers().get(0).defers().get(0)).satisfies(p -> {
            assertThat(p.firing()).isTrue();
            assertThat(p.onErrorPath()).isTrue();
            assertThat(p.onErrorOnly()).isTrue();
        });
        d.send(Debugger.Command.CONTINUE);
        assertThat(r.nextStop().output()).contains("Game.init failed: OutOfMemory").contains("gpa.deinit() = ok");
    }

    @Test
    void aDoubleFreeStopsTheRunWithACard() throws Exception {
        var r = new Recorder();
        Debugger d = debugger(corpus("12-double-free-detected"), r);
        d.start(Debugger.Command.CONTINUE);
        Snapshot s = r.nextStop();
        assertThat(s.state()).isEqualTo(Snapshot.RunState.PAUSED);
        Snapshot.MemoryError card = s.stoppedOn();
        assertThat(card.kind()).isEqualTo(Snapshot.ErrorKind.DOUBLE_FREE);
        assertThat(card.at().line()).isEqualTo(14);
        assertThat(card.allocatedAt().line()).isEqualTo(12);
        assertThat(card.freedAt().line()).isEqualTo(13);
        assertThat(card.size()).isEqualTo(32);
        assertThat(s.position().line()).isEqualTo(14);
        assertThat(s.top().function()).isEqualTo("main");
        assertThat(s.output()).contains("Double free detected");
        // arr's elements are freed bytes now: the stack pane says so instead of printing 0xaa...aa as numbers
        assertThat(local(s, "arr").value()).isEqualTo("len 4 @ 0x7f3ac0000020 { <freed>, <freed>, <freed>, <freed> }");
        d.send(Debugger.Command.CONTINUE);
        Snapshot end = r.nextStop();
        assertThat(end.output()).endsWith("This won't get printed\n");
    }

    @Test
    void anEndlessLoopCanBePausedAndStopped() throws Exception {
        var r = new Recorder();
        Debugger d = debugger("pub fn main() void {\n    var i: u64 = 0;\n    while (true) {\n        i +%= 1;\n    }\n}\n", r);
        d.start(Debugger.Command.CONTINUE);
        Thread.sleep(300);
        d.send(Debugger.Command.PAUSE);
        Snapshot s = r.nextStop();
        assertThat(s.reason()).isEqualTo("paused");
        assertThat(s.stop()).isEqualTo(new StopReason.Paused());
        assertThat(s.step()).isPositive();
        d.send(Debugger.Command.CONTINUE);
        Thread.sleep(100);
        d.send(Debugger.Command.STOP);
        Snapshot end = r.nextStop();
        assertThat(end.reason()).isEqualTo("stopped");
        assertThat(end.stop()).isEqualTo(new StopReason.Finished(StopReason.Ending.STOPPED, 124, null));
        d.join(5000);
        assertThat(d.isAlive()).isFalse();
    }

    @Test
    void anAnimatedRunPublishesEveryStatementAndStillStopsAtBreakpoints() throws Exception {
        var running = new java.util.concurrent.atomic.AtomicInteger();
        var r = new Recorder() {
            @Override
            public void snapshot(Snapshot s) {
                if (s.state() == Snapshot.RunState.RUNNING && s.stop() instanceof StopReason.Running) running.incrementAndGet();
                super.snapshot(s);
            }
        };
        Debugger d = debugger("pub fn main() void {\n    var i: u32 = 0;\n    while (i < 5) : (i += 1) {}\n    i = 9;\n}\n", r);
        d.setStepsPerSecond(500);
        d.setBreakpoints(Set.of(4));
        d.start(Debugger.Command.CONTINUE);
        Snapshot s = r.nextStop();
        assertThat(s.reason()).isEqualTo("breakpoint");
        assertThat(s.top().locals()).singleElement().satisfies(l -> assertThat(l.value()).isEqualTo("5"));
        // line 2, then the loop's test and step statements: at least one published snapshot per statement run
        assertThat(running.get()).isGreaterThanOrEqualTo(6);
        d.send(Debugger.Command.CONTINUE);
        assertThat(r.nextStop().state()).isEqualTo(Snapshot.RunState.FINISHED);
    }

    @Test
    void deepRecursionShowsTheInnermostFramesAndMain() throws Exception {
        var r = new Recorder();
        Debugger d = debugger("fn down(n: u32) u32 {\n    if (n == 0) {\n        return 7;\n    }\n    return down(n - 1) + 1;\n}\n"
                + "pub fn main() void {\n    _ = down(5000);\n}\n", r);
        d.setBreakpoints(Set.of(3));
        d.start(Debugger.Command.CONTINUE);
        Snapshot s = r.nextStop();
        assertThat(s.position().line()).isEqualTo(3);
        // 5,001 frames of down and main: the innermost 200 and main are shown
        assertThat(s.frames()).hasSize(201);
        assertThat(s.frames().getFirst().locals()).singleElement().satisfies(l -> assertThat(l.value()).isEqualTo("0"));
        assertThat(s.frames().get(199).locals()).singleElement().satisfies(l -> assertThat(l.value()).isEqualTo("199"));
        assertThat(s.frames().getLast().function()).isEqualTo("main");
        d.send(Debugger.Command.CONTINUE);
        assertThat(r.nextStop().state()).isEqualTo(Snapshot.RunState.FINISHED);
    }

    @Test
    void aUseAfterFreeEndsTheRunWithACardAtTheFaultingLine() throws Exception {
        var r = new Recorder();
        Debugger d = debugger(corpus("06-use-after-free-gpa"), r);
        d.start(Debugger.Command.CONTINUE);
        Snapshot end = r.nextStop();
        assertThat(end.state()).isEqualTo(Snapshot.RunState.FINISHED);
        assertThat(end.reason()).isEqualTo("segmentation fault");
        assertThat(end.stop()).isEqualTo(new StopReason.Finished(StopReason.Ending.SEGFAULT, 134, null));
        Snapshot.MemoryError card = end.stoppedOn();
        assertThat(card.kind()).isEqualTo(Snapshot.ErrorKind.USE_AFTER_FREE);
        assertThat(card.at().line()).isEqualTo(10);
        assertThat(card.allocatedAt().line()).isEqualTo(8);
        assertThat(card.freedAt().line()).isEqualTo(9);
        assertThat(end.position().line()).isEqualTo(10);
        assertThat(end.frames()).extracting(Snapshot.StackFrame::function).containsExactly("main");
        assertThat(end.output()).startsWith("Segmentation fault at address 0x");
        assertThat(r.outcome.exitCode()).isEqualTo(134);
    }

    @Test
    void testBlocksStopAtBreakpointsToo() throws Exception {
        var r = new Recorder();
        Debugger d = Debugger.prepare("main.zig", corpus("20-intlist-test-leak"), Session.Mode.TEST, RunSettings.defaults(), r);
        assertThat(d.compilation().ok()).isTrue();
        String text = corpus("20-intlist-test-leak");
        int line = 1 + (int) text.substring(0, text.indexOf("try list.add")).chars().filter(c -> c == '\n').count();
        d.setBreakpoints(Set.of(line));
        d.start(Debugger.Command.CONTINUE);
        Snapshot s = r.nextStop();
        assertThat(s.reason()).isEqualTo("breakpoint");
        assertThat(s.position().line()).isEqualTo(line);
        assertThat(s.allocators()).extracting(AllocatorInfo::kind).contains("DebugAllocator");
        d.setBreakpoints(Set.of());
        d.send(Debugger.Command.CONTINUE);
        Snapshot end = r.nextStop();
        assertThat(end.errors()).extracting(Snapshot.MemoryError::kind).contains(Snapshot.ErrorKind.LEAK);
        assertThat(r.outcome.exitCode()).isEqualTo(1);
    }

    @Test
    void blocksReachedThroughOtherBlocksGetATypedView() throws Exception {
        var r = new Recorder();
        Debugger d = debugger("""
                const std = @import("std");
                const Node = struct { next: ?*Node, value: u64 };
                pub fn main() !void {
                    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
                    const a = gpa.allocator();
                    var head: ?*Node = null;
                    for (0..2) |i| {
                        const n = try a.create(Node);
                        n.* = .{ .next = head, .value = i + 1 };
                        head = n;
                    }
                    head = head.?;
                }
                """, r);
        d.setBreakpoints(Set.of(12));
        d.start(Debugger.Command.CONTINUE);
        Snapshot s = r.nextStop();
        assertThat(s.top().locals()).extracting(Snapshot.Local::name).containsExactly("gpa", "a", "head");
        var nodes = s.blocks().stream().filter(b -> b.programRequested() && b.state() == Snapshot.BlockState.LIVE).toList();
        assertThat(nodes).hasSize(2);
        // no local points at the first node any more: its view comes through the second node's next
        assertThat(nodes.get(0).typed()).isEqualTo("?*main.Node `head.*.next`: .{ .next = null, .value = 1 }");
        assertThat(nodes.get(1).typed()).startsWith("?*main.Node `head`: .{ .next = 0x");
        d.send(Debugger.Command.STOP);
        r.nextStop();
    }

    @Test
    void stepsGoByLinesAndShowCapturesOnlyInTheirScopes() throws Exception {
        var r = new Recorder();
        Debugger d = debugger(Files.readString(Path.of("src/test/resources/debugger/scopes.zig")), r);
        d.start(Debugger.Command.STEP_INTO);
        var seen = new java.util.ArrayList<String>();
        while (true) {
            Snapshot s = r.nextStop();
            if (s.state() == Snapshot.RunState.FINISHED) break;
            var f = s.top();
            seen.add(f.function() + ":" + s.position().line() + " " + f.locals().stream().map(l -> l.name() + "=" + l.value()).toList());
            d.send(Debugger.Command.STEP_INTO);
        }
        assertThat(seen).containsExactly(
                "main:11 []",
                "main:12 [a=3]",
                "maybe:3 [x=3]",
                "main:13 [a=3, m=6]",
                "main:14 [a=3, m=6, inner=7]",
                "main:16 [a=3]",
                "main:17 [a=3, item=1, idx=0]",
                "main:18 [a=3, item=1, idx=0]",
                "main:16 [a=3]",
                "main:17 [a=3, item=2, idx=1]",
                "main:18 [a=3, item=2, idx=1]",
                "main:16 [a=3]",
                "main:20 [a=3]",
                "fails:7 [x=0]",
                "main:21 [a=3, err=error.Zero]",
                "main:22 [a=3, err=error.Zero]",
                "main:24 [a=3, r=7]",
                "main:25 [a=3, r=7, w=0]",
                "main:26 [a=3, r=7, w=0]",
                "main:27 [a=3, r=7, w=0, sq=0]",
                "main:25 [a=3, r=7, w=0]",
                "main:26 [a=3, r=7, w=1]",
                "main:27 [a=3, r=7, w=1, sq=1]",
                "main:25 [a=3, r=7, w=1]",
                "main:29 [a=3, r=7, w=2]");
    }
}
