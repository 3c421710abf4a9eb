package org.heaplab.fuzz;

/**
 * A long fuzzing run outside the test suite ({@code bench/fuzz.sh}): the {@code heaplab.fuzz.*}
 * properties as for {@link ProgramFuzzTest}, progress every 1000 inputs, findings saved to
 * {@code heaplab.fuzz.out} when given; {@code -Dheaplab.fuzz.print=true} prints the inputs without running them. Exits 1 when there are findings not on the known list.
 */
public final class FuzzMain {
    private FuzzMain() {}

    public static void main(String[] args) {
        if (System.getProperty("heaplab.fuzz.progress") == null) System.setProperty("heaplab.fuzz.progress", "1000");
        Fuzzer.Config config = Fuzzer.Config.fromProperties(20_000, 10_000);
        if (Boolean.getBoolean("heaplab.fuzz.print")) {
            // the inputs only, not probed (to look at one that takes the JVM down)
            var f = new Fuzzer(config.maxDepth());
            for (long i = config.start(); i < config.start() + config.count(); i++) {
                Fuzzer.Input in = f.input(config.seed(), i);
                System.out.println("//// input " + i + " from " + in.seedName() + " by " + in.mutations());
                System.out.println(in.program());
            }
            return;
        }
        Fuzzer.Report report = new Fuzzer(config.maxDepth()).run(config, System.out);
        report.print(System.out);
        System.out.println(report.summary());
        System.exit(report.unknown().isEmpty() ? 0 : 1);
    }
}
