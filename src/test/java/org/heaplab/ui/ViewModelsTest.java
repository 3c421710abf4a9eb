package org.heaplab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.heaplab.session.Debugger;
import org.heaplab.session.Session;
import org.heaplab.trace.Snapshot;
import org.heaplab.ui.alloc.AllocatorsViewModel;
import org.heaplab.ui.console.ConsoleViewModel;
import org.heaplab.ui.defer.DeferViewModel;
import org.heaplab.ui.heap.HeapViewModel;
import org.heaplab.ui.problems.ProblemsViewModel;
import org.heaplab.ui.settings.Settings;
import org.heaplab.ui.stack.StackViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The panes' view models, fed from real runs, without a window. */
class ViewModelsTest {
    /**
     * The lab's view model on a UI thread of its own, as the window runs it on the JavaFX
     * thread: every call and every read goes through that thread.
     */
    static final class Ui implements AutoCloseable {
        private final java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor();
        final LabViewModel lab = new LabViewModel(thread::execute);

        void run(Runnable r) throws Exception {
            thread.submit(r).get(30, TimeUnit.SECONDS);
        }

        <T> T get(java.util.concurrent.Callable<T> c) throws Exception {
            return thread.submit(c).get(30, TimeUnit.SECONDS);
        }

        LabViewModel.Phase phase() throws Exception { return get(() -> lab.phaseProperty().get()); }

        String status() throws Exception { return get(() -> lab.statusProperty().get()); }

        Snapshot snapshot() throws Exception { return get(lab::getSnapshot); }

        /** Waits until the view model shows {@code phase} (and, when given, a snapshot that satisfies {@code also}). */
        void waitFor(LabViewModel.Phase phase, java.util.function.Predicate<Snapshot> also) throws Exception {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < end) {
                boolean ok = get(() -> lab.phaseProperty().get() == phase && lab.getSnapshot() != null && also.test(lab.getSnapshot()));
                if (ok) return;
                Thread.sleep(10);
            }
            throw new AssertionError("the view model did not reach " + phase + " within 30 s; status " + status());
        }

        @Override
        public void close() {
            thread.shutdownNow();
        }
    }

    /** Runs a conformance case under the lab's view model until it pauses at a breakpoint. */
    private static Snapshot pausedAt(String conformanceCase, int breakpoint) throws Exception {
        String text = Files.readString(Path.of("src/test/resources/conformance", conformanceCase, "main.zig"));
        try (var ui = new Ui()) {
            ui.run(() -> {
                ui.lab.setBreakpoints(Set.of(breakpoint));
                ui.lab.runOrContinue("main.zig", text, Session.Mode.RUN);
            });
            ui.waitFor(LabViewModel.Phase.PAUSED, s -> true);
            assertThat(ui.status()).isEqualTo("Paused (breakpoint) at line " + breakpoint);
            Snapshot s = ui.snapshot();
            ui.run(ui.lab::stop);
            return s;
        }
    }

    @Test
    void stepFromIdleStopsAtTheFirstLineAndRestartRunsTheEditedProgram() throws Exception {
        String a = "const std = @import(\"std\");\npub fn main() void {\n    std.debug.print(\"a\\n\", .{});\n}\n";
        String b = a.replace("\"a\\n\"", "\"b\\n\"");
        try (var ui = new Ui()) {
            ui.run(() -> ui.lab.step(Debugger.Command.STEP_OVER, "main.zig", a, Session.Mode.RUN));
            ui.waitFor(LabViewModel.Phase.PAUSED, s -> true);
            assertThat(ui.snapshot().position().line()).isEqualTo(3);
            assertThat(ui.status()).isEqualTo("Paused (step) at line 3");
            ui.run(() -> ui.lab.restart("main.zig", b, Session.Mode.RUN));
            ui.waitFor(LabViewModel.Phase.PAUSED, s -> s.output().isEmpty());
            ui.run(() -> ui.lab.runOrContinue("main.zig", b, Session.Mode.RUN));
            ui.waitFor(LabViewModel.Phase.IDLE, s -> s.state() == Snapshot.RunState.FINISHED);
            assertThat(ui.snapshot().output()).isEqualTo("b\n");
            assertThat(ui.status()).isEqualTo("Exited with status 0");
        }
    }

    @Test
    void memoryErrorsPauseTheRunUnlessTheSettingSaysNot() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/conformance/12-double-free-detected/main.zig"));
        try (var ui = new Ui()) {
            ui.run(() -> ui.lab.runOrContinue("main.zig", text, Session.Mode.RUN));
            ui.waitFor(LabViewModel.Phase.PAUSED, s -> true);
            assertThat(ui.snapshot().stoppedOn().kind()).isEqualTo(Snapshot.ErrorKind.DOUBLE_FREE);
            ui.run(ui.lab::stop);
            ui.waitFor(LabViewModel.Phase.IDLE, s -> s.state() == Snapshot.RunState.FINISHED);
        }
        try (var ui = new Ui()) {
            ui.run(() -> {
                ui.lab.setStopOnErrors(false);
                ui.lab.runOrContinue("main.zig", text, Session.Mode.RUN);
            });
            ui.waitFor(LabViewModel.Phase.IDLE, s -> s.state() == Snapshot.RunState.FINISHED);
            assertThat(ui.snapshot().output()).endsWith("This won't get printed\n");
            assertThat(ui.snapshot().errors()).extracting(Snapshot.MemoryError::kind).containsExactly(Snapshot.ErrorKind.DOUBLE_FREE);
        }
    }

    @Test
    void aRunLimitSaysWhereToRaiseIt() throws Exception {
        try (var ui = new Ui()) {
            ui.run(() -> {
                ui.lab.setSettings(new org.heaplab.session.RunSettings(org.heaplab.session.RunSettings.DEFAULT_STACK, 64L << 20, 1000, 0, 1 << 20));
                ui.lab.runOrContinue("main.zig", "pub fn main() void {\n    while (true) {}\n}\n", Session.Mode.RUN);
            });
            ui.waitFor(LabViewModel.Phase.IDLE, s -> s.state() == Snapshot.RunState.FINISHED);
            assertThat(ui.status()).isEqualTo("Stopped: it ran more than 1000 statements (raise the limit in Settings, Run limits)");
        }
    }

    @Test
    void stackRowsListFramesInnermostFirstWithTheirLocals() throws Exception {
        Snapshot s = pausedAt("09-game-init-deinit-errdefer", 23);
        var vm = new StackViewModel();
        vm.show(s);
        assertThat(vm.frames()).extracting(StackViewModel.FrameRow::title).containsExactly("init (line 23)", "main (line 44)");
        var players = vm.frames().getFirst().locals().stream().filter(l -> l.name().equals("players")).findFirst().orElseThrow();
        assertThat(players.type()).isEqualTo("[]Player");
        assertThat(players.value()).startsWith("len 3 @ 0x7f3ac0000000 { ");
        assertThat(players.pointsTo()).isEqualTo(0x7f3ac0000000L);
        assertThat(players.size()).isEqualTo(16);
        assertThat(players.address()).startsWith("0x7ffc");
    }

    @Test
    void heapRowsHideLayerBlocksUnlessAskedAndDumpTheSelectedBytes() throws Exception {
        Snapshot s = pausedAt("24-intlist-on-arena", 20);
        var vm = new HeapViewModel();
        vm.show(s);
        assertThat(vm.blocks()).extracting(HeapViewModel.BlockRow::length).containsExactly(32L, 64L, 128L);
        assertThat(vm.blocks()).allSatisfy(b -> assertThat(b.allocator()).isEqualTo("ArenaAllocator #0"));
        vm.allLayersProperty().set(true);
        assertThat(vm.blocks()).extracting(HeapViewModel.BlockRow::allocator).contains("DebugAllocator #1", "PageAllocator #2");
        vm.allLayersProperty().set(false);
        long newest = vm.blocks().getLast().address();
        assertThat(vm.selectAddress(newest + 8)).isEqualTo(vm.blocks().getLast().key());
        HeapViewModel.Detail d = vm.detailProperty().get();
        assertThat(d.typed()).isEqualTo("[]i64 `list.items`: len 16 @ 0x" + Long.toHexString(newest) + " { 0, 1, 2, 3, 4, 5, 6, 7, ... }");
        // element 1 of the i64 slice is 1, little-endian; elements 10.. were never written (0xaa, undefined)
        assertThat(HeapViewModel.hexLines(d).getFirst()).startsWith(Long.toHexString(newest) + "  00 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00");
        assertThat(d.bytes().get(10 * 8).state().name()).isEqualTo("UNDEFINED");
        assertThat(d.bytes().get(0).state().name()).isEqualTo("DEFINED");
        assertThat(vm.regions()).isNotEmpty();

        // the stack pane opens a local into its fields, a slice into its elements, a pointer into its pointee
        var stack = new StackViewModel();
        stack.show(s);
        var list = stack.local("0:main/list");
        assertThat(list.parts()).extracting(StackViewModel.LocalRow::name).containsExactly(".pos", ".items", ".allocator");
        var items = stack.local("0:main/list.items");
        assertThat(items.type()).isEqualTo("[]i64");
        assertThat(items.pointsTo()).isEqualTo(newest);
        assertThat(items.parts()).hasSize(16);
        assertThat(stack.local("0:main/list.items[3]").value()).isEqualTo("3");
        assertThat(stack.local("0:main/list.items[3]").address()).isEqualTo("0x" + Long.toHexString(newest + 24));
        assertThat(stack.local("0:main/list.items[12]").value()).isEqualTo("undefined");
        assertThat(stack.local("0:main/aa.ptr").type()).isEqualTo("*anyopaque");
        assertThat(stack.local("0:main/allocator.vtable.*")).isNotNull();
    }

    @Test
    void deferRowsAreInRunningOrderAndSayWhenTheyRun() throws Exception {
        Snapshot s = pausedAt("24-intlist-on-arena", 20);
        var vm = new DeferViewModel();
        vm.show(s);
        assertThat(vm.scopes()).singleElement().satisfies(scope -> assertThat(scope.defers()).extracting(DeferViewModel.DeferRow::label).containsExactly(
                "1. defer list.deinit();    line 14, runs when the scope exits",
                "2. defer arena.deinit();    line 10, runs when the scope exits",
                "3. defer _ = gpa.deinit();    line 6, runs when the scope exits"));
    }

    @Test
    void allocatorNodesFormTheChainAndCallsNameWhoAsked() throws Exception {
        Snapshot s = pausedAt("24-intlist-on-arena", 20);
        var vm = new AllocatorsViewModel();
        vm.show(s);
        assertThat(vm.roots()).singleElement().satisfies(page -> {
            assertThat(page.title()).isEqualTo("PageAllocator #2");
            assertThat(page.children()).singleElement().satisfies(gpa -> {
                assertThat(gpa.title()).isEqualTo("DebugAllocator #1");
                assertThat(gpa.children()).extracting(AllocatorsViewModel.Node::title).containsExactly("ArenaAllocator #0");
            });
        });
        assertThat(vm.calls().getFirst()).isEqualTo("#8 ArenaAllocator #0: alloc 128 bytes -> 0x7f3ac0020010, asked by the program (line 45)");
        assertThat(vm.calls()).hasSize(9);
        vm.selectedProperty().set(1); // the debug allocator: only the calls made to it
        assertThat(vm.calls()).containsExactly(
                "#7 DebugAllocator #1: alloc 396 bytes -> 0x7f3ac0020000, asked by ArenaAllocator #0 (line 45)",
                "#5 DebugAllocator #1: resize 0x7f3ac0000000 112 -> 240 bytes refused, asked by ArenaAllocator #0 (line 45)",
                "#3 DebugAllocator #1: resize 0x7f3ac0000000 108 -> 112 bytes, asked by ArenaAllocator #0 (line 45)",
                "#1 DebugAllocator #1: alloc 108 bytes -> 0x7f3ac0000000, asked by ArenaAllocator #0 (line 32)");
    }

    @Test
    void consoleLinksLocationsAndLeakedAddresses() {
        var links = ConsoleViewModel.links("error(gpa): memory address 0x7f3ac0000000 leaked: \nmain.zig:8:40: 0x1100052 in main (main)");
        assertThat(links).hasSize(2);
        assertThat(links.get(0).address()).isEqualTo(0x7f3ac0000000L);
        assertThat(links.get(1)).satisfies(l -> {
            assertThat(l.file()).isEqualTo("main.zig");
            assertThat(l.line()).isEqualTo(8);
            assertThat(l.column()).isEqualTo(40);
        });
    }

    @Test
    void problemsListCompileErrorsThenMemoryErrors() throws Exception {
        var vm = new ProblemsViewModel();
        vm.showDiagnostics(Session.compile("main.zig", "pub fn main() void {\n    const x = 1;\n}\n", Session.Mode.RUN).diagnostics());
        assertThat(vm.problems()).extracting(ProblemsViewModel.Problem::label).containsExactly("main.zig:2: error: unused local constant");
        Snapshot[] lastPaused = new Snapshot[1];
        var d = Debugger.prepare("main.zig", Files.readString(Path.of("src/test/resources/conformance/12-double-free-detected/main.zig")),
                Session.Mode.RUN, org.heaplab.session.RunSettings.defaults(), new Debugger.Listener() {
                    @Override
                    public void snapshot(Snapshot s) {
                        if (s.state() != Snapshot.RunState.PAUSED) return;
                        lastPaused[0] = s;
                        vm.show(s);
                    }

                    @Override
                    public void finished(Session.Outcome o, Snapshot last) { }
                });
        d.start(Debugger.Command.CONTINUE);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (vm.problems().size() < 2 && System.nanoTime() < end) Thread.sleep(10);
        d.send(Debugger.Command.STOP);
        assertThat(vm.problems()).extracting(ProblemsViewModel.Problem::label)
                .containsExactly("main.zig:2: error: unused local constant", "main.zig:14: memory: Double free (block 0x7f3ac0000020, 32 bytes)");
        // the freed block is listed with its free site, and its bytes read 0xaa in the freed state
        var heap = new HeapViewModel();
        heap.show(lastPaused[0]);
        heap.selectAddress(0x7f3ac0000020L);
        HeapViewModel.Detail detail = heap.detailProperty().get();
        assertThat(detail.row().state()).isEqualTo(Snapshot.BlockState.FREED);
        assertThat(detail.row().freeSite().line()).isEqualTo(13);
        assertThat(detail.bytes()).allSatisfy(b -> {
            assertThat(b.value()).isEqualTo(0xaa);
            assertThat(b.state().name()).isEqualTo("FREED");
        });
    }

    @Test
    void settingsSurviveARestartAndBecomeRunSettings(@TempDir Path dir) throws Exception {
        var s = new Settings(dir);
        s.theme.set(Settings.Theme.DARK);
        s.stackKiB.set(64);
        s.stackTraceFrames.set(3);
        s.neverUnmap.set(true);
        s.opened(dir.resolve("a.zig"));
        s.opened(dir.resolve("b.zig"));
        s.save();
        var again = Settings.load(dir);
        assertThat(again.theme.get()).isEqualTo(Settings.Theme.DARK);
        assertThat(again.recentFiles()).containsExactly(dir.resolve("b.zig").toString(), dir.resolve("a.zig").toString());
        var run = again.runSettings();
        assertThat(run.stackBytes()).isEqualTo(64 << 10);
        assertThat(run.debugAllocatorDefaults().stackTraceFrames()).isEqualTo(3);
        assertThat(run.debugAllocatorDefaults().neverUnmap()).isTrue();
        Files.writeString(dir.resolve("settings.properties"), "stackKiB=not a number\ntheme=PURPLE\n");
        var broken = Settings.load(dir);
        assertThat(broken.stackKiB.get()).isEqualTo(16 * 1024);
        assertThat(broken.theme.get()).isEqualTo(Settings.Theme.LIGHT);
    }
}
