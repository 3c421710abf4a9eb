package org.heaplab.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.heaplab.session.Debugger;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;
import org.heaplab.session.StopQueue;
import org.heaplab.session.Watchpoint;
import org.heaplab.session.WriteHistory;
import org.heaplab.trace.Snapshot;

/**
 * Write-history figures, printed (not asserted): bench/timetravel.zig (about 10,000,000 steps)
 * run under the debugger to a breakpoint on its last line, recording every write; the history's
 * bytes per step; last-write and origin queries on a local written at every step, on the list's
 * first element (written once, near the start) and on bytes nothing wrote; a reverse continue
 * to a watchpoint from the end back to the start of the run; and bench/loop.zig under the
 * debugger with and without recording, beside a plain run.
 *
 * <pre>bench/history.sh</pre> (the loop's three variants run with {@code --loop plain|off|on}, a JVM each)
 */
public final class HistoryBench {
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--loop")) {
            // one JVM a variant: a JVM that ran the recorder first compiles the plain loop differently
            String loopText = Files.readString(Path.of("bench/loop.zig"));
            switch (args[1]) {
                case "plain" -> System.out.printf("loop.zig, plain run  %.2f s%n", plainRun(loopText));
                case "off" -> System.out.printf("loop.zig, debugger   %.2f s without recording%n", debuggerRun(loopText, false));
                default -> System.out.printf("loop.zig, debugger   %.2f s recording (%s)%n", debuggerRun(loopText, true), lastBytes);
            }
            return;
        }
        Path program = Path.of(args.length > 0 ? args[0] : "bench/timetravel.zig");
        int printLine = args.length > 1 ? Integer.parseInt(args[1]) : 19;
        String text = Files.readString(program);
        var stops = new StopQueue();
        Debugger d = Debugger.prepare(program.getFileName().toString(), text, Session.Mode.RUN, settings(), stops);
        if (!d.compilation().ok()) throw new IllegalStateException(d.compilation().renderAll());
        d.setBreakpoints(Set.of(printLine));
        long t0 = System.nanoTime();
        d.start(Debugger.Command.CONTINUE);
        Snapshot s = stops.next(600_000);
        long runNanos = System.nanoTime() - t0;
        if (s == null || s.state() != Snapshot.RunState.PAUSED) throw new IllegalStateException("no stop at line " + printLine + ": " + s);
        WriteHistory h = d.history();
        long steps = s.step();
        System.out.printf("program              %s%n", program);
        System.out.printf("steps                %,d (to the breakpoint on line %d)%n", steps, printLine);
        System.out.printf("run                  %.2f s under the debugger, recording%n", runNanos / 1e9);
        System.out.printf("history              %,d bytes = %.2f bytes/step (target <= 64)%n", h.bytes(), (double) h.bytes() / steps);

        Snapshot.Local sum = local(s, "sum");
        Snapshot.Local samples = local(s, "samples");
        long first = samples.pointsTo();
        for (Snapshot.Local p : samples.parts()) if (p.name().contains("items") && p.pointsTo() != 0) first = p.pointsTo();
        final long firstElement = first;
        long nothing = s.frames().getFirst().base() - 4096; // stack below main that nothing wrote
        time("last write, every step", () -> h.lastWrite(sum.address(), sum.size(), steps).orElseThrow().step());
        time("last write, the list's first element", () -> h.lastWrite(firstElement, 8, steps).orElseThrow().step());
        time("last write, never written", () -> h.lastWrite(nothing, 8, steps).isPresent() ? 1 : 0);
        long gpa = s.frames().getFirst().base(); // main's first local: written at the run's start, never since
        time("last write, written at the start", () -> h.lastWrite(gpa, 8, steps).orElseThrow().step());
        time("next write, from 1,000 steps back", () -> h.nextWrite(sum.address(), sum.size(), steps - 1000).map(w -> w.step()).orElse(-1L));
        time("origin, every step", () -> h.origin(sum.address(), sum.size(), steps).size());
        time("origin, the list's first element", () -> h.origin(firstElement, 8, steps).size());
        time("block life of the list's buffer", () -> h.blockLife(firstElement, steps).size());

        // reverse continue from the breakpoint back to the write of the list's first element
        d.setWatchpoints(List.of(new Watchpoint(firstElement, 8, "samples.items[0]")));
        d.setBreakpoints(Set.of());
        reverse(d, stops, steps, "");
        // with a breakpoint set too (on a line run once, at the start), found by a scan back
        d.setBreakpoints(Set.of(8));
        reverse(d, stops, steps, ", a breakpoint set");
        d.send(Debugger.Command.STOP);
    }

    private static void reverse(Debugger d, StopQueue stops, long steps, String note) throws InterruptedException {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            d.seek(steps);
            stops.next(60_000);
            long r0 = System.nanoTime();
            d.reverseContinue();
            Snapshot back = stops.next(60_000);
            millis.add((System.nanoTime() - r0) / 1_000_000);
            if (back == null || !back.reason().startsWith("watchpoint:")) throw new IllegalStateException("reverse continue: " + back);
            if (i == 0) System.out.printf("reverse continue     from step %,d to step %,d: %s%s%n", steps, back.step(), back.reason(), note);
        }
        Collections.sort(millis);
        System.out.printf("reverse continue     median %d ms, max %d ms%s (target <= 1000 ms)%n", millis.get(2), millis.getLast(), note);
    }

    private static String lastBytes = "";

    private static RunSettings settings() {
        return new RunSettings(RunSettings.DEFAULT_STACK, RunSettings.DEFAULT_MEMORY, 0, 0, RunSettings.DEFAULT_OUTPUT);
    }

    private static double plainRun(String text) {
        long t0 = System.nanoTime();
        Session.run("loop.zig", text, Session.Mode.RUN, settings(), (fd, b) -> {});
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double debuggerRun(String text, boolean record) throws InterruptedException {
        var stops = new StopQueue();
        Debugger d = Debugger.prepare("loop.zig", text, Session.Mode.RUN, settings(), stops);
        d.setRecordHistory(record);
        long t0 = System.nanoTime();
        d.start(Debugger.Command.CONTINUE);
        Snapshot end = stops.next(600_000);
        double secs = (System.nanoTime() - t0) / 1e9;
        if (end == null || end.state() != Snapshot.RunState.FINISHED) throw new IllegalStateException("loop did not finish: " + end);
        if (record) lastBytes = String.format("%,d steps, history %.2f bytes/step", end.step(), (double) d.history().bytes() / end.step());
        d.send(Debugger.Command.STOP);
        return secs;
    }

    private static Snapshot.Local local(Snapshot s, String name) {
        return s.frames().getFirst().locals().stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no local " + name));
    }

    private static void time(String what, LongSupplier query) {
        query.getAsLong(); // warm up
        List<Double> ms = new ArrayList<>();
        long answer = 0;
        for (int i = 0; i < 7; i++) {
            long q0 = System.nanoTime();
            answer = query.getAsLong();
            ms.add((System.nanoTime() - q0) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("%-36s median %.2f ms, max %.2f ms (answer %d; target <= 100 ms)%n", what, ms.get(3), ms.getLast(), answer);
    }
}
