package org.heaplab.scenario;

import org.heaplab.session.Compilation;
import org.heaplab.session.WriteHistory;
import org.heaplab.trace.Snapshot;

/** What a check looks at: the run's snapshot where it is, the program's compilation, and the run's write history (null when none). */
public record Observed(Snapshot snapshot, Compilation compilation, WriteHistory history) {
    public Observed(Snapshot snapshot, Compilation compilation) {
        this(snapshot, compilation, null);
    }
}
