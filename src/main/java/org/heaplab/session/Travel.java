package org.heaplab.session;

/**
 * A trip through the run's history (a seek, a stop after a step, a step back's scan, a search
 * for where a block was lost), carried out by the interpreter thread; {@link TimeTravel} drives it.
 */
final class Travel {
    enum Kind { SEEK, AFTER, SCAN, PROBE, REVERSE }

    final Kind kind;
    /** SEEK: the step to stop at; AFTER: stop at the first user statement after it; SCAN: the step stepped back from. */
    long target;
    String reason;
    // SCAN: the statement stepped back from (user-frame depth and line), the checkpoint the scan starts at, what it saw
    int depth, line;
    long scanFrom;
    long[] seen = new long[0];
    int seenCount;
    // PROBE: the block; a step known to reach it (lo); the bound of the search (hi); the first
    // statement of the user's code known not to reach it (answer)
    long address, lo, hi, answer;
    // REVERSE: the breakpoint lines; the latest hit seen in the window (lo, 0 for none); the
    // step of the watched write to fall back on (answer, -1 for none) and its reason; where the
    // reverse continue started (hi)
    java.util.Set<Integer> lines = java.util.Set.of();
    String writeReason;

    Travel(Kind kind, long target, String reason) {
        this.kind = kind;
        this.target = target;
        this.reason = reason;
    }

    /**
     * The trip to make from step {@code here}: a search for where a block was lost knows it is
     * lost here, and is a plain seek once nothing is left between what it knows.
     */
    Travel from(long here) {
        if (kind != Kind.PROBE) return this;
        hi = here;
        answer = here;
        return hi - lo <= 1 ? new Travel(Kind.SEEK, hi, reason) : this;
    }

    /** The step the trip needs the run at next. */
    long next() {
        return switch (kind) {
            case SEEK -> target;
            case AFTER -> target + 1;
            case SCAN, REVERSE -> scanFrom;
            case PROBE -> lo + (hi - lo) / 2;
        };
    }

    void see(long step, int d, int l) {
        if (seenCount * 3 + 3 > seen.length) seen = java.util.Arrays.copyOf(seen, Math.max(48, seen.length * 2));
        seen[seenCount * 3] = step;
        seen[seenCount * 3 + 1] = d;
        seen[seenCount * 3 + 2] = l;
        seenCount++;
    }

    boolean sameAt(int i, long d, long l) { return seen[i * 3 + 1] == d && seen[i * 3 + 2] == l; }
}
