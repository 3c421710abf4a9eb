package org.heaplab.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Whatever a learner types, the lab answers with a diagnostic, a run, a panic or a limit, never
 * a Java exception, an internal error, or a run that overstays its limit: a fixed number of
 * mutated corpus programs (deterministic: seed {@link Fuzzer.Config#DEFAULT_SEED}) are compiled and
 * run under tight limits. Findings on {@link KnownFindings#LIST} are printed but do not fail.
 * A long run: {@code bench/fuzz.sh} (or {@code -Dheaplab.fuzz.count=50000 -Dheaplab.fuzz.seed=N}).
 */
class ProgramFuzzTest {
    /** Enough inputs for about a minute on two shared cores. */
    static final int DEFAULT_COUNT = 2000;
    /**
     * Nesting up to 1,000 levels here (the long runs go to 10,000): deeper, compiling takes seconds,
     * and a time-based finding would depend on the machine's load.
     */
    static final int DEFAULT_DEPTH = 1000;

    @Test
    void mutatedProgramsEndInADiagnosticOrARunNeverInAnInternalError() {
        Fuzzer.Config config = Fuzzer.Config.fromProperties(DEFAULT_COUNT, DEFAULT_DEPTH);
        Fuzzer.Report report = new Fuzzer(config.maxDepth()).run(config, System.out);
        report.print(System.out);
        System.out.println(report.summary());
        assertThat(report.unknown()).as("findings (printed above with their reproducers)")
                .extracting(f -> f.signature).isEmpty();
        if (config.count() >= DEFAULT_COUNT) {
            // the mutations reach both sides: programs the checker rejects, and programs that run
            assertThat(report.count(Probe.Outcome.COMPILE_ERROR)).isGreaterThan(config.count() / 4);
            assertThat(report.count(Probe.Outcome.ENDED) + report.count(Probe.Outcome.PANIC)).isGreaterThan(config.count() / 20);
        }
    }
}
