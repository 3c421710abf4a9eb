package org.heaplab.session;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.*;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.heaplab.diag.Diagnostic;
import org.heaplab.lang.check.Sema;
import org.heaplab.runtime.Machine;
import org.heaplab.source.SourceFile;

/** Development aid: runs many mangled programs and prints the smallest reproducer of each internal failure. */
public class MangleProbe {
    public static void main(String[] args) throws Exception {
        List<String> sources = MangledProgramsTest.programs();
        RandomGenerator r = RandomGeneratorFactory.of("L64X128MixRandom").create(Long.parseLong(args.length > 0 ? args[0] : "20261121"));
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        var settings = new Machine.Settings(1 << 20, 64L << 20, 200_000, 2_000, 1 << 20, false, 1);
        Map<String, String> smallest = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String src = MangledProgramsTest.mangle(sources.get(r.nextInt(sources.size())), r);
            var file = new SourceFile("main.zig", src);
            Sema.Mode mode = src.contains("test \"") ? Sema.Mode.TEST : Sema.Mode.RUN;
            String key = null;
            try {
                Compilation c = Compilation.compile(file, mode);
                for (Diagnostic d : c.diagnostics()) if (d.message().contains("internal error")) key = "compile: " + d.message();
                if (key == null && c.ok()) {
                    var out = new ByteArrayOutputStream();
                    Session.Outcome o = Session.run(file, mode, settings, (fd, b) -> out.writeBytes(b));
                    if (o.exitCode() == 70) key = "run: " + out.toString().lines().filter(l -> l.contains("internal error")).findFirst().orElse("?");
                }
            } catch (Throwable t) {
                var sw = new StringWriter();
                t.printStackTrace(new PrintWriter(sw));
                key = "throw: " + sw.toString().lines().limit(3).reduce("", (a, b) -> a + " | " + b);
            }
            if (key == null) continue;
            if (key.length() > 200) key = key.substring(0, 200);
            counts.merge(key, 1, Integer::sum);
            if (!smallest.containsKey(key) || smallest.get(key).length() > src.length()) smallest.put(key, src);
        }
        for (var e : smallest.entrySet()) {
            System.out.println("######## " + counts.get(e.getKey()) + "x " + e.getKey());
            System.out.println(e.getValue());
        }
    }
}
