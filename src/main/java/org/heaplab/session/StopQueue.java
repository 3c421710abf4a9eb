package org.heaplab.session;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.heaplab.trace.Snapshot;

/** A listener that queues a run's stops (paused and finished snapshots) for a thread that drives the run and waits for them. */
public final class StopQueue implements Debugger.Listener {
    private final LinkedBlockingQueue<Snapshot> stops = new LinkedBlockingQueue<>();
    private final LinkedBlockingQueue<Session.Outcome> outcomes = new LinkedBlockingQueue<>();

    @Override
    public void snapshot(Snapshot s) {
        if (s.state() == Snapshot.RunState.PAUSED) stops.add(s);
    }

    @Override
    public void finished(Session.Outcome o, Snapshot last) {
        outcomes.add(o);
        stops.add(last);
    }

    /** The next stop, or null when none comes within {@code millis}. */
    public Snapshot next(long millis) throws InterruptedException {
        return stops.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** The outcome of the next time the run gets to its end, or null when it does not within {@code millis}. */
    public Session.Outcome outcome(long millis) throws InterruptedException {
        return outcomes.poll(millis, TimeUnit.MILLISECONDS);
    }
}
