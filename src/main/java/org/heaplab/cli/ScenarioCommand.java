package org.heaplab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.heaplab.scenario.Scenario;
import org.heaplab.scenario.ScenarioException;
import org.heaplab.scenario.ScenarioLibrary;
import org.heaplab.scenario.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code heaplab scenario list} and {@code heaplab scenario verify [ID]}: the guided scenarios, headless. */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "The guided scenarios: list them, or verify that what they claim holds.",
        subcommands = {ScenarioCommand.ListScenarios.class, ScenarioCommand.Verify.class})
final class ScenarioCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        new picocli.CommandLine(this).usage(HeapLabCommand.out);
        return 0;
    }

    /** Where the scenarios come from: the ones Heap Lab ships, or a folder. */
    static class Source {
        @Option(names = "--dir", paramLabel = "DIR", description = "Read the scenarios of DIR (default: the ones Heap Lab ships).")
        Path dir;

        /** The scenarios, or null when they cannot be read (the reason printed). */
        ScenarioLibrary load() {
            try {
                if (dir == null) return ScenarioLibrary.bundled();
                if (!Files.isDirectory(dir)) throw new IOException("no such folder: " + dir);
                return ScenarioLibrary.load(dir);
            } catch (IOException e) {
                HeapLabCommand.err.println("heaplab: " + e.getMessage());
                return null;
            }
        }
    }

    private static void report(List<ScenarioException> problems) {
        for (ScenarioException e : problems) HeapLabCommand.err.println("heaplab: " + e.getMessage());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "One line per scenario: its id and title.")
    static final class ListScenarios implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Source source = new Source();

        @Override
        public Integer call() {
            ScenarioLibrary lib = source.load();
            if (lib == null) return 2;
            for (Scenario s : lib.scenarios()) HeapLabCommand.out.println(s.id() + "  " + s.title());
            HeapLabCommand.out.flush();
            report(lib.problems());
            return lib.problems().isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Walk each scenario over its starting program (every run to gets there, every expect holds) and check "
                    + "its tasks (they fail for the starting program and pass with the solution). Exit status 0 when all hold.")
    static final class Verify implements Callable<Integer> {
        @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "One scenario: its id (07-double-free) or number (07).")
        String id;

        @picocli.CommandLine.Mixin
        Source source = new Source();

        @Override
        public Integer call() throws InterruptedException {
            ScenarioLibrary lib = source.load();
            if (lib == null) return 2;
            List<Scenario> which = lib.scenarios();
            if (id != null) {
                var one = lib.find(id);
                if (one.isEmpty()) {
                    List<ScenarioException> malformed = lib.problems().stream().filter(p -> p.file().contains("/" + id)).toList();
                    report(malformed);
                    if (malformed.isEmpty()) HeapLabCommand.err.println("heaplab: no scenario " + id + " (`heaplab scenario list` lists them)");
                    return malformed.isEmpty() ? 2 : 1;
                }
                which = List.of(one.get());
            } else {
                report(lib.problems());
            }
            int failed = 0;
            for (Scenario s : which) {
                List<String> problems = Verifier.verify(s);
                HeapLabCommand.out.println((problems.isEmpty() ? "ok    " : "FAIL  ") + s.id() + "  " + s.title());
                for (String p : problems) HeapLabCommand.out.println("      " + p);
                HeapLabCommand.out.flush();
                if (!problems.isEmpty()) failed++;
            }
            int malformed = id == null ? lib.problems().size() : 0;
            HeapLabCommand.out.printf("%d of %d scenarios verified%s%n", which.size() - failed, which.size() + malformed,
                    malformed > 0 ? " (" + malformed + " could not be read)" : "");
            return failed == 0 && malformed == 0 ? 0 : 1;
        }
    }
}
