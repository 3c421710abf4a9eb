package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.heaplab.trace.Snapshot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every conformance program stepped statement by statement under the debugger, a snapshot at
 * each stop: none fails to build, every stop shows a line of the program, and the run ends the
 * way it ends without the debugger (same output, same exit status).
 */
class SteppingConformanceTest {
    /** Stops taken one step at a time; the rest of a long run continues at full speed. */
    private static final int MAX_STEPS = 400;

    /** The shared corpus and Heap Lab's own recorded cases: every directory with a program and its command. */
    static Stream<String> cases() throws IOException {
        List<String> out = new java.util.ArrayList<>();
        for (String corpus : List.of("src/test/resources/conformance", "src/test/resources/cases")) {
            try (var dirs = Files.list(Path.of(corpus))) {
                dirs.filter(p -> Files.isRegularFile(p.resolve("main.zig")) && Files.isRegularFile(p.resolve("cmd")))
                        .map(Path::toString).sorted().forEach(out::add);
            }
        }
        return out.stream();
    }

    /** How a case runs: its {@code cmd} file says {@code run} or {@code test}. */
    static Session.Mode mode(Path dir) throws IOException {
        return Files.readString(dir.resolve("cmd")).strip().equals("test") ? Session.Mode.TEST : Session.Mode.RUN;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void stepsThroughAndEndsAsARunDoes(String name) throws Exception {
        Path dir = Path.of(name);
        String text = Files.readString(dir.resolve("main.zig"));
        Session.Mode mode = mode(dir);
        var plainOut = new java.io.ByteArrayOutputStream();
        Session.Outcome plain = Session.run("main.zig", text, mode, RunSettings.defaults(), (fd, b) -> plainOut.writeBytes(b));

        var stops = new LinkedBlockingQueue<Snapshot>();
        var outcome = new Session.Outcome[1];
        Debugger d = Debugger.prepare("main.zig", text, mode, RunSettings.defaults(), new Debugger.Listener() {
            @Override
            public void snapshot(Snapshot s) {
                if (s.state() == Snapshot.RunState.PAUSED) stops.add(s);
            }

            @Override
            public void finished(Session.Outcome o, Snapshot last) {
                outcome[0] = o;
                stops.add(last);
            }
        });
        if (!d.compilation().ok()) {
            assertThat(plain.result()).isNull();
            return;
        }
        d.start(Debugger.Command.STEP_INTO);
        Snapshot last;
        int steps = 0;
        while (true) {
            last = stops.poll(60, TimeUnit.SECONDS);
            assertThat(last).as("a stop within 60 s").isNotNull();
            if (last.state() == Snapshot.RunState.FINISHED) break;
            assertThat(last.reason()).doesNotContain("could not read");
            assertThat(last.position()).isNotNull();
            assertThat(last.position().file()).isEqualTo("main.zig");
            assertThat(last.frames()).isNotEmpty();
            d.send(++steps < MAX_STEPS ? Debugger.Command.STEP_INTO : Debugger.Command.CONTINUE);
        }
        assertThat(last.reason()).doesNotContain("could not read");
        assertThat(last.output()).isEqualTo(plainOut.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(outcome[0].exitCode()).isEqualTo(plain.exitCode());
        List<Snapshot.MemoryError> errors = last.errors();
        assertThat(errors).allSatisfy(e -> assertThat(e.title()).isNotBlank());
    }
}
