package org.heaplab.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The check that asks who last wrote bytes, as the History tab answers: the program, or the allocator's 0xAA on a free. */
class LastWriteCheckTest {
    @Test
    void readsItsForms() {
        assertThat(Check.parse("last write of what scores points at is by the allocator's free").describe())
                .isEqualTo("the last write of what scores points at is by the allocator's free");
        assertThat(Check.parse("last write of first is by the program").describe()).isEqualTo("the last write of first is by the program");
        assertThatThrownBy(() -> Check.parse("last write of first is by the user")).hasMessageContaining("the allocator, the allocator's free or the program");
        assertThatThrownBy(() -> Check.parse("last write of what first is by the program")).hasMessageContaining("points at");
    }

    @Test
    void theFreedBlocksBytesWereLastWrittenByTheAllocatorsFree() throws Exception {
        Scenario s = ScenarioLibrary.load(Path.of("scenarios")).find("28-who-wrote-0xaa").orElseThrow();
        try (var walk = new Walk(s, s.program())) {
            walk.runTo(new Target.Line(12));
            Observed before = walk.observed();
            assertThat(Check.parse("last write of what scores points at is by the program").evaluate(before).holds()).isTrue();
            walk.runTo(new Target.Line(15));
            Observed after = walk.observed();
            assertThat(Check.parse("last write of what scores points at is by the allocator's free").evaluate(after).holds()).isTrue();
            assertThat(Check.parse("last write of what scores points at is by the allocator").evaluate(after).holds()).isTrue();
            Check.Verdict wrong = Check.parse("last write of what scores points at is by the program").evaluate(after);
            assertThat(wrong.holds()).isFalse();
            assertThat(wrong.actual()).startsWith("the allocator freed them (0xAA) at main.zig:12");
            // `first` itself was written by the program's copy at line 14
            assertThat(Check.parse("last write of first is by the program").evaluate(after).holds()).isTrue();
            assertThat(Check.parse("last write of nobody is by the program").evaluate(after).actual()).isEqualTo("there is no local nobody here");
        }
    }
}
