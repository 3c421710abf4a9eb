package org.heaplab.session;

import java.util.Set;
import org.heaplab.trace.Snapshot;

/**
 * Runs a program to the K-th time it reaches a line and hands back the snapshot there, headless:
 * what {@code heaplab picture} draws. Memory errors on the way do not stop the run (as in
 * {@code heaplab run}); a run that ends first says how often it got to the line.
 */
public final class Pictures {
    private Pictures() {}

    /**
     * @param snapshot the paused machine at the line's {@code hit}-th arrival, or the run's last snapshot when it never got there
     * @param reached  whether it got there
     * @param hits     how many times the run got to the line
     */
    public record At(Compilation compilation, Snapshot snapshot, boolean reached, int hits) {}

    public static At runTo(String fileName, String text, Session.Mode mode, RunSettings settings, int line, int hit, long timeoutMillis)
            throws InterruptedException {
        var stops = new StopQueue();
        Debugger d = Debugger.prepare(fileName, text, mode, settings, stops);
        if (!d.compilation().ok()) return new At(d.compilation(), null, false, 0);
        long deadline = System.currentTimeMillis() + timeoutMillis;
        d.setStopOnErrors(false);
        d.setBreakpoints(Set.of(line));
        d.start(Debugger.Command.CONTINUE);
        int hits = 0;
        try {
            while (true) {
                long left = deadline - System.currentTimeMillis();
                Snapshot s = left <= 0 ? null : stops.next(left);
                if (s == null) return new At(d.compilation(), null, false, hits);
                if (s.state() == Snapshot.RunState.FINISHED) return new At(d.compilation(), s, false, hits);
                if (s.position() != null && s.position().line() == line && ++hits == hit) return new At(d.compilation(), s, true, hits);
                d.send(Debugger.Command.CONTINUE);
            }
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }
}
