package org.heaplab.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A development aid, not a test: runs corpus cases and probes in one JVM and says which match
 * Zig's recorded output, with the first line that differs. Arguments are case folders, folders of
 * cases, probe folders or probe files. {@code --list ROOT} instead writes ROOT/expected-to-fail.txt
 * from what fails now (review the change before committing it: the list should only shrink).
 *
 * <pre>java -cp target/classes:target/test-classes:target/lib/* org.heaplab.conformance.CorpusCheck src/test/resources/learner</pre>
 */
public final class CorpusCheck {
    private CorpusCheck() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--list")) {
            writeList(Path.of(args[1]));
            return;
        }
        int pass = 0;
        int fail = 0;
        for (String a : args) {
            for (ConformanceTest.Case c : cases(Path.of(a))) {
                String why = mismatch(c);
                if (why == null) {
                    pass++;
                    System.out.println("PASS " + c.id());
                } else {
                    fail++;
                    System.out.println("FAIL " + c.id() + ": " + why);
                }
            }
        }
        System.out.println(pass + " pass, " + fail + " fail");
    }

    private static List<ConformanceTest.Case> cases(Path p) throws IOException {
        if (p.toString().endsWith(".zig")) {
            Path dir = p.toAbsolutePath().getParent();
            return ConformanceTest.probes(dir).stream().filter(c -> c.file().toAbsolutePath().equals(p.toAbsolutePath())).toList();
        }
        if (Files.exists(p.resolve("main.zig"))) {
            return ConformanceTest.corpus(p.getParent()).stream().filter(c -> c.id().equals(p.getFileName().toString())).toList();
        }
        List<ConformanceTest.Case> out = new ArrayList<>(ConformanceTest.corpus(p));
        if (out.isEmpty()) out.addAll(ConformanceTest.probes(p));
        return out;
    }

    /** Null when the case matches, else the first differing line or the exit codes. */
    static String mismatch(ConformanceTest.Case c) {
        String[] got;
        try {
            got = ConformanceTest.run(c);
        } catch (RuntimeException | Error e) {
            return "crashed: " + e;
        }
        if (!got[0].equals(c.expected())) {
            String[] g = got[0].split("\n", -1);
            String[] x = c.expected().split("\n", -1);
            for (int i = 0; i < Math.max(g.length, x.length); i++) {
                String gl = i < g.length ? g[i] : "<end>";
                String xl = i < x.length ? x[i] : "<end>";
                if (!gl.equals(xl)) return "line " + (i + 1) + ": got [" + gl + "] want [" + xl + "]";
            }
        }
        if (Integer.parseInt(got[1]) != c.exitCode()) return "exit " + got[1] + ", want " + c.exitCode();
        return null;
    }

    private static void writeList(Path root) throws IOException {
        List<ConformanceTest.Case> all = new ArrayList<>(ConformanceTest.corpus(root));
        if (all.isEmpty()) all.addAll(ConformanceTest.probes(root));
        TreeSet<String> failing = new TreeSet<>();
        for (ConformanceTest.Case c : all) if (mismatch(c) != null) failing.add(c.id());
        var sb = new StringBuilder("# Cases Heap Lab does not match yet (ConformanceTest). The list only shrinks.\n");
        for (String id : failing) sb.append(id).append('\n');
        Files.writeString(root.resolve("expected-to-fail.txt"), sb.toString());
        System.out.println(failing.size() + " of " + all.size() + " fail; written to " + root.resolve("expected-to-fail.txt"));
    }
}
