package org.heaplab.session;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.heaplab.alloc.AllocatorEvent;
import org.heaplab.runtime.FnCode;
import org.heaplab.runtime.Frame;
import org.heaplab.runtime.LimitExceeded;
import org.heaplab.runtime.Machine;
import org.heaplab.runtime.Runner;
import org.heaplab.runtime.Vm;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.Snapshot.MemoryError;
import org.heaplab.trace.SnapshotBuilder;

/**
 * A program run under the lab's control: it runs on its own thread (which owns the machine),
 * stops at statements of the user's code when told (step into, over, out, run to a line,
 * breakpoints, pause) and at every memory error the debug allocator reports, and publishes a
 * {@link Snapshot} at each stop. Commands may come from any thread.
 */
public final class Debugger {
    /** What the run should do next. */
    public enum Command { CONTINUE, STEP_INTO, STEP_OVER, STEP_OUT, PAUSE, STOP }

    /** Receives the run's snapshots and its end; called on the interpreter thread. */
    public interface Listener {
        void snapshot(Snapshot s);

        void finished(Session.Outcome outcome, Snapshot last);
    }

    /** How much output a snapshot carries (older output is cut). */
    static final int MAX_OUTPUT = 4 << 20;
    private static final long PROGRESS_NANOS = 200_000_000L;

    private final Session.Prepared prepared;
    private final Listener listener;
    private final BlockingQueue<Object> commands = new LinkedBlockingQueue<>();
    private final StringBuilder output = new StringBuilder();
    private final List<MemoryError> errors = new ArrayList<>();
    private volatile Set<Integer> breakpoints = Set.of();
    private volatile int stepsPerSecond;
    private volatile boolean pauseRequested;
    private volatile boolean stopRequested;
    private volatile boolean stopOnErrors = true;
    private Thread thread;

    // interpreter-thread state
    private Command mode = Command.CONTINUE;
    private int runToLine = -1;
    private int startDepth;
    private long lastProgress;
    private long progressNanos = PROGRESS_NANOS;
    private Snapshot last;
    private SnapshotBuilder builder;

    private Debugger(Session.Prepared prepared, Listener listener) {
        this.prepared = prepared;
        this.listener = listener;
    }

    /** Compiles a program and readies a run of it; check {@link #compilation()} before starting. */
    public static Debugger prepare(String fileName, String text, Session.Mode mode, RunSettings settings, Listener listener) {
        var holder = new Debugger[1];
        Session.Prepared p = Session.prepare(fileName, text, mode, settings, (fd, bytes) -> holder[0].write(bytes));
        holder[0] = new Debugger(p, listener);
        return holder[0];
    }

    public Compilation compilation() { return prepared.compilation(); }

    /** Starts the run: {@code first} is CONTINUE to run to a breakpoint, a step command to stop at the first statement. */
    public synchronized void start(Command first) {
        if (thread != null) throw new IllegalStateException("already started");
        mode = first == Command.PAUSE ? Command.STEP_INTO : first;
        thread = new Thread(null, this::run, "heaplab-run", 512L << 20);
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts the run going to {@code line} of the program's file (or an earlier breakpoint). */
    public synchronized void startRunningTo(int line) {
        runToLine = line;
        start(Command.CONTINUE);
    }

    /** Runs to {@code line} of the program's file (or an earlier breakpoint). */
    public void runToLine(int line) {
        commands.add(new RunTo(line));
    }

    private record RunTo(int line) {}

    /** Sends a command; PAUSE and STOP take effect while the program runs, the others when it is paused. */
    public void send(Command c) {
        switch (c) {
            case PAUSE -> {
                pauseRequested = true;
                Machine m = prepared.machine();
                if (m != null) m.vm().requestAttention();
            }
            case STOP -> {
                stopRequested = true;
                Machine m = prepared.machine();
                if (m != null) m.vm().requestStop();
                commands.add(c);
            }
            default -> commands.add(c);
        }
    }

    /** Lines of the program's file where a run stops. */
    public void setBreakpoints(Set<Integer> lines) {
        this.breakpoints = Set.copyOf(lines);
        updateHookRate();
    }

    /** Animated runs: a snapshot at every statement, at most this many per second; 0 runs at full speed. */
    public void setStepsPerSecond(int n) {
        this.stepsPerSecond = Math.max(0, n);
        updateHookRate();
    }

    /**
     * The hook runs at every statement only when something may stop or show there: a step, a
     * breakpoint, a run to a line, an animated run. A plain continue runs at full speed, the hook
     * coming every 65,536 statements to publish progress and notice a pause.
     */
    private void updateHookRate() {
        Machine m = prepared.machine();
        if (m == null) return;
        boolean every = mode != Command.CONTINUE || !breakpoints.isEmpty() || runToLine > 0 || stepsPerSecond > 0;
        m.vm().setHookEveryStatement(every);
    }

    /** Whether a memory error the debug allocator reports stops the run (it does by default). */
    public void setStopOnErrors(boolean b) { this.stopOnErrors = b; }

    /** Waits for the run's thread to end (tests). */
    public void join(long millis) throws InterruptedException {
        Thread t = thread;
        if (t != null) t.join(millis);
    }

    public boolean isAlive() {
        Thread t = thread;
        return t != null && t.isAlive();
    }

    // ------------------------------------------------------------------ the interpreter thread

    private void run() {
        Machine m = prepared.machine();
        Session.Outcome outcome;
        if (m == null) {
            outcome = prepared.run();
            Snapshot s = new Snapshot(0, Snapshot.RunState.FINISHED, "did not compile", null, List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), 0, outputText(), List.of(), null, outcome.exitCode(), Snapshot.Changes.NONE);
            listener.finished(outcome, s);
            return;
        }
        builder = new SnapshotBuilder(m);
        m.vm().setHook(this::onStatement);
        updateHookRate();
        m.setReportListener(e -> onReport(m, e));
        lastProgress = System.nanoTime();
        outcome = prepared.run();
        m.vm().setHook(null);
        Runner.Result r = outcome.result();
        MemoryError fatal = ErrorCards.of(m, builder, r, m.vm().steps());
        if (fatal != null) errors.add(fatal);
        String reason = reason(outcome);
        Frame top = fatal != null && fatal.kind() != Snapshot.ErrorKind.STACK_OVERFLOW ? m.vm().faultFrame() : null;
        Snapshot s = snapshot(Snapshot.RunState.FINISHED, reason, top, fatal, outcome.exitCode());
        listener.finished(outcome, s);
    }

    private static String reason(Session.Outcome o) {
        if (o.result() == null) return "internal error";
        return switch (o.result().ending()) {
            case RETURNED, EXIT -> "exited with status " + o.exitCode();
            case ERROR_RETURNED -> "main returned error." + o.result().detail();
            case PANIC, TEST_CRASHED -> "panicked";
            case SEGFAULT -> "segmentation fault";
            case STACK_OVERFLOW -> "stack overflow";
            case LIMIT -> o.result().detail().contains("stopped on request") ? "stopped" : "stopped: " + o.result().detail();
            case TESTS_FAILED -> "tests failed";
        };
    }

    private void onStatement(Vm vm, Frame frame, int statement) {
        if (stopRequested) throw new LimitExceeded(LimitExceeded.Limit.STOPPED, "stopped on request");
        if (pendingCard != null) {
            // the report has been printed; the user's frame is still at the call that caused it
            MemoryError card = pendingCard;
            pendingCard = null;
            pause(card.title().toLowerCase(java.util.Locale.ROOT), frame, card);
            return;
        }
        FnCode fn = frame.function();
        if (fn.isLibrary()) {
            // a pause noticed inside the std: stop at the next statement of the user's code
            if (pauseRequested) vm.setHookEveryStatement(true);
            return;
        }
        String stop = shouldStop(frame, fn, statement);
        if (stop != null) {
            pause(stop, frame, null);
            return;
        }
        int speed = stepsPerSecond;
        if (speed > 0 && mode == Command.CONTINUE) {
            publish(snapshot(Snapshot.RunState.RUNNING, "running", frame, null, -1));
            sleepQuietly(1000L / speed);
        } else if ((vm.steps() & 0x3FF) == 0 && System.nanoTime() - lastProgress > progressNanos) {
            long t = System.nanoTime();
            publish(snapshot(Snapshot.RunState.RUNNING, "running", frame, null, -1));
            lastProgress = System.nanoTime();
            // a big heap makes snapshots slow: keep them to a tenth of the run's time
            progressNanos = Math.max(PROGRESS_NANOS, 10 * (lastProgress - t));
        }
    }

    private String shouldStop(Frame frame, FnCode fn, int statement) {
        if (pauseRequested) {
            pauseRequested = false;
            return "paused";
        }
        int line = fn.statements().get(statement).span().line();
        boolean inRootFile = !fn.statements().get(statement).span().file().isLibrary();
        // steps go by lines: more statements on the line a step started from (a for loop's
        // header, a while's condition after its continue expression) run on
        if ((mode == Command.STEP_INTO || mode == Command.STEP_OVER) && frame == startFrame && line == startLine) return null;
        return switch (mode) {
            case STEP_INTO -> "step";
            case STEP_OVER -> depth(frame) <= startDepth ? "step" : breakpoint(line, inRootFile);
            case STEP_OUT -> depth(frame) < startDepth ? "step out" : breakpoint(line, inRootFile);
            default -> {
                if (runToLine > 0 && inRootFile && line == runToLine) {
                    runToLine = -1;
                    yield "run to cursor";
                }
                yield breakpoint(line, inRootFile);
            }
        };
    }

    private String breakpoint(int line, boolean inRootFile) {
        return inRootFile && breakpoints.contains(line) ? "breakpoint" : null;
    }

    /** The line a paused frame is at (its statement's), or -1. */
    private static int lineOf(Frame f) {
        int si = f.function().statementContaining(f.position());
        return si < 0 ? -1 : f.function().statements().get(si).span().line();
    }

    private Frame startFrame;
    private int startLine = -1;

    private static int depth(Frame f) {
        int d = 0;
        for (Frame x = f; x != null; x = x.caller()) if (!x.function().isLibrary()) d++;
        return d;
    }

    private void onReport(Machine m, AllocatorEvent e) {
        MemoryError card = ErrorCards.of(m, builder, e, m.vm().steps());
        if (card == null) return;
        errors.add(card);
        if (card.kind() == Snapshot.ErrorKind.LEAK || !stopOnErrors) return;
        // stop at the next statement, once the report's text is out
        pendingCard = card;
        m.vm().requestAttention();
    }

    private MemoryError pendingCard;

    /** Publishes a paused snapshot and waits for the next command. */
    private void pause(String reason, Frame frame, MemoryError card) {
        publish(snapshot(Snapshot.RunState.PAUSED, reason, frame, card, -1));
        while (true) {
            Object c;
            try {
                c = commands.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LimitExceeded(LimitExceeded.Limit.STOPPED, "stopped on request");
            }
            if (c == Command.STOP || stopRequested) throw new LimitExceeded(LimitExceeded.Limit.STOPPED, "stopped on request");
            pauseRequested = false;
            if (c instanceof RunTo rt) {
                runToLine = rt.line();
                mode = Command.CONTINUE;
            } else if (c == Command.PAUSE) {
                continue;
            } else {
                mode = (Command) c;
                runToLine = -1;
            }
            startDepth = depth(frame);
            startFrame = frame;
            startLine = lineOf(frame);
            updateHookRate();
            lastProgress = System.nanoTime();
            return;
        }
    }

    /**
     * Builds a snapshot. What changed is measured from the previous stop for a stop (what the
     * steps since did), and from the previous snapshot while an animated run goes on.
     */
    private Snapshot snapshot(Snapshot.RunState state, String reason, Frame top, MemoryError card, int exitCode) {
        Machine m = prepared.machine();
        var stop = new SnapshotBuilder.Stop(m.vm().steps(), state, reason, top, outputText(), List.copyOf(errors), card, exitCode);
        boolean isStop = state != Snapshot.RunState.RUNNING;
        Snapshot s;
        try {
            s = builder.build(stop, isStop ? lastStop : last);
        } catch (RuntimeException | StackOverflowError e) {
            // a state the lab cannot read must not end the run or leave the window waiting
            String why = e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
            s = new Snapshot(stop.step(), state, reason + " (Heap Lab could not read the machine's state: " + why + ")", card == null ? null : card.at(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0, stop.output(), stop.errors(), card, exitCode,
                    Snapshot.Changes.NONE);
        }
        last = s;
        if (isStop) lastStop = s;
        return s;
    }

    private Snapshot lastStop;

    private void publish(Snapshot s) {
        listener.snapshot(s);
    }

    private void write(byte[] bytes) {
        synchronized (output) {
            output.append(new String(bytes, StandardCharsets.UTF_8));
            if (output.length() > MAX_OUTPUT) output.delete(0, output.length() - MAX_OUTPUT / 2);
        }
    }

    private String outputText() {
        synchronized (output) {
            return output.toString();
        }
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
