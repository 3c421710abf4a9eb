package org.heaplab.lang.check;

import java.nio.file.*;
import java.util.*;
import org.heaplab.diag.*;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.parse.Parser;
import org.heaplab.source.SourceFile;

/** Development aid: checks every corpus program and prints the diagnostics. */
public class CheckCorpusProbe {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "src/test/resources/conformance");
        List<Path> dirs = new ArrayList<>();
        try (var s = Files.list(root)) { s.filter(Files::isDirectory).sorted().forEach(dirs::add); }
        for (Path d : dirs) {
            Path main = d.resolve("main.zig");
            if (!Files.exists(main)) continue;
            String cmd = Files.readString(d.resolve("cmd")).trim();
            var file = new SourceFile("main.zig", Files.readString(main));
            List<Diagnostic> diags = new ArrayList<>();
            Ast.Container ast = Parser.parseFile(file, diags);
            String out;
            try {
                var r = Sema.check(file, ast, cmd.equals("test") ? Sema.Mode.TEST : Sema.Mode.RUN);
                out = ZigDiagnosticRenderer.render(r.diagnostics());
            } catch (Throwable t) {
                var sw = new java.io.StringWriter();
                t.printStackTrace(new java.io.PrintWriter(sw));
                out = "CRASH " + sw.toString().lines().limit(12).reduce("", (a, b) -> a + "\n" + b);
            }
            System.out.println("=== " + d.getFileName() + (out.isEmpty() ? " OK" : "\n" + out));
        }
    }
}
