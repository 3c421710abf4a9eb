package org.heaplab.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The std coverage table (docs/std-coverage.md), made from the std probes: each module's
 * functions.txt lists the public functions of Zig's module and the probe that checks each; a
 * function counts as covered when its probe is recorded and Heap Lab matches Zig on it (it is
 * not in expected-to-fail.txt, which ConformanceTest holds to the truth). {@link #main} writes
 * the table; StdCoverageTest fails when the committed one is stale.
 */
public final class StdCoverage {
    private StdCoverage() {}

    static final Path DOC = Path.of("docs/std-coverage.md");

    enum Status {
        MATCHES("matches Zig"), DIFFERS("differs from Zig"), NOT_RECORDED("probe not recorded"), NO_PROBE("no probe");

        final String text;

        Status(String text) { this.text = text; }
    }

    record Function(String name, String probe, Status status, String note) {}

    record Module(String name, String header, List<Function> functions) {
        long count(Status s) { return functions.stream().filter(f -> f.status == s).count(); }
    }

    static List<Module> modules() throws IOException {
        Path root = ConformanceTest.STD_PROBES;
        Set<String> failing = ConformanceTest.expectedToFail(root);
        List<Module> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(d -> Files.exists(d.resolve("functions.txt"))).sorted().toList()) {
                String module = dir.getFileName().toString();
                List<Function> fns = new ArrayList<>();
                StringBuilder header = new StringBuilder();
                for (String line : Files.readAllLines(dir.resolve("functions.txt"))) {
                    if (line.isBlank()) continue;
                    if (line.startsWith("#")) {
                        header.append(line.substring(1).trim()).append(' ');
                        continue;
                    }
                    String[] cols = line.split("\t", 3);
                    String name = cols[0].trim();
                    String probe = cols.length > 1 ? cols[1].trim() : "-";
                    String note = cols.length > 2 ? cols[2].replaceFirst("^#\\s*", "").trim() : "";
                    Status status;
                    if (probe.equals("-") || probe.isEmpty()) {
                        status = Status.NO_PROBE;
                    } else {
                        String base = probe.replaceAll("\\.zig$", "");
                        if (!Files.exists(dir.resolve(base + ".out"))) status = Status.NOT_RECORDED;
                        else status = failing.contains(module + "/" + base) ? Status.DIFFERS : Status.MATCHES;
                    }
                    fns.add(new Function(name, probe, status, note));
                }
                out.add(new Module(module, header.toString().trim(), fns));
            }
        }
        return out;
    }

    static String render(List<Module> modules) {
        long total = 0;
        long matches = 0;
        for (Module m : modules) {
            total += m.functions().size();
            matches += m.count(Status.MATCHES);
        }
        var sb = new StringBuilder();
        sb.append("# Standard library coverage\n\n");
        sb.append("Every public function of the std modules learners use, as Zig's own lib/std lists them, and whether\n");
        sb.append("Heap Lab does what Zig does with it: each function has a probe program in\n");
        sb.append("`src/test/resources/stdprobes/<module>/`, recorded with Zig, and counts as covered when Heap Lab's\n");
        sb.append("output and exit status match the recording (ConformanceTest checks every probe). This page is made\n");
        sb.append("from the probes by `org.heaplab.conformance.StdCoverage` (StdCoverageTest fails when it is stale).\n\n");
        sb.append(String.format("**%d of %d functions (%.1f%%) match Zig.**%n%n", matches, total, 100.0 * matches / Math.max(1, total)));
        sb.append("| module | functions | match Zig | differ | probe not recorded | no probe |\n");
        sb.append("|---|---:|---:|---:|---:|---:|\n");
        for (Module m : modules) {
            sb.append(String.format("| %s | %d | %d | %d | %d | %d |%n", m.name(), m.functions().size(), m.count(Status.MATCHES),
                    m.count(Status.DIFFERS), m.count(Status.NOT_RECORDED), m.count(Status.NO_PROBE)));
        }
        sb.append("\n\"No probe\" marks a function that cannot be probed against the recording Zig (its 0.14.0 API differs\n");
        sb.append("from the development build that recorded the probes, or it is only for the compiler); the reason is given.\n");
        for (Module m : modules) {
            sb.append("\n## ").append(m.name()).append("\n\n");
            if (!m.header().isEmpty()) sb.append(m.header()).append("\n\n");
            sb.append("| function | probe | status |\n|---|---|---|\n");
            for (Function f : m.functions()) {
                String status = f.status().text + (f.note().isEmpty() ? "" : " (" + f.note().replace("|", "\\|") + ")");
                sb.append("| `").append(f.name()).append("` | ").append(f.probe().equals("-") ? "" : "`" + f.probe() + "`")
                        .append(" | ").append(status).append(" |\n");
            }
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        String text = render(modules());
        Files.writeString(DOC, text);
        System.out.println(text.lines().filter(l -> l.startsWith("**")).findFirst().orElse(""));
    }
}
