package org.heaplab.lang.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The map from Heap Lab's std lines to Zig's is current: rerun src/tools/std-line-map.py after editing the std. */
class StdLinesTest {
    @Test
    void everyRunStillMatchesTheStdFileItDescribes() {
        assertThat(StdLines.files()).contains("array_list.zig", "mem.zig", "fmt.zig");
        Map<String, Integer> stale = new TreeMap<>();
        for (String path : StdLines.files()) {
            int n = StdLines.staleRuns(path, Modules.readResource("/org/heaplab/std/" + path));
            if (n > 0) stale.put(path, n);
        }
        assertThat(stale).as("stale runs per file (run src/tools/std-line-map.py ZIG_LIB/std)").isEmpty();
    }

    @Test
    void aSharedLineShowsZigsNumber() {
        String text = Modules.readResource("/org/heaplab/std/array_list.zig");
        String[] lines = text.split("\n", -1);
        int[] shown = StdLines.of("array_list.zig", text);
        int appendLine = 0;
        for (int i = 0; i < lines.length && appendLine == 0; i++) {
            if (lines[i].equals("        pub fn append(self: *Self, item: T) Allocator.Error!void {")) appendLine = i + 1;
        }
        assertThat(appendLine).isPositive();
        // where the recorded Zig (learner case f035) shows its "parameter type declared here" note
        assertThat(shown[appendLine]).isEqualTo(261);
    }
}
