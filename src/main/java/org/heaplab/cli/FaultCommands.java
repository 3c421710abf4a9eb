package org.heaplab.cli;

import java.util.List;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;
import org.heaplab.session.faults.Compare;
import org.heaplab.session.faults.Sweep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Fault injection and allocator comparison on the command line: {@code run|test --fail-alloc N},
 * {@code heaplab sweep FILE.zig} (fail every allocation point in turn) and
 * {@code heaplab compare FILE.zig} (the root allocator replaced by others).
 */
final class FaultCommands {
    private FaultCommands() {}

    /** {@code --fail-alloc N}, {@code --fail-from-on}, {@code --fail-in}, {@code --fail-resize N} for run and test. */
    static final class FailOptions {
        @Option(names = "--fail-alloc", paramLabel = "N",
                description = "Make the Nth allocation request reaching the program's root allocator return null (error.OutOfMemory), as FailingAllocator does.")
        long failAlloc;

        @Option(names = "--fail-resize", paramLabel = "N", description = "Make the Nth resize or remap request reaching that allocator fail.")
        long failResize;

        @Option(names = "--fail-from-on", description = "Fail every request from the Nth on, not only the Nth.")
        boolean fromOn;

        @Option(names = "--fail-in", paramLabel = "ALLOCATOR",
                description = "Which allocator of the chain fails: root (default), page, debug, arena, fixed, c, a type name, or #N (its number in the chain).")
        String target = "root";

        RunSettings applyTo(RunSettings s) {
            return s.withFailures(failAlloc, failResize, fromOn, target);
        }
    }

    /** What sweep and compare share: the program, its mode and the machine's limits. */
    abstract static class Tool extends HeapLabCommand.ProgramCommand {
        @Option(names = "--test", description = "Run the program's test blocks, as `zig test` (the default when it has tests and no main).")
        boolean test;

        @Option(names = "-lc", description = "Link libc, as `zig run -lc`.")
        boolean linkLibc;

        @CommandLine.Mixin
        HeapLabCommand.Limits limits = new HeapLabCommand.Limits();

        Session.Mode mode(String text) {
            if (test) return Session.Mode.TEST;
            boolean hasMain = text.contains("fn main(");
            return !hasMain && text.contains("test \"") ? Session.Mode.TEST : Session.Mode.RUN;
        }

        /** The settings, or null when the limits given are refused (and said so). */
        RunSettings settings() {
            String problem = limits.problem();
            if (problem != null) {
                HeapLabCommand.err.println("heaplab: " + problem);
                return null;
            }
            // each run of a sweep or comparison has the limits of one run
            return limits.settings().withLinkLibc(linkLibc);
        }
    }

    @Command(name = "sweep", mixinStandardHelpOptions = true,
            description = "Run the program once per allocation point, failing that allocation, as checkAllAllocationFailures does, and say "
                    + "for each whether the error was handled cleanly. Exit status 0 only when every path is clean.")
    static final class Sweep extends Tool {
        @Option(names = "--fail-in", paramLabel = "ALLOCATOR", description = "Which allocator's requests fail: root (default), page, debug, arena, fixed, c, a type name, or #N.")
        String target = "root";

        @Option(names = "--max-points", paramLabel = "N", description = "Fail at most N allocation points (default: ${DEFAULT-VALUE}).")
        int maxPoints = org.heaplab.session.faults.Sweep.DEFAULT_MAX_POINTS;

        @Override
        public Integer call() {
            RunSettings settings = settings();
            if (settings == null) return 2;
            String problem = settings.withFailures(0, 0, false, target).faultProblem();
            if (problem == null && maxPoints < 1) problem = "--max-points must be 1 or more";
            if (problem != null) {
                HeapLabCommand.err.println("heaplab: " + problem);
                return 2;
            }
            return withFile(src -> {
                var r = org.heaplab.session.faults.Sweep.run(src.name(), src.text(), mode(src.text()), settings, target, maxPoints, p -> { },
                        () -> Thread.currentThread().isInterrupted());
                if (!r.compilation().ok()) {
                    HeapLabCommand.err.print(r.compilation().renderAll());
                    HeapLabCommand.err.flush();
                    return 1;
                }
                HeapLabCommand.out.print(r.render());
                HeapLabCommand.out.flush();
                return r.allClean() ? 0 : 1;
            });
        }
    }

    @Command(name = "compare", mixinStandardHelpOptions = true,
            description = "Run the program with its root allocator replaced by each allocator given (its text unchanged), and print a row "
                    + "per allocator: output, exit status, peak live bytes, peak bytes from the OS, overhead, calls, the errors it "
                    + "reported and the leaks it could not see, time.")
    static final class Compare extends Tool {
        @Option(names = "--with", paramLabel = "LIST", description = "Allocators, separated by commas: own (the program's), debug, page, arena, fixed:N, c, pool "
                + "(default: ${DEFAULT-VALUE}).")
        String with = org.heaplab.session.faults.Compare.DEFAULT_WITH;

        @Override
        public Integer call() {
            RunSettings settings = settings();
            if (settings == null) return 2;
            List<org.heaplab.session.faults.Compare.Choice> choices;
            try {
                choices = org.heaplab.session.faults.Compare.choices(with);
            } catch (IllegalArgumentException e) {
                HeapLabCommand.err.println("heaplab: " + e.getMessage());
                return 2;
            }
            return withFile(src -> {
                var r = org.heaplab.session.faults.Compare.run(src.name(), src.text(), mode(src.text()), settings, choices, row -> { },
                        () -> Thread.currentThread().isInterrupted());
                if (!r.compilation().ok()) {
                    HeapLabCommand.err.print(r.compilation().renderAll());
                    HeapLabCommand.err.flush();
                    return 1;
                }
                HeapLabCommand.out.print(r.render());
                HeapLabCommand.out.flush();
                return 0;
            });
        }
    }
}
