package org.heaplab.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.heaplab.cli.CliAccess;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance corpus: for every case, Heap Lab's output (stdout and stderr merged in the
 * order written), normalized by the corpus's rules, must equal what real Zig printed, and the
 * exit code must match. Expected outputs are never edited to make a case pass.
 */
class ConformanceTest {
    static final Path CORPUS = Path.of("src/test/resources/conformance");

    /**
     * Cases that need the allocators and std containers of the next issue (arena, fixed buffer,
     * memory pool, failing allocator, user vtables, ArrayList, hash maps, JSON). Each is still run:
     * one that starts passing fails this test until it is removed from the list.
     */
    static final Set<String> EXPECTED_TO_FAIL = Set.of(
            "10-game-init-history-fails", "23-parse-skeleton-arena", "24-intlist-on-arena", "25-fba-json-150",
            "26-fba-json-120-oom", "28-json-stringify-stdout", "32-arena-process-request", "33-fba-8192-reset",
            "34-thread-safe-allocator-fba", "35-memory-pool-node", "38-validation-allocator",
            "41-arraylist-managed", "42-arraylist-unmanaged", "54-process-data-size");

    record Case(String id, Path dir, String cmd, String expected, int exitCode) {}

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            for (Path d : dirs.filter(p -> Files.exists(p.resolve("main.zig"))).sorted().toList()) {
                out.add(new Case(d.getFileName().toString(), d, Files.readString(d.resolve("cmd")).trim(),
                        Files.readString(d.resolve("expected.txt")), Integer.parseInt(Files.readString(d.resolve("exit_code")).trim())));
            }
        }
        return out;
    }

    /** Runs a case through the CLI, in-process, with both streams merged. */
    static String[] run(Case c) {
        var bytes = new ByteArrayOutputStream();
        var merged = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = CliAccess.execute(new String[] {c.cmd(), c.dir().resolve("main.zig").toString()}, merged, merged);
        merged.flush();
        return new String[] {ZigNormalizer.normalize(bytes.toString(StandardCharsets.UTF_8)), Integer.toString(code)};
    }

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesZig() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> {
            String[] got = run(c);
            boolean matches = got[0].equals(c.expected()) && Integer.parseInt(got[1]) == c.exitCode();
            if (EXPECTED_TO_FAIL.contains(c.id())) {
                assertThat(matches).as(c.id() + " now matches Zig: remove it from EXPECTED_TO_FAIL").isFalse();
                return;
            }
            assertThat(got[0]).as(c.id() + " output").isEqualTo(c.expected());
            assertThat(Integer.parseInt(got[1])).as(c.id() + " exit code").isEqualTo(c.exitCode());
        }));
    }
}
