package org.heaplab;

import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class SmokeTest {
    @Test
    void runsOnJdk25() {
        assertThat(Runtime.version().feature()).isGreaterThanOrEqualTo(25);
    }
}
