package org.heaplab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.heaplab.diag.ZigDiagnosticRenderer;
import org.heaplab.lang.check.Sema;
import org.heaplab.runtime.LimitExceeded;
import org.heaplab.runtime.Machine;
import org.heaplab.runtime.Runner;
import org.heaplab.session.Compilation;
import org.heaplab.session.Explainer;
import org.heaplab.session.Session;
import org.heaplab.source.SourceFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code heaplab} command line: run, test and check Zig programs as {@code zig run} / {@code zig test} would. */
@Command(name = "heaplab", mixinStandardHelpOptions = true, version = "Heap Lab 0.1",
        description = "A lab for learning manual memory management the way Zig does it.%n"
                + "Without a command, opens the window.",
        subcommands = {HeapLabCommand.Run.class, HeapLabCommand.Test.class, HeapLabCommand.Check.class})
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
        long maxMemoryMib = Machine.Settings.DEFAULT_MEMORY >> 20;

        @Option(names = "--stack-size", paramLabel = "MIB", description = "Size of the stack in MiB (default: ${DEFAULT-VALUE}, as Zig's).")
        long stackMib = Machine.Settings.DEFAULT_STACK >> 20;

        @Option(names = "--max-output", paramLabel = "MIB", description = "Output the program may print, in MiB (default: ${DEFAULT-VALUE}).")
        long maxOutputMib = Machine.Settings.DEFAULT_OUTPUT >> 20;

        Machine.Settings settings() {
            return new Machine.Settings(stackMib << 20, maxMemoryMib << 20, maxSteps, maxSeconds * 1000, maxOutputMib << 20, false, 0x5eed);
        }
    }

    abstract static class ProgramCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE.zig", description = "The Zig program.")
        Path file;

        SourceFile read() throws IOException {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new SourceFile(file.getFileName().toString(), text);
        }

        Integer withFile(java.util.function.Function<SourceFile, Integer> body) {
            SourceFile src;
            try {
                src = read();
            } catch (NoSuchFileException e) {
                err.println("heaplab: no such file: " + file);
                return 2;
            } catch (IOException | java.io.UncheckedIOException e) {
                err.println("heaplab: cannot read " + file + ": " + e.getMessage());
                return 2;
            }
            return body.apply(src);
        }
    }

    @Command(name = "run", description = "Run a program as `zig run` does, printing what it prints and exiting with its status.")
    static final class Run extends ProgramCommand {
        @Option(names = "--explain", description = "After Zig's output, explain leaks, double frees, faults and panics in plain words.")
        boolean explain;

        @CommandLine.Mixin
        Limits limits = new Limits();

        @Override
        public Integer call() {
            return withFile(src -> runProgram(src, Sema.Mode.RUN, limits.settings(), explain));
        }
    }

    @Command(name = "test", description = "Run the test blocks of a program as `zig test` does.")
    static final class Test extends ProgramCommand {
        @Option(names = "--explain", description = "After Zig's output, explain leaks and memory errors in plain words.")
        boolean explain;

        @CommandLine.Mixin
        Limits limits = new Limits();

        @Override
        public Integer call() {
            return withFile(src -> runProgram(src, Sema.Mode.TEST, limits.settings(), explain));
        }
    }

    @Command(name = "check", description = "Compile a program without running it and list every problem found.")
    static final class Check extends ProgramCommand {
        @Option(names = "--test", description = "Check it as `zig test` would (test blocks are the roots).")
        boolean test;

        @Override
        public Integer call() {
            return withFile(src -> {
                Compilation c = Compilation.compile(src, test ? Sema.Mode.TEST : Sema.Mode.RUN);
                if (c.ok()) {
                    out.println(src.name() + ": no errors");
                    return 0;
                }
                err.print(ZigDiagnosticRenderer.render(c.diagnostics()));
                err.flush();
                return 1;
            });
        }
    }

    static int runProgram(SourceFile src, Sema.Mode mode, Machine.Settings settings, boolean explain) {
        Machine.Output output = (fd, bytes) -> {
            PrintStream s = fd == 1 ? out : err;
            s.write(bytes, 0, bytes.length);
            s.flush();
        };
        Session.Outcome o = Session.run(src, mode, settings, output);
        Runner.Result r = o.result();
        if (r != null && r.ending() == Runner.Ending.LIMIT) {
            err.println();
            err.println("heaplab: stopped the program: " + r.detail() + ". " + LimitAdvice.advice(r.detail()));
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

    /** How to raise the limit a run hit. */
    static final class LimitAdvice {
        private LimitAdvice() {}

        static String advice(String detail) {
            if (detail.contains("statements")) return "Raise the limit with --max-steps.";
            if (detail.contains("time")) return "Raise the limit with --max-seconds.";
            if (detail.contains("memory")) return "Raise the limit with --max-memory (MiB).";
            if (detail.contains("printed")) return "Raise the limit with --max-output (MiB).";
            return "";
        }

        @SuppressWarnings("unused")
        private static final Class<?> USED = LimitExceeded.class;
    }
}
