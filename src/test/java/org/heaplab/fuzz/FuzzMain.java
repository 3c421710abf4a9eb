package org.heaplab.fuzz;

/**
 * A long fuzzing run outside the test suite ({@code bench/fuzz.sh}): the {@code heaplab.fuzz.*}
 * properties as for {@link ProgramFuzzTest}, progress every 1000 inputs, findings saved to
 * {@code heaplab.fuzz.out} when given. Exits 1 when there are findings not on the known list.
 */
public final class FuzzMain {
    private FuzzMain() {}

    public static void main(String[] args) {
        if (System.getProperty("heaplab.fuzz.progress") == null) System.setProperty("heaplab.fuzz.progress", "1000");
        Fuzzer.Config config = Fuzzer.Config.fromProperties(20_000);
        Fuzzer.Report report = new Fuzzer().run(config, System.out);
        report.print(System.out);
        System.out.println(report.summary());
        System.exit(report.unknown().isEmpty() ? 0 : 1);
    }
}
