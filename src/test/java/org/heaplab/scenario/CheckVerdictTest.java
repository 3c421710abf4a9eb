package org.heaplab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.StopReason;
import org.junit.jupiter.api.Test;

/** What a failed check tells the learner. */
class CheckVerdictTest {
    private static final StopReason EXITED = new StopReason.Finished(StopReason.Ending.EXITED, 0, null);

    private static Observed printed(String output) {
        var s = new Snapshot(1, Snapshot.RunState.FINISHED, EXITED, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), 0, output, List.of(), null, 0, Snapshot.Changes.NONE);
        return new Observed(s, null);
    }

    @Test
    void aFailedOutputCheckShowsTheOutputWithItsLinesAsLines() {
        var v = new Check.Output(Check.Output.How.CONTAINS, "sum: 6").evaluate(printed("squares: 1 4 9\nsum: 14\n"));
        assertThat(v.holds()).isFalse();
        assertThat(v.actual()).isEqualTo("the run printed:\nsquares: 1 4 9\nsum: 14").doesNotContain("\\n");
        assertThat(new Check.Output(Check.Output.How.EQUALS, "x").evaluate(printed("")).actual()).isEqualTo("the run printed nothing");
    }
}
