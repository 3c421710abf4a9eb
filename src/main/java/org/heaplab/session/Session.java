package org.heaplab.session;

import java.nio.charset.StandardCharsets;
import org.heaplab.diag.ZigDiagnosticRenderer;
import org.heaplab.lang.check.Sema;
import org.heaplab.runtime.LimitExceeded;
import org.heaplab.runtime.Machine;
import org.heaplab.runtime.Runner;
import org.heaplab.source.SourceFile;
import org.heaplab.trace.StopReason;

/**
 * The facade the command line and the window use: compile a program, run it (as {@code zig run}
 * or {@code zig test}), stop it, and explain what happened.
 */
public final class Session {
    private Session() {}

    /** Run as {@code zig run} (main) or as {@code zig test} (the test blocks). */
    public enum Mode {
        RUN, TEST;

        Sema.Mode sema() { return this == RUN ? Sema.Mode.RUN : Sema.Mode.TEST; }
    }

    /** Where a program's stdout (fd 1) and stderr (fd 2) go, in the order written. */
    public interface Output {
        void write(int fd, byte[] bytes);

        /** The program's standard input (see Machine.Output#read). */
        default int read(byte[] into) { return 0; }
    }

    /** What a run printed and how it ended; {@code result} is null when compilation failed. */
    public record Outcome(Compilation compilation, Runner.Result result, int exitCode) {
        /** Why Heap Lab stopped the program ("it ran more than N statements"), or null. */
        public String limitReached() {
            return result != null && result.ending() == Runner.Ending.LIMIT ? result.detail() : null;
        }

        /** What every allocator the program used holds and did, as {@code --allocators} prints it; empty when the program did not run. */
        public String allocatorReport() {
            if (result == null || result.machine() == null) return "";
            return AllocatorReport.render(result.machine().allocators().describe());
        }

        /** How to raise the limit that stopped the run ("" for one no setting raises). */
        public String limitAdvice() {
            if (limitReached() == null || result.limit() == null) return "";
            return switch (result.limit()) {
                case STEPS -> "Raise the limit with --max-steps.";
                case TIME -> "Raise the limit with --max-seconds.";
                case MEMORY -> "Raise the limit with --max-memory (MiB).";
                case OUTPUT -> "Raise the limit with --max-output (MiB).";
                case FIXED, STOPPED -> "";
            };
        }

        /** How the run ended, as a stop reason (the debugger's last snapshot, a trace's {@code ending}). */
        public StopReason.Finished stopReason() {
            if (result == null) {
                var how = exitCode == 1 ? StopReason.Ending.DID_NOT_COMPILE : StopReason.Ending.INTERNAL_ERROR;
                return new StopReason.Finished(how, exitCode, null);
            }
            StopReason.Ending e = switch (result.ending()) {
                case RETURNED, EXIT -> StopReason.Ending.EXITED;
                case ERROR_RETURNED -> StopReason.Ending.ERROR_RETURNED;
                case PANIC, TEST_CRASHED -> StopReason.Ending.PANICKED;
                case SEGFAULT -> StopReason.Ending.SEGFAULT;
                case STACK_OVERFLOW -> StopReason.Ending.STACK_OVERFLOW;
                case TESTS_FAILED -> StopReason.Ending.TESTS_FAILED;
                case LIMIT -> result.limit() == LimitExceeded.Limit.STOPPED ? StopReason.Ending.STOPPED
                        : result.limit() == LimitExceeded.Limit.FIXED ? StopReason.Ending.FIXED_LIMIT : StopReason.Ending.LIMIT;
            };
            boolean detailed = e == StopReason.Ending.ERROR_RETURNED || e == StopReason.Ending.LIMIT || e == StopReason.Ending.FIXED_LIMIT;
            return new StopReason.Finished(e, exitCode, detailed ? result.detail() : null);
        }
    }

    /** Compiles a program, as {@code zig run}/{@code zig test} would before running it. */
    public static Compilation compile(String fileName, String text, Mode mode) {
        return Compilation.compile(new SourceFile(fileName, text), mode.sema());
    }

    public static Outcome run(String fileName, String text, Mode mode, RunSettings settings, Output out) {
        return prepare(fileName, text, mode, settings, out).run();
    }

    public static Prepared prepare(String fileName, String text, Mode mode, RunSettings settings, Output out) {
        SourceFile file = new SourceFile(fileName, text);
        Compilation c = Compilation.compile(file, mode.sema(), settings.linkLibc(), settings.debugAllocatorDefaults());
        Prepared p = prepared(c, settings.machine(mode == Mode.TEST), new Machine.Output() {
            @Override
            public void write(int fd, byte[] bytes) { out.write(fd, bytes); }

            @Override
            public int read(byte[] into) { return out.read(into); }
        });
        if (p.machine != null) p.machine.setFaultPlan(settings.faults());
        return p;
    }

    /**
     * Sets up another run of a program compiled once (a sweep runs one program many times):
     * {@code c} must have been compiled with the settings' libc and debug allocator defaults.
     */
    public static Prepared prepare(Compilation c, RunSettings settings, Output out) {
        Prepared p = prepared(c, settings.machine(c.mode() == Sema.Mode.TEST), new Machine.Output() {
            @Override
            public void write(int fd, byte[] bytes) { out.write(fd, bytes); }

            @Override
            public int read(byte[] into) { return out.read(into); }
        });
        if (p.machine != null) p.machine.setFaultPlan(settings.faults());
        return p;
    }

    /** Compiles a program as {@link #prepare(String, String, Mode, RunSettings, Output)} would, to run it with {@link #prepare(Compilation, RunSettings, Output)}. */
    public static Compilation compile(String fileName, String text, Mode mode, RunSettings settings) {
        return Compilation.compile(new SourceFile(fileName, text), mode.sema(), settings.linkLibc(), settings.debugAllocatorDefaults());
    }

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

        /** The machine the program runs on (null when it did not compile); for the session's own tools, which read it after the run. */
        public Machine machine() { return machine; }

        /** Asks the running program to stop at its next statement boundary. */
        public void stop() {
            if (machine != null) machine.vm().requestStop();
        }

        /** Runs the program to its end (or to a limit, or a stop request). */
        public Outcome run() {
            return run(false);
        }

        /** Runs a machine restored from a checkpoint on to its end. */
        Outcome resume() {
            return run(true);
        }

        private Outcome run(boolean resume) {
            if (RunThread.current()) return runHere(resume);
            var result = new Outcome[1];
            var failure = new Throwable[1];
            Thread t = new RunThread(() -> {
                try {
                    result[0] = runHere(resume);
                } catch (Throwable e) {
                    failure[0] = e;
                }
            }, "heaplab-run-main");
            t.start();
            boolean interrupted = false;
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    stop();
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
            if (failure[0] instanceof Error e) throw e;
            if (failure[0] instanceof RuntimeException e) throw e;
            return result[0];
        }

        private Outcome runHere(boolean resume) {
            if (machine == null) {
                out.write(2, ZigDiagnosticRenderer.render(compilation.zigDiagnostics()).getBytes(StandardCharsets.UTF_8));
                return new Outcome(compilation, null, 1);
            }
            try {
                Runner.Result r = resume ? Runner.resume(machine)
                        : compilation.mode() == Sema.Mode.TEST ? Runner.runTests(machine) : Runner.runMain(machine);
                return new Outcome(compilation, r, r.exitCode());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                SourceFile f = compilation.file();
                String doing = compilation.mode() == Sema.Mode.TEST ? "testing" : "running";
                out.write(2, ("\nheaplab: " + InternalErrors.report(doing, f.name(), f.text(), e) + "\n").getBytes(StandardCharsets.UTF_8));
                return new Outcome(compilation, null, 70);
            }
        }
    }

    /** Compiles a program and sets up the machine it will run on. */
    public static Prepared prepare(SourceFile file, Sema.Mode mode, Machine.Settings settings, Machine.Output out) {
        return prepare(file, mode, false, settings, out);
    }

    /** Compiles a program ({@code linkLibc}: as with {@code zig run -lc}) and sets up its machine. */
    public static Prepared prepare(SourceFile file, Sema.Mode mode, boolean linkLibc, Machine.Settings settings, Machine.Output out) {
        return prepared(Compilation.compile(file, mode, linkLibc), settings, out);
    }

    private static Prepared prepared(Compilation c, Machine.Settings settings, Machine.Output out) {
        if (!c.ok()) return new Prepared(c, null, out);
        var m = new Machine(c.image(), settings.withTestMode(c.mode() == Sema.Mode.TEST), out);
        return new Prepared(c, m, out);
    }

    public static Outcome run(SourceFile file, Sema.Mode mode, Machine.Settings settings, Machine.Output out) {
        return prepare(file, mode, settings, out).run();
    }
}
