package org.heaplab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.heaplab.session.Compilation;
import org.heaplab.session.Explainer;
import org.heaplab.session.InternalErrors;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;
import org.heaplab.session.TraceFile;
import org.heaplab.source.LabFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code heaplab} command line: run, test and check Zig programs as {@code zig run} / {@code zig test} would. */
@Command(name = "heaplab", mixinStandardHelpOptions = true, version = "Heap Lab 0.1",
        description = "A lab for learning manual memory management the way Zig does it.%n"
                + "Without a command, opens the window.",
        subcommands = {HeapLabCommand.Run.class, HeapLabCommand.Test.class, HeapLabCommand.Check.class, HeapLabCommand.Replay.class,
                PictureCommand.class, FaultCommands.Sweep.class, FaultCommands.Compare.class, ScenarioCommand.class})
public final class HeapLabCommand implements Callable<Integer> {

    /** Where output goes; tests swap these. */
    static PrintStream out = System.out;
    static PrintStream err = System.err;

    @Override
    public Integer call() {
        CommandLine.usage(this, out);
        return 0;
    }

    public static int execute(String[] args, PrintStream stdout, PrintStream stderr) {
        PrintStream savedOut = out;
        PrintStream savedErr = err;
        out = stdout;
        err = stderr;
        try {
            var cl = new CommandLine(new HeapLabCommand());
            cl.setOut(new java.io.PrintWriter(stdout, true));
            cl.setErr(new java.io.PrintWriter(stderr, true));
            // the last resort: a failure of the lab itself is reported with where to send it, never as a stack trace
            cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
                String name = null;
                String text = null;
                if (cmd.getCommand() instanceof ProgramCommand pc && pc.file != null) {
                    name = String.valueOf(pc.file.getFileName());
                    try {
                        text = Files.readString(pc.file, StandardCharsets.UTF_8);
                    } catch (IOException | RuntimeException unreadable) {
                        // the details go without the program
                    }
                }
                String doing = "running `heaplab " + cmd.getCommandName() + "`" + (name != null ? " on" : "");
                err.println("heaplab: " + InternalErrors.report(doing, name, text, e));
                return 70;
            });
            return cl.execute(args);
        } finally {
            out = savedOut;
            err = savedErr;
        }
    }

    /** Options shared by run and test: the machine's limits. */
    static class Limits {
        @Option(names = "--max-steps", paramLabel = "N", description = "Stop after N statements (default: no limit).")
        long maxSteps;

        @Option(names = "--max-seconds", paramLabel = "S", description = "Stop after S seconds of running (default: ${DEFAULT-VALUE}).")
        long maxSeconds = 120;

        @Option(names = "--max-memory", paramLabel = "MIB", description = "Memory the program may use, in MiB (default: ${DEFAULT-VALUE}).")
        long maxMemoryMib = RunSettings.DEFAULT_MEMORY >> 20;

        @Option(names = "--stack-size", paramLabel = "MIB", description = "Size of the stack in MiB (default: ${DEFAULT-VALUE}, as Zig's).")
        long stackMib = RunSettings.DEFAULT_STACK >> 20;

        @Option(names = "--max-output", paramLabel = "MIB", description = "Output the program may print, in MiB (default: ${DEFAULT-VALUE}).")
        long maxOutputMib = RunSettings.DEFAULT_OUTPUT >> 20;

        RunSettings settings() {
            return new RunSettings(stackMib << 20, maxMemoryMib << 20, maxSteps, maxSeconds * 1000, maxOutputMib << 20);
        }

        /** What is wrong with the limits given, or null. */
        String problem() {
            return RunSettings.problem(maxSteps, maxSeconds, maxMemoryMib, stackMib, maxOutputMib);
        }
    }

    abstract static class ProgramCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.zig", description = "The Zig program.")
        Path file;

        /** A program: its file name (as Zig prints it) and text. */
        record Program(String name, String text) {}

        Program read() throws IOException {
            return new Program(file.getFileName().toString(), LabFiles.readText(file, LabFiles.PROGRAM_LIMIT));
        }

        Integer withFile(java.util.function.Function<Program, Integer> body) {
            Program src;
            try {
                src = read();
            } catch (NoSuchFileException e) {
                err.println("heaplab: no such file: " + file);
                return 2;
            } catch (java.nio.charset.CharacterCodingException e) {
                err.println("heaplab: " + file + " is not UTF-8 text");
                return 2;
            } catch (LabFiles.Refused e) {
                err.println("heaplab: " + e.getMessage());
                return 2;
            } catch (IOException | java.io.UncheckedIOException e) {
                err.println("heaplab: cannot read " + file + ": " + (e instanceof IOException io ? why(io) : e.getMessage()));
                return 2;
            }
            return body.apply(src);
        }
    }

    /** {@code run} and {@code test}: run a program with limits, optionally explaining what happened. */
    abstract static class RunsProgram extends ProgramCommand {
        @Option(names = "--explain", description = "After Zig's output, explain leaks, double frees, faults and panics in plain words.")
        boolean explain;

        @Option(names = "--allocators", description = "When the program ends, print every allocator it used: its parent, live blocks and bytes, peak and internals.")
        boolean allocators;

        @Option(names = "-lc", description = "Link libc, as `zig run -lc`: makes std.heap.c_allocator and raw_c_allocator available.")
        boolean linkLibc;

        @Option(names = "--trace", paramLabel = "OUT.json", description = "Also write a replayable trace of the run to OUT.json (see `heaplab replay`).")
        Path trace;

        @CommandLine.Mixin
        Limits limits = new Limits();

        @CommandLine.Mixin
        FaultCommands.FailOptions faults = new FaultCommands.FailOptions();

        abstract Session.Mode mode();

        @Override
        public Integer call() {
            String problem = limits.problem();
            RunSettings settings = faults.applyTo(limits.settings().withLinkLibc(linkLibc));
            if (problem == null) problem = settings.faultProblem();
            if (problem != null) {
                err.println("heaplab: " + problem);
                return 2;
            }
            return withFile(src -> runProgram(src, mode(), settings, explain, allocators, trace));
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Run a program as `zig run` does, printing what it prints and exiting with its status.")
    static final class Run extends RunsProgram {
        @Override
        Session.Mode mode() { return Session.Mode.RUN; }
    }

    @Command(name = "test", mixinStandardHelpOptions = true, description = "Run the test blocks of a program as `zig test` does.")
    static final class Test extends RunsProgram {
        @Override
        Session.Mode mode() { return Session.Mode.TEST; }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Compile a program without running it and list every problem found.")
    static final class Check extends ProgramCommand {
        @Option(names = "--test", description = "Check it as `zig test` would (test blocks are the roots).")
        boolean test;

        @Override
        public Integer call() {
            return withFile(src -> {
                Compilation c = Session.compile(src.name(), src.text(), test ? Session.Mode.TEST : Session.Mode.RUN);
                if (c.ok()) {
                    out.println(src.name() + ": no errors");
                    return 0;
                }
                err.print(c.renderAll());
                err.flush();
                return 1;
            });
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Replay a trace written by `run --trace` and print the snapshot at a step as JSON: frames and locals, heap blocks, "
                    + "defer queues, the allocator chain, output so far.")
    static final class Replay implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "TRACE.json", description = "A trace written by `heaplab run --trace`.")
        Path file;

        @Option(names = "--at", paramLabel = "STEP", description = "The step to show (default: the run's last).")
        Long at;

        @Option(names = "--timeout", paramLabel = "S", description = "Give up after S seconds (default: ${DEFAULT-VALUE}).")
        long timeoutSeconds = 120;

        @Option(names = "--diff", arity = "2", paramLabel = "STEP", description = "Print what happened between two steps, a line per change: "
                + "blocks allocated, freed, resized or moved, bytes written, pointers retargeted, leaks born, each allocator's counters.")
        long[] diff;

        @Option(names = "--last-write", paramLabel = "ADDR", description = "Print the last write to ADDR (hex 0x... or decimal) before the step: "
                + "its step, the line and its text, and who wrote (the program, the allocator's 0xAA on an allocation or a free).")
        String lastWrite;

        @Option(names = "--origin", paramLabel = "ADDR", description = "Print where the value at ADDR came from, a line per hop: each copy back "
                + "to the line that computed it.")
        String origin;

        @Option(names = "--block-history", paramLabel = "ADDR", description = "Print the life of the heap block holding ADDR: allocated, "
                + "resized, moved, written (a line per source line), freed, its memory reused.")
        String blockHistory;

        @Option(names = "--length", paramLabel = "L", description = "The bytes from ADDR that --last-write and --origin look at (default: ${DEFAULT-VALUE}).")
        long length = 1;

        @Override
        public Integer call() throws InterruptedException {
            TraceFile t;
            try {
                t = TraceFile.read(file);
            } catch (NoSuchFileException e) {
                err.println("heaplab: no such file: " + file);
                return 2;
            } catch (LabFiles.Refused e) {
                err.println("heaplab: " + e.getMessage());
                return 2;
            } catch (IOException | java.io.UncheckedIOException e) {
                err.println("heaplab: cannot read " + file + ": " + (e instanceof IOException io ? why(io) : e.getMessage()));
                return 2;
            } catch (TraceFile.Invalid e) {
                err.println("heaplab: " + file + " is not a trace Heap Lab can replay: " + e.getMessage());
                return 2;
            }
            int queries = (lastWrite != null ? 1 : 0) + (origin != null ? 1 : 0) + (blockHistory != null ? 1 : 0);
            if (queries > 1 || queries == 1 && diff != null) {
                err.println("heaplab: give one of --last-write, --origin, --block-history and --diff");
                return 2;
            }
            if (lastWrite != null) return HistoryQueries.run(t, at, HistoryQueries.Query.LAST_WRITE, lastWrite, length, timeoutSeconds, out, err);
            if (origin != null) return HistoryQueries.run(t, at, HistoryQueries.Query.ORIGIN, origin, length, timeoutSeconds, out, err);
            if (blockHistory != null) {
                return HistoryQueries.run(t, at, HistoryQueries.Query.BLOCK_HISTORY, blockHistory, 1, timeoutSeconds, out, err);
            }
            if (diff != null) return replayDiff(t, at, diff, timeoutSeconds);
            long step = at == null ? t.steps() : at;
            if (step < 0) {
                err.println("heaplab: --at must be 0 or more");
                return 2;
            }
            if (step > t.steps()) {
                err.println("heaplab: the traced run has " + t.steps() + " steps; showing its end");
            }
            String json = t.snapshotJsonAt(Math.max(1, step), timeoutSeconds * 1000);
            if (json == null) {
                err.println("heaplab: the replay did not get to step " + step + " within " + timeoutSeconds + " s");
                return 1;
            }
            out.print(json);
            out.println();
            out.flush();
            return 0;
        }
    }

    /** {@code replay --diff A B}. */
    static int replayDiff(TraceFile t, Long at, long[] diff, long timeoutSeconds) throws InterruptedException {
        if (at != null) {
            err.println("heaplab: give either --at or --diff");
            return 2;
        }
        if (diff[0] < 0 || diff[1] < 0) {
            err.println("heaplab: the steps of --diff must be 0 or more");
            return 2;
        }
        if (Math.max(diff[0], diff[1]) > t.steps()) err.println("heaplab: the traced run has " + t.steps() + " steps; a later step is its end");
        java.util.List<String> lines;
        try {
            lines = t.diffLines(Math.max(1, diff[0]), Math.max(1, diff[1]), timeoutSeconds * 1000);
        } catch (org.heaplab.session.StepDiff.TooSlow e) {
            err.println("heaplab: " + e.getMessage() + " (" + timeoutSeconds + " s)");
            return 1;
        }
        for (String line : lines) out.println(line);
        out.flush();
        return 0;
    }

    static int runProgram(ProgramCommand.Program src, Session.Mode mode, RunSettings settings, boolean explain, boolean allocators, Path trace) {
        Session.Output output = new Session.Output() {
            @Override
            public void write(int fd, byte[] bytes) {
                PrintStream s = fd == 1 ? out : err;
                s.write(bytes, 0, bytes.length);
                s.flush();
            }

            @Override
            public int read(byte[] into) {
                // as zig run does, the program reads the terminal's (or the pipe's) input
                try {
                    return Math.max(0, System.in.read(into, 0, into.length));
                } catch (IOException e) {
                    return 0;
                }
            }
        };
        Session.Outcome o;
        if (trace != null) {
            TraceFile.Recorded r = TraceFile.record(src.name(), src.text(), mode, settings, output);
            o = r.outcome();
            try {
                Files.writeString(trace, r.trace().toJson(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("heaplab: cannot write the trace to " + trace + ": " + why(e));
                return 2;
            }
        } else {
            o = Session.run(src.name(), src.text(), mode, settings, output);
        }
        if (o.limitReached() != null) {
            err.println();
            err.println("heaplab: stopped the program: " + o.limitReached() + ". " + o.limitAdvice());
        }
        if (allocators && !o.allocatorReport().isEmpty()) {
            err.println();
            err.print(o.allocatorReport());
            err.flush();
        }
        if (explain) {
            String text = Explainer.explain(o);
            if (!text.isEmpty()) {
                err.println();
                err.print(text);
                err.flush();
            }
        }
        return o.exitCode();
    }

    /** Why a file could not be read or written, in words: an IOException's message is often only the file's path. */
    static String why(IOException e) {
        return switch (e) {
            case java.nio.file.NoSuchFileException n -> "no such file or directory";
            case java.nio.file.AccessDeniedException a -> "permission denied";
            case java.nio.file.FileSystemException f when f.getReason() != null -> f.getReason();
            default -> e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        };
    }
}
