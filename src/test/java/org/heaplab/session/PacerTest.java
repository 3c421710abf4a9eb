package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An animated run's beat, on a clock the test moves: the time a stop takes to show is part of the beat. */
class PacerTest {
    private long now = 1_000_000_000L;
    private final List<Long> waits = new ArrayList<>();
    private final Pacer pacer = new Pacer(() -> now, n -> {
        waits.add(n);
        now += n;
    });

    @Test
    void aSlowSnapshotShortensTheWaitSoTheRunGoesAtItsSpeed() {
        long start = now;
        for (int i = 0; i < 50; i++) {
            now += 15_000_000L; // building and publishing the stop takes 15 ms
            pacer.tick(50);
        }
        // 50 stops at 50 a second take one second, not 50 x (15 + 20) ms
        assertThat(now - start).isBetween(1_000_000_000L, 1_015_000_000L);
        assertThat(waits.subList(1, waits.size())).allMatch(w -> w == 5_000_000L);
    }

    @Test
    void aRunThatFallsBehindStartsANewBeatInsteadOfRushing() {
        pacer.tick(10);
        now += 2_000_000_000L; // paused for two seconds
        pacer.tick(10);
        assertThat(waits.getLast()).isEqualTo(100_000_000L);
    }
}
