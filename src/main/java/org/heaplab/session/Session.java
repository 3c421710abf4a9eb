package org.heaplab.session;

import java.nio.charset.StandardCharsets;
import org.heaplab.lang.check.Sema;
import org.heaplab.runtime.Machine;
import org.heaplab.runtime.Runner;
import org.heaplab.source.SourceFile;

/**
 * The facade the command line and the window use: compile a program, run it (as {@code zig run}
 * or {@code zig test}), and explain what happened.
 */
public final class Session {
    private Session() {}

    /** What a run printed and how it ended; {@code result} is null when compilation failed. */
    public record Outcome(Compilation compilation, Runner.Result result, int exitCode) {}

    public static Outcome run(SourceFile file, Sema.Mode mode, Machine.Settings settings, Machine.Output out) {
        Compilation c = Compilation.compile(file, mode);
        if (!c.ok()) {
            out.write(2, org.heaplab.diag.ZigDiagnosticRenderer.render(c.zigDiagnostics()).getBytes(StandardCharsets.UTF_8));
            return new Outcome(c, null, 1);
        }
        Runner.Result r;
        try {
            r = mode == Sema.Mode.TEST ? Runner.runTests(c.image(), settings, out) : Runner.runMain(c.image(), settings, out);
        } catch (RuntimeException | StackOverflowError e) {
            String what = e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
            out.write(2, ("heaplab: internal error while running the program: " + what + "\n").getBytes(StandardCharsets.UTF_8));
            return new Outcome(c, null, 70);
        }
        return new Outcome(c, r, r.exitCode());
    }
}
