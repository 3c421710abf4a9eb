package org.heaplab.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.heaplab.session.Debugger;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;
import org.heaplab.session.StopQueue;
import org.heaplab.session.Write;
import org.heaplab.trace.Snapshot;
import org.heaplab.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;

/** The History tab's answers, from a real run's write history: last write and next write, an origin chain, a block's life, the empty state. */
class HistoryViewModelTest {
    static final String PROGRAM = """
            const std = @import("std");

            pub fn main() !void {
                var gpa = std.heap.GeneralPurposeAllocator(.{}){};
                defer _ = gpa.deinit();
                const allocator = gpa.allocator();

                const names = try allocator.alloc(u8, 4);
                defer allocator.free(names);
                const scores = try allocator.alloc(u8, 4);
                scores[0] = 7;
                scores[0] += 1;
                allocator.free(scores);

                const first = scores[0];
                std.debug.print("first score: {d}\\n", .{first});
            }
            """;

    private final List<Write> went = new ArrayList<>();
    private final List<Long> sought = new ArrayList<>();

    private HistoryViewModel vm(Debugger d) {
        return new HistoryViewModel(TaskRunner.sameThread().lane("history"), d::history, new HistoryViewModel.Travel() {
            @Override
            public void goToWrite(Write w) { went.add(w); }

            @Override
            public void seekAfter(long step, String reason) { sought.add(step); }
        });
    }

    private static List<String> texts(HistoryViewModel vm) {
        return vm.entries().stream().map(HistoryViewModel.Entry::text).toList();
    }

    @Test
    void answersWithTheWriterAndItsLinksAndGoesOnToTheNextWrite() throws Exception {
        var stops = new StopQueue();
        Debugger d = Debugger.prepare("main.zig", PROGRAM, Session.Mode.RUN, RunSettings.defaults(), stops);
        try {
            d.setBreakpoints(Set.of(16));
            d.start(Debugger.Command.CONTINUE);
            Snapshot s = stops.next(60_000);
            assertThat(s.position().line()).isEqualTo(16);
            HistoryViewModel vm = vm(d);
            assertThat(vm.entries()).isEmpty();
            Snapshot.Local scores = s.top().locals().stream().filter(l -> l.name().equals("scores")).findFirst().orElseThrow();
            Snapshot.Local first = s.top().locals().stream().filter(l -> l.name().equals("first")).findFirst().orElseThrow();

            vm.lastWrite("scores[0]", scores.pointsTo(), 1, s.step());
            assertThat(vm.titleProperty().get()).isEqualTo("Where was scores[0] written?");
            assertThat(texts(vm)).singleElement().asString().startsWith("The allocator freed them (0xAA) at main.zig:13").contains("use after free");
            assertThat(vm.canNextProperty().get()).isTrue();
            vm.entries().getFirst().go().run();
            assertThat(went).singleElement().extracting(Write::line).isEqualTo(13);

            // nothing wrote it after the free, up to here
            vm.nextWrite(s.step());
            assertThat(texts(vm).getFirst()).startsWith("No write of scores[0] after step");

            vm.origin("`first`", first.address(), first.size(), s.step());
            assertThat(vm.entries()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(texts(vm).getFirst()).contains("main.zig:15").contains("copied from");
            assertThat(texts(vm).getLast()).contains("main.zig:13").contains("0xAA from the allocator (freed)");
            assertThat(vm.canNextProperty().get()).isFalse();

            vm.blockLife("block", scores.pointsTo(), s.step());
            assertThat(texts(vm)).anyMatch(t -> t.toLowerCase().contains("alloc")).anyMatch(t -> t.toLowerCase().contains("free"));
            vm.entries().getFirst().go().run();
            assertThat(sought).hasSize(1);

            vm.clear();
            assertThat(vm.entries()).isEmpty();
            assertThat(vm.titleProperty().get()).isEmpty();
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    @Test
    void beforeARunItSaysToRunFirst() {
        var vm = new HistoryViewModel(TaskRunner.sameThread().lane("history"), () -> null, null);
        vm.lastWrite("`x`", 0x1000, 4, 1);
        assertThat(texts(vm)).containsExactly("Run or step the program first: the history is recorded as it runs.");
    }
}
