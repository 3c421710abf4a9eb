package org.heaplab.fuzz;

import java.util.List;

/**
 * Findings of the program fuzzer that are known and being fixed elsewhere: they are printed with
 * every run but do not fail {@link ProgramFuzzTest}. This list must only shrink: when a fix
 * lands, remove its entry (a listed signature that no longer turns up is printed as "gone"),
 * and never add one to make the test pass; fix the lab instead.
 */
final class KnownFindings {
    private KnownFindings() {}

    /** A known finding: the start of its signature ({@link Probe.Result#signature()}) and what it is. */
    record Known(String signature, String what) {}

    static final List<Known> LIST = List.of();

    /** The known finding a signature is, or null. */
    static Known match(String signature) {
        for (Known k : LIST) if (signature.startsWith(k.signature())) return k;
        return null;
    }
}
