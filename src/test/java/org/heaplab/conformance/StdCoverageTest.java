package org.heaplab.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** docs/std-coverage.md is what the probes say now (regenerate it with StdCoverage's main). */
class StdCoverageTest {
    @Test
    void theCoverageTableIsCurrent() throws Exception {
        String now = StdCoverage.render(StdCoverage.modules());
        assertThat(Files.readString(StdCoverage.DOC))
                .as("docs/std-coverage.md is stale: run org.heaplab.conformance.StdCoverage")
                .isEqualTo(now);
    }

    @Test
    void everyListedProbeExists() throws Exception {
        for (StdCoverage.Module m : StdCoverage.modules()) {
            for (StdCoverage.Function f : m.functions()) {
                if (f.status() == StdCoverage.Status.NO_PROBE) {
                    assertThat(f.note()).as(m.name() + ": " + f.name() + " has no probe and no reason").isNotEmpty();
                    continue;
                }
                assertThat(ConformanceTest.STD_PROBES.resolve(m.name()).resolve(f.probe()))
                        .as(m.name() + ": probe of " + f.name()).exists();
            }
        }
    }
}
