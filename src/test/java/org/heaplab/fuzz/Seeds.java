package org.heaplab.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The fuzzer's seeds: every Zig program of the test corpora and of the scenarios. */
final class Seeds {
    private Seeds() {}

    /** One seed program: where it came from (for reports) and its text. */
    record Seed(String name, String text) {}

    static final List<String> CORPORA = List.of("src/test/resources/conformance", "src/test/resources/cases", "src/test/resources/learner",
            "src/test/resources/stdprobes", "src/test/resources/debugger", "src/test/resources/contract", "scenarios");

    static List<Seed> load() {
        List<Seed> out = new ArrayList<>();
        for (String dir : CORPORA) {
            Path root = Path.of(dir);
            if (!Files.isDirectory(root)) continue;
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".zig")).sorted().toList()) {
                    out.add(new Seed(p.toString(), new String(Files.readAllBytes(p), StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
