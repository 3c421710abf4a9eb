package org.heaplab.session;

import java.nio.charset.StandardCharsets;
import org.heaplab.diag.ZigDiagnosticRenderer;
import org.heaplab.lang.check.Sema;
import org.heaplab.runtime.Machine;
import org.heaplab.runtime.Runner;
import org.heaplab.source.SourceFile;

/**
 * The facade the command line and the window use: compile a program, run it (as {@code zig run}
 * or {@code zig test}), stop it, and explain what happened.
 */
public final class Session {
    private Session() {}

    /** What a run printed and how it ended; {@code result} is null when compilation failed. */
    public record Outcome(Compilation compilation, Runner.Result result, int exitCode) {}

    /** A compiled program on its machine, ready to run; {@link #stop()} may be called from any thread. */
    public static final class Prepared {
        private final Compilation compilation;
        private final Machine machine;
        private final Machine.Output out;

        private Prepared(Compilation compilation, Machine machine, Machine.Output out) {
            this.compilation = compilation;
            this.machine = machine;
            this.out = out;
        }

        public Compilation compilation() { return compilation; }

        /** Asks the running program to stop at its next statement boundary. */
        public void stop() {
            if (machine != null) machine.vm().requestStop();
        }

        /** Runs the program to its end (or to a limit, or a stop request). */
        public Outcome run() {
            if (machine == null) {
                out.write(2, ZigDiagnosticRenderer.render(compilation.zigDiagnostics()).getBytes(StandardCharsets.UTF_8));
                return new Outcome(compilation, null, 1);
            }
            try {
                Runner.Result r = compilation.mode() == Sema.Mode.TEST ? Runner.runTests(machine) : Runner.runMain(machine);
                return new Outcome(compilation, r, r.exitCode());
            } catch (RuntimeException | StackOverflowError e) {
                String what = e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
                out.write(2, ("heaplab: internal error while running the program: " + what + "\n").getBytes(StandardCharsets.UTF_8));
                return new Outcome(compilation, null, 70);
            }
        }
    }

    /** Compiles a program and sets up the machine it will run on. */
    public static Prepared prepare(SourceFile file, Sema.Mode mode, Machine.Settings settings, Machine.Output out) {
        Compilation c = Compilation.compile(file, mode);
        if (!c.ok()) return new Prepared(c, null, out);
        var m = new Machine(c.image(), settings.withTestMode(mode == Sema.Mode.TEST), out);
        return new Prepared(c, m, out);
    }

    public static Outcome run(SourceFile file, Sema.Mode mode, Machine.Settings settings, Machine.Output out) {
        return prepare(file, mode, settings, out).run();
    }
}
