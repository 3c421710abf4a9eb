package org.heaplab.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.heaplab.session.Debugger;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;
import org.heaplab.trace.Snapshot;

/**
 * Time-travel figures, printed (not asserted): a program is run to its end under the debugger
 * (recording checkpoints and the timeline as the window does), then sent to random steps.
 * Prints the run's steps and time, the time of each seek (to the arrival of its snapshot), and
 * the memory the history holds per step, as the debugger counts it and as the Java heap grew.
 *
 * <pre>bench/timetravel.sh [program.zig] [seeks]</pre>
 */
public final class TimeTravelBench {
    public static void main(String[] args) throws Exception {
        Path program = Path.of(args.length > 0 ? args[0] : "bench/timetravel.zig");
        int seeks = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        String text = Files.readString(program);
        var stops = new org.heaplab.session.StopQueue();
        long heapBefore = usedHeap();
        Debugger d = Debugger.prepare(program.getFileName().toString(), text, Session.Mode.RUN,
                new RunSettings(RunSettings.DEFAULT_STACK, RunSettings.DEFAULT_MEMORY, 0, 0, RunSettings.DEFAULT_OUTPUT), stops);
        if (!d.compilation().ok()) throw new IllegalStateException(d.compilation().renderAll());
        long t0 = System.nanoTime();
        d.start(Debugger.Command.CONTINUE);
        Snapshot end = stops.next(600_000);
        long runNanos = System.nanoTime() - t0;
        if (end == null || end.state() != Snapshot.RunState.FINISHED) throw new IllegalStateException("the run did not finish: " + end);
        long steps = end.step();
        Debugger.Stats st = d.stats();
        long heapAfter = usedHeap();
        System.out.printf("program            %s%n", program);
        System.out.printf("steps              %,d%n", steps);
        System.out.printf("run to the end     %.2f s under the debugger (checkpoints and timeline recorded)%n", runNanos / 1e9);
        System.out.printf("checkpoints        %,d%n", st.checkpoints());
        System.out.printf("history (counted)  %,d bytes checkpoints + %,d bytes timeline = %.2f bytes/step (target <= 64)%n",
                st.checkpointBytes(), st.timelineBytes(), (double) (st.checkpointBytes() + st.timelineBytes()) / steps);
        System.out.printf("heap growth        %,d bytes = %.2f bytes/step (whole Java heap after GC, machine included)%n",
                heapAfter - heapBefore, (double) (heapAfter - heapBefore) / steps);

        var random = new SplittableRandom(42);
        List<Long> millis = new ArrayList<>();
        // warm up the paths once, then measure
        d.seek(steps / 2);
        stops.next(60_000);
        for (int i = 0; i < seeks; i++) {
            long target = 1 + random.nextLong(steps);
            long s0 = System.nanoTime();
            d.seek(target);
            Snapshot s = stops.next(60_000);
            long ms = (System.nanoTime() - s0) / 1_000_000;
            if (s == null || s.step() != target && s.state() != Snapshot.RunState.FINISHED) {
                throw new IllegalStateException("seek to " + target + " arrived at " + (s == null ? "nothing" : s.step()));
            }
            millis.add(ms);
        }
        Collections.sort(millis);
        System.out.printf("seeks              %d to random steps: median %d ms, 90%% %d ms, max %d ms (target <= 50 ms)%n", seeks,
                millis.get(millis.size() / 2), millis.get(millis.size() * 9 / 10), millis.getLast());
        d.send(Debugger.Command.STOP);
    }

    private static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
