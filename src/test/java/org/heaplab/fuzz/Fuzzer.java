package org.heaplab.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.heaplab.session.Session;

/**
 * The program fuzzer: input {@code i} of seed {@code s} is a corpus program mutated with a random
 * generator seeded from {@code (s, i)} alone, so any input is reproduced by its seed and index
 * ({@code -Dheaplab.fuzz.seed=s -Dheaplab.fuzz.start=i -Dheaplab.fuzz.count=1}). Each input is
 * probed ({@link Probe}) in the modes it makes sense in; findings are grouped by signature (the
 * outcome and the lab's code that raised it), and the first input of each is shrunk line by line.
 */
final class Fuzzer {
    /** What to run: inputs {@code start .. start+count} of {@code seed}; {@code outDir} receives each finding's program, or null. */
    record Config(long seed, long start, int count, boolean shrink, Probe.Limits limits, Path outDir, int progressEvery, int maxDepth) {
        static final long DEFAULT_SEED = 20261205L;

        /**
         * From the {@code heaplab.fuzz.*} system properties, with {@code defaultCount} inputs and nesting up to
         * {@code defaultDepth} levels unless they say otherwise.
         */
        static Config fromProperties(int defaultCount, int defaultDepth) {
            String out = System.getProperty("heaplab.fuzz.out");
            return new Config(Long.getLong("heaplab.fuzz.seed", DEFAULT_SEED), Long.getLong("heaplab.fuzz.start", 0),
                    Integer.getInteger("heaplab.fuzz.count", defaultCount), Boolean.parseBoolean(System.getProperty("heaplab.fuzz.shrink", "true")),
                    Probe.Limits.tight(), out == null ? null : Path.of(out), Integer.getInteger("heaplab.fuzz.progress", 0),
                    Integer.getInteger("heaplab.fuzz.max-depth", defaultDepth));
        }
    }

    /** One group of findings: the first input that showed it (and its shrunk form), and how often it turned up. */
    static final class Finding {
        final String signature;
        final long index;
        final String seedName;
        final List<String> mutations;
        final Probe.Result result;
        final String program;
        String shrunk;
        int hits;

        Finding(String signature, long index, String seedName, List<String> mutations, Probe.Result result, String program) {
            this.signature = signature;
            this.index = index;
            this.seedName = seedName;
            this.mutations = mutations;
            this.result = result;
            this.program = program;
        }
    }

    /** What a fuzzing run saw. */
    static final class Report {
        final Config config;
        long inputs;
        final Map<Probe.Outcome, Long> outcomes = new EnumMap<>(Probe.Outcome.class);
        final Map<String, Finding> findings = new LinkedHashMap<>();
        long slowestRunMillis;

        Report(Config config) { this.config = config; }

        long count(Probe.Outcome o) { return outcomes.getOrDefault(o, 0L); }

        long findingCount() { return findings.values().stream().mapToLong(f -> f.hits).sum(); }

        /** The findings that are not on the known list. */
        List<Finding> unknown() {
            return findings.values().stream().filter(f -> KnownFindings.match(f.signature) == null).toList();
        }

        String summary() {
            long probes = outcomes.values().stream().mapToLong(Long::longValue).sum();
            long compiled = probes - count(Probe.Outcome.COMPILE_ERROR) - count(Probe.Outcome.TOO_DEEP) - count(Probe.Outcome.INTERNAL_COMPILE);
            long ran = count(Probe.Outcome.ENDED) + count(Probe.Outcome.PANIC) + count(Probe.Outcome.LIMIT) + count(Probe.Outcome.INTERNAL_RUN)
                    + count(Probe.Outcome.OVERTIME);
            return String.format("fuzz: seed %d, inputs %d (from %d), probes %d, compiled %d, ran %d, compile errors %d, too deep %d, "
                            + "ended %d, panics %d, limits reached %d, findings %d (%d distinct, %d of them known), slowest run %d ms",
                    config.seed(), inputs, config.start(), probes, compiled, ran, count(Probe.Outcome.COMPILE_ERROR), count(Probe.Outcome.TOO_DEEP),
                    count(Probe.Outcome.ENDED), count(Probe.Outcome.PANIC), count(Probe.Outcome.LIMIT), findingCount(), findings.size(),
                    findings.size() - unknown().size(), slowestRunMillis);
        }

        /** Every finding with its reproducer, for the console. */
        void print(PrintStream out) {
            for (Finding f : findings.values()) {
                KnownFindings.Known k = KnownFindings.match(f.signature);
                out.println("==== " + f.hits + "x " + f.signature + (k != null ? "   [known: " + k.what() + "]" : ""));
                out.println("  first: input " + f.index + " of seed " + config.seed() + " (" + f.result.mode() + "), from " + f.seedName + " by "
                        + String.join(", ", f.mutations));
                out.println("  reproduce: -Dheaplab.fuzz.seed=" + config.seed() + " -Dheaplab.fuzz.start=" + f.index + " -Dheaplab.fuzz.count=1"
                        + " -Dheaplab.fuzz.max-depth=" + config.maxDepth());
                out.println("  outcome: " + f.result.outcome() + ": " + clip(f.result.detail(), 300));
                String p = f.shrunk != null ? f.shrunk : f.program;
                out.println("  program" + (f.shrunk != null ? " (shrunk)" : "") + ":");
                out.println(clip(p, 3000).indent(4));
            }
            for (KnownFindings.Known k : KnownFindings.LIST) {
                if (findings.keySet().stream().noneMatch(s -> s.startsWith(k.signature()))) {
                    out.println("---- known finding not seen in this run (gone? then remove it from KnownFindings): " + k.signature());
                }
            }
        }

        private static String clip(String s, int n) {
            if (s == null) return "";
            return s.length() <= n ? s : s.substring(0, n) + "... [" + s.length() + " characters in all]";
        }
    }

    private static final boolean VERBOSE = Boolean.getBoolean("heaplab.fuzz.verbose");
    private final List<Seeds.Seed> seeds = Seeds.load();
    private final List<Seeds.Seed> others = seeds.stream().filter(s -> !s.name().contains("stdprobes")).toList();
    private final Mutator mutator;

    Fuzzer(int maxDepth) {
        this.mutator = new Mutator(seeds, maxDepth);
    }

    /** The program of input {@code index}: its seed's name, the mutations and the text. */
    record Input(String seedName, List<String> mutations, String program) {}

    Input input(long seed, long index) {
        RandomGenerator r = RandomGeneratorFactory.of("L64X128MixRandom").create(seed * 0x9E3779B97F4A7C15L + index);
        // the std probes are most of the seeds but small: the larger programs get more turns
        Seeds.Seed s = r.nextInt(10) < 4 ? seeds.get(r.nextInt(seeds.size())) : others.get(r.nextInt(others.size()));
        String p = mutator.mutate(s.text(), r);
        return new Input(s.name(), List.copyOf(mutator.applied), p);
    }

    Report run(Config config, PrintStream log) {
        return Probe.fuzzing(() -> runAll(config, log));
    }

    private Report runAll(Config config, PrintStream log) {
        var report = new Report(config);
        var probe = new Probe(config.limits());
        for (long i = config.start(); i < config.start() + config.count(); i++) {
            Input in = input(config.seed(), i);
            report.inputs++;
            for (Session.Mode mode : Probe.modes(in.program())) {
                Probe.Result r = probe.probe(in.program(), mode);
                report.outcomes.merge(r.outcome(), 1L, Long::sum);
                if (VERBOSE) log.println("fuzz: " + i + " " + mode + " " + r.outcome() + " " + Report.clip(r.detail(), 120) + " <- " + in.mutations());
                if (r.outcome() == Probe.Outcome.ENDED || r.outcome() == Probe.Outcome.PANIC || r.outcome() == Probe.Outcome.LIMIT) {
                    report.slowestRunMillis = Math.max(report.slowestRunMillis, r.millis());
                }
                if (!r.finding()) continue;
                Finding f = report.findings.get(r.signature());
                if (f == null) {
                    f = new Finding(r.signature(), i, in.seedName(), in.mutations(), r, in.program());
                    report.findings.put(r.signature(), f);
                    log.println("fuzz: input " + i + ": " + r.signature() + ": " + Report.clip(r.detail(), 200));
                    if (config.shrink()) f.shrunk = shrink(probe, f);
                    save(config, f);
                }
                f.hits++;
            }
            if (config.progressEvery() > 0 && report.inputs % config.progressEvery() == 0) log.println(report.summary());
        }
        return report;
    }

    /** Removes lines while the same finding persists (halves, then quarters, ... single lines), within a budget. */
    private static String shrink(Probe probe, Finding f) {
        if (f.result.outcome() == Probe.Outcome.HANG || f.result.outcome() == Probe.Outcome.OVERTIME) return null;
        List<String> lines = new ArrayList<>(List.of(f.program.split("\n", -1)));
        int budget = 150;
        long deadline = System.nanoTime() + 20_000_000_000L;
        for (int chunk = Math.max(1, lines.size() / 2); chunk >= 1; chunk /= 2) {
            for (int at = 0; at < lines.size() && budget > 0 && System.nanoTime() < deadline; ) {
                List<String> candidate = new ArrayList<>(lines.subList(0, at));
                candidate.addAll(lines.subList(Math.min(lines.size(), at + chunk), lines.size()));
                budget--;
                if (!candidate.isEmpty() && probe.probe(String.join("\n", candidate), f.result.mode()).signature().equals(f.signature)) {
                    lines = candidate;
                } else {
                    at += chunk;
                }
            }
        }
        String s = String.join("\n", lines);
        return s.equals(f.program) ? null : s;
    }

    private static void save(Config config, Finding f) {
        if (config.outDir() == null) return;
        try {
            Files.createDirectories(config.outDir());
            String name = String.format("%03d-%s", config.seed() % 1000, f.signature.replaceAll("[^A-Za-z0-9_.]+", "_"));
            String head = "// " + f.signature + "\n// input " + f.index + " of seed " + config.seed() + " (" + f.result.mode() + "), from "
                    + f.seedName + " by " + String.join(", ", f.mutations) + "\n// " + f.result.outcome() + ": "
                    + String.valueOf(f.result.detail()).lines().findFirst().orElse("") + "\n";
            Files.write(config.outDir().resolve(name + ".zig"), (head + f.program).getBytes(StandardCharsets.UTF_8));
            if (f.shrunk != null) Files.write(config.outDir().resolve(name + ".min.zig"), (head + f.shrunk).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            System.err.println("fuzz: cannot save a finding: " + e.getMessage());
        }
    }
}
