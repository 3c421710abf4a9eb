package org.heaplab.session;

import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * The beat of an animated run: a stop shown every 1/N of a second, N the speed box's lines a
 * second. The wait is to a deadline, not a fixed sleep after each stop, so the time spent
 * building and publishing the stop's snapshot (long with a big heap) is part of the beat and
 * the run goes at the speed it says. A run that falls behind (a snapshot slower than the beat)
 * starts a new beat rather than rushing to catch up.
 */
final class Pacer {
    private final LongSupplier nanoClock;
    private final LongConsumer sleepNanos;
    private long next;

    Pacer(LongSupplier nanoClock, LongConsumer sleepNanos) {
        this.nanoClock = nanoClock;
        this.sleepNanos = sleepNanos;
    }

    /** A stop was shown: waits until the next beat at {@code perSecond} a second. */
    void tick(int perSecond) {
        long period = 1_000_000_000L / Math.max(1, perSecond);
        long now = nanoClock.getAsLong();
        if (next == 0 || now - next > period) next = now; // the first beat, or fallen behind: start afresh
        next += period;
        long wait = next - now;
        if (wait > 0) sleepNanos.accept(wait);
    }

    /** The run stopped animating (a pause, full speed): the next animated stop starts a new beat. */
    void reset() { next = 0; }
}
