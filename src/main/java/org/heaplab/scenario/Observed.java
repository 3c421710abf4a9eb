package org.heaplab.scenario;

import org.heaplab.session.Compilation;
import org.heaplab.trace.Snapshot;

/** What a check looks at: the run's snapshot where it is, and the program's compilation. */
public record Observed(Snapshot snapshot, Compilation compilation) {}
