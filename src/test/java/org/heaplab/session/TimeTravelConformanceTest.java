package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.heaplab.trace.Json;
import org.heaplab.trace.Snapshot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Going back and then forward again reproduces the run: every conformance program is stepped
 * forward (a snapshot at each stop), then taken back to each of those stops in reverse order
 * and forward again, and each arrival must show exactly the snapshot first taken there. A
 * checkpoint every few steps makes almost every trip restore one. After the end, a trip back
 * and a run on to the end again must end as the plain run does.
 */
class TimeTravelConformanceTest {
    private static final int MAX_STOPS = 120;
    /** What may differ between two visits to one step: why the run stopped there and what changed since the previous stop. */
    static final Set<String> VISIT_FIELDS = Set.of("stop", "changes");

    static Stream<String> cases() throws Exception {
        return SteppingConformanceTest.cases();
    }

    static String canonical(Snapshot s) {
        return Json.write(s, VISIT_FIELDS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void backThenForwardReproducesEverySnapshot(String name) throws Exception {
        Path dir = Path.of(name);
        String text = Files.readString(dir.resolve("main.zig"));
        Session.Mode mode = SteppingConformanceTest.mode(dir);
        var plainOut = new java.io.ByteArrayOutputStream();
        Session.Outcome plain = Session.run("main.zig", text, mode, RunSettings.defaults(), (fd, b) -> plainOut.writeBytes(b));

        var stops = new StopQueue();
        Debugger d = Debugger.prepare("main.zig", text, mode, RunSettings.defaults(), stops);
        if (!d.compilation().ok()) return;
        d.setMinCheckpointInterval(7);
        try {
            d.start(Debugger.Command.STEP_INTO);
            Map<Long, String> seen = new LinkedHashMap<>();
            Snapshot s;
            while (true) {
                s = next(stops);
                if (s.state() == Snapshot.RunState.FINISHED || seen.size() >= MAX_STOPS) break;
                seen.putIfAbsent(s.step(), canonical(s));
                d.send(Debugger.Command.STEP_INTO);
            }
            if (s.state() == Snapshot.RunState.FINISHED) {
                assertThat(s.output()).isEqualTo(plainOut.toString(java.nio.charset.StandardCharsets.UTF_8));
                stops.outcome(30_000);
            }
            List<Long> steps = new ArrayList<>(seen.keySet());
            // a program without a statement (main an empty function) finishes at its first stop: nothing to travel over
            if (steps.isEmpty()) {
                assertThat(s.state()).isEqualTo(Snapshot.RunState.FINISHED);
                return;
            }
            // back, one stop at a time from the newest
            for (int i = steps.size() - 1; i >= 0; i--) {
                long step = steps.get(i);
                d.seek(step);
                Snapshot back = next(stops);
                assertThat(back.step()).as("arrived at step %d", step).isEqualTo(step);
                assertThat(canonical(back)).as("snapshot at step %d, reached going back", step).isEqualTo(seen.get(step));
            }
            // and forward again, skipping some
            for (int i = 0; i < steps.size(); i += 3) {
                long step = steps.get(i);
                d.seek(step);
                Snapshot again = next(stops);
                assertThat(canonical(again)).as("snapshot at step %d, reached going forward", step).isEqualTo(seen.get(step));
            }
            // from the middle on to the end: the run ends as it does without the lab
            d.seek(steps.get(steps.size() / 2));
            next(stops);
            Snapshot end;
            do {
                // a memory error pauses the run on the way
                d.send(Debugger.Command.CONTINUE);
                end = next(stops);
            } while (end.state() != Snapshot.RunState.FINISHED);
            assertThat(end.output()).isEqualTo(plainOut.toString(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(stops.outcome(30_000).exitCode()).isEqualTo(plain.exitCode());
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    private static Snapshot next(StopQueue q) throws InterruptedException {
        Snapshot s = q.next(60_000);
        assertThat(s).as("a stop within 60 s").isNotNull();
        return s;
    }
}
