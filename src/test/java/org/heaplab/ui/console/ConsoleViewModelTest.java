package org.heaplab.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.StopReason;
import org.junit.jupiter.api.Test;

/** The Console's text: undefined bytes printed by the program never show as a fallback font's glyph. */
class ConsoleViewModelTest {
    private static final StopReason EXITED = new StopReason.Finished(StopReason.Ending.EXITED, 0, null);

    @Test
    void bytesThatAreNotUtf8ShowAsDots() {
        // what `std.debug.print("{s}\n", .{buf})` prints for a [4]u8 left undefined: four 0xAA bytes
        String output = new String(new byte[] {'b', 'u', 'f', ' ', (byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0xAA, '\n'},
                java.nio.charset.StandardCharsets.UTF_8);
        var s = new Snapshot(1, Snapshot.RunState.FINISHED, EXITED, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), 0, output, List.of(), null, 0, Snapshot.Changes.NONE);
        var vm = new ConsoleViewModel();
        vm.show(s);
        assertThat(vm.textProperty().get()).isEqualTo("buf ····\n");
        assertThat(vm.textProperty().get().codePoints()).allMatch(c -> c < 0x300);
    }
}
