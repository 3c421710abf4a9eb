package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Stream;
import org.heaplab.diag.Diagnostic;
import org.heaplab.lang.check.Sema;
import org.heaplab.runtime.Machine;
import org.heaplab.source.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * Whatever the input, the user sees a diagnostic or a run, never a Java exception: every corpus
 * program is mangled in seeded random ways (tokens deleted, duplicated, swapped, lines cut,
 * stray characters) and compiled; those that still compile are run under tight limits.
 */
class MangledProgramsTest {
    private static final String[] NOISE = {"{", "}", "(", ")", ";", ",", ".", "*", "&", "try ", "defer ", "const ", "var ",
            "0", "\"", "'", "|", "=", "[", "]", "!", "?", "@", "..", "fn ", "return ", "u8", "null", "undefined", "\n"};

    static List<String> programs() throws IOException {
        List<String> out = new ArrayList<>();
        for (String dir : List.of("src/test/resources/conformance", "src/test/resources/cases")) {
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                for (Path p : s.filter(f -> f.toString().endsWith(".zig")).sorted().toList()) out.add(Files.readString(p));
            }
        }
        return out;
    }

    static String mangle(String src, RandomGenerator r) {
        var sb = new StringBuilder(src);
        int edits = 1 + r.nextInt(3);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(6)) {
                case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + r.nextInt(8)));
                case 1 -> sb.insert(at, NOISE[r.nextInt(NOISE.length)]);
                case 2 -> {
                    int end = Math.min(sb.length(), at + 1 + r.nextInt(20));
                    sb.insert(end, sb.substring(at, end));
                }
                case 3 -> sb.setLength(at);
                case 4 -> {
                    int other = r.nextInt(sb.length());
                    char c = sb.charAt(at);
                    sb.setCharAt(at, sb.charAt(other));
                    sb.setCharAt(other, c);
                }
                default -> sb.replace(at, Math.min(sb.length(), at + 1), String.valueOf((char) (32 + r.nextInt(95))));
            }
        }
        return sb.toString();
    }

    @Test
    void mangledProgramsGetDiagnosticsOrRunNeverCrash() throws IOException {
        List<String> sources = programs();
        RandomGenerator r = RandomGeneratorFactory.of("L64X128MixRandom").create(20261121L);
        var settings = new Machine.Settings(1 << 20, 64L << 20, 200_000, 2_000, 1 << 20, false, 1);
        int compiled = 0;
        int rejected = 0;
        for (int i = 0; i < 1500; i++) {
            String src = mangle(sources.get(r.nextInt(sources.size())), r);
            var file = new SourceFile("main.zig", src);
            Sema.Mode mode = src.contains("test \"") ? Sema.Mode.TEST : Sema.Mode.RUN;
            Compilation c = Compilation.compile(file, mode);
            for (Diagnostic d : c.diagnostics()) {
                assertThat(d.message()).as("program:\n" + src).doesNotContain("internal error");
            }
            if (!c.ok()) {
                assertThat(c.diagnostics()).as("a rejected program has a diagnostic").isNotEmpty();
                rejected++;
                continue;
            }
            compiled++;
            var out = new ByteArrayOutputStream();
            Session.Outcome o = Session.run(file, mode, settings, (fd, b) -> out.writeBytes(b));
            assertThat(o.exitCode()).as("program:\n" + src + "\noutput:\n" + out.toString(StandardCharsets.UTF_8)).isNotEqualTo(70);
        }
        assertThat(rejected).isGreaterThan(100);
        assertThat(compiled).isGreaterThan(10);
    }
}
