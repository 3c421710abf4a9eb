package org.heaplab.session;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.heaplab.alloc.AllocatorEvent;
import org.heaplab.runtime.AllocatorChain;
import org.heaplab.runtime.Checkpoint;
import org.heaplab.runtime.code.FnCode;
import org.heaplab.runtime.Frame;
import org.heaplab.runtime.LimitExceeded;
import org.heaplab.runtime.Machine;
import org.heaplab.runtime.Runner;
import org.heaplab.runtime.Vm;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.Snapshot.MemoryError;
import org.heaplab.trace.Reachability;
import org.heaplab.trace.SnapshotBuilder;

/**
 * A program run under the lab's control: it runs on its own thread (which owns the machine),
 * stops at statements of the user's code when told (step into, over, out, run to a line,
 * breakpoints, pause) and at every memory error the debug allocator reports, and publishes a
 * {@link Snapshot} at each stop. Commands may come from any thread.
 */
public final class Debugger {
    /** What the run should do next. */
    public enum Command { CONTINUE, STEP_INTO, STEP_OVER, STEP_OUT, STEP_BACK, PAUSE, STOP }

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
    private final OutputLog output = new OutputLog(MAX_OUTPUT);
    /** The memory errors up to the furthest point the run reached; the first {@code errorCount} have happened where the run is. */
    private final List<MemoryError> errors = new ArrayList<>();
    private int errorCount;
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
        Travel t = travel;
        boolean every = t != null ? t.kind == Travel.Kind.SCAN
                : mode != Command.CONTINUE || !breakpoints.isEmpty() || runToLine > 0 || stepsPerSecond > 0;
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
        m.allocators().setListener(c -> onCall(m, c));
        // the first checkpoint is due at the first statement, even when the hook runs only now and then
        m.vm().setWakeAt(nextWake(0));
        lastProgress = System.nanoTime();
        boolean resume = false;
        while (true) {
            try {
                outcome = resume ? prepared.resume() : prepared.run();
                Travel t = travel;
                if (t != null && t.kind == Travel.Kind.SCAN) {
                    // a step back from the end: the scan ran into the end, and what it saw decides
                    long to = stepBackTarget(t);
                    travel = new Travel(Travel.Kind.SEEK, to, t.reason);
                    throw new Rewind(to);
                }
            } catch (Rewind r) {
                restore(m, r.to);
                resume = true;
                continue;
            }
            Runner.Result r = outcome.result();
            MemoryError fatal = ErrorCards.of(m, builder, r, m.vm().steps());
            if (fatal != null) addError(fatal);
            boolean stopped = r != null && r.ending() == Runner.Ending.LIMIT && r.detail().contains("stopped on request");
            if (!stopped) {
                end = m.vm().steps();
                if (fatal != null) timeline.fatal(end, fatal.address(), fatal.size(), fatal.title());
                timeline.reached(end, true);
            }
            String reason = reason(outcome);
            Frame top = fatal != null && fatal.kind() != Snapshot.ErrorKind.STACK_OVERFLOW ? m.vm().faultFrame() : null;
            Snapshot s = snapshot(Snapshot.RunState.FINISHED, reason, top, fatal, outcome.exitCode());
            clearTravel();
            lastOutcome = outcome;
            lastFinished = s;
            listener.finished(outcome, s);
            if (stopped || stopRequested) return;
            // the run is over; it can still be travelled back into
            Long to = awaitTravelAfterEnd(m);
            if (to == null) return;
            restore(m, to);
            resume = true;
        }
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
        try {
            statement(vm, frame, statement);
        } finally {
            vm.setWakeAt(nextWake(vm.steps()));
        }
    }

    private void statement(Vm vm, Frame frame, int statement) {
        if (stopRequested) throw new LimitExceeded(LimitExceeded.Limit.STOPPED, "stopped on request");
        long step = vm.steps();
        checkpointIfDue(vm, step);
        if (travel != null) {
            travelStep(vm, frame, step);
            return;
        }
        if (pendingCard != null) {
            // the report has been printed; the user's frame is still at the call that caused it
            MemoryError card = pendingCard;
            pendingCard = null;
            pause(card.title().toLowerCase(java.util.Locale.ROOT), frame, card);
            return;
        }
        FnCode fn = frame.function();
        if (fn.isLibrary()) {
            // a pause or an event breakpoint noticed inside the std: stop at the next statement of the user's code
            if (pauseRequested || pendingEvent != null) vm.setHookEveryStatement(true);
            return;
        }
        if (pendingEvent != null) {
            String why = pendingEvent;
            pendingEvent = null;
            pause(why, frame, null);
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
        } else if ((step & 0x3FF) == 0 && System.nanoTime() - lastProgress > progressNanos) {
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

    /** An error happens where the run is: recorded the first time, counted again when a replay passes it. */
    private void addError(MemoryError e) {
        if (errorCount < errors.size()) {
            errorCount++;
            return;
        }
        errors.add(e);
        errorCount = errors.size();
    }

    private void onReport(Machine m, AllocatorEvent e) {
        MemoryError card = ErrorCards.of(m, builder, e, m.vm().steps());
        if (card == null) return;
        addError(card);
        boolean leak = card.kind() == Snapshot.ErrorKind.LEAK;
        record(timeline, m.reports().size() - 1, card);
        if (travel != null) {
            if (!leak && stopOnErrors) pendingCard = card; // a trip that ends at that stop shows its card
            return;
        }
        boolean onAny = eventBreakpoints.stream().anyMatch(b -> b.kind() == EventBreakpoint.Kind.ANY_MEMORY_ERROR);
        if ((leak || !stopOnErrors) && !onAny) return;
        // stop at the next statement, once the report's text is out
        pendingCard = card;
        m.vm().requestAttention();
    }

    private MemoryError pendingCard;

    /** Publishes a paused snapshot and waits for the next command. */
    private void pause(String reason, Frame frame, MemoryError card) {
        Machine m = prepared.machine();
        long pausedAt = System.nanoTime();
        here = m.vm().steps();
        publish(snapshot(Snapshot.RunState.PAUSED, reason, frame, card, -1));
        while (true) {
            Object c = nextCommand();
            if (c == null || c == Command.STOP || stopRequested) throw new LimitExceeded(LimitExceeded.Limit.STOPPED, "stopped on request");
            pauseRequested = false;
            // the time limit counts running time, not time spent paused
            m.vm().extendDeadline(System.nanoTime() - pausedAt);
            if (c instanceof RunTo rt) {
                runToLine = rt.line();
                mode = Command.CONTINUE;
            } else if (c == Command.PAUSE) {
                continue;
            } else if (c == Command.STEP_BACK) {
                stepBack(m, frame);
                continue;
            } else if (c instanceof Travel t) {
                if (begin(m, t)) return;
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

    // ------------------------------------------------------------------ time travel

    /**
     * Thrown out of the step hook to go back in the run: the interpreter's Java stack unwinds to
     * {@link #run()}, which restores the checkpoint at or before {@code to} and resumes. An Error,
     * not an exception, so that nothing on the way (the runner, the session) takes it for the
     * program's end.
     */
    static final class Rewind extends Error {
        final long to;

        Rewind(long to) {
            super(null, null, false, false);
            this.to = to;
        }
    }

    /** A trip through the run's history, carried out by the interpreter thread. */
    private static final class Travel {
        enum Kind { SEEK, AFTER, SCAN, PROBE }

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
                case SCAN -> scanFrom;
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

    /** What the debugger itself must put back with a checkpoint. */
    private record Saved(Checkpoint cp, int errors, MemoryError pendingCard, long programAllocs, long cost) {}

    /**
     * The most the checkpoints may hold: an eighth of the Java heap. A run that goes on and on
     * (an endless loop under a long time limit) thins its checkpoints out when it gets there.
     */
    static final long HISTORY_BUDGET = Runtime.getRuntime().maxMemory() / 8;

    /** A checkpoint costs at most this many bytes per step of the run (it is spaced out as needed). */
    static final long BYTES_PER_STEP = 32;
    static final long DEFAULT_MIN_INTERVAL = 4096;

    private final java.util.TreeMap<Long, Saved> checkpoints = new java.util.TreeMap<>();
    private final Timeline timeline = new Timeline();
    private volatile long minInterval = DEFAULT_MIN_INTERVAL;
    private long nextCheckpoint = 1;
    private long retainedBytes;
    private long copiedAtLast;
    private boolean restoredSinceLast;
    private Travel travel;
    private Session.Outcome lastOutcome;
    private Snapshot lastFinished;
    /** The step the run is paused at. */
    private long here;
    /** The last step of the run once it got to its end, else -1. */
    private volatile long end = -1;
    private long programAllocs;
    private String pendingEvent;
    private volatile List<EventBreakpoint> eventBreakpoints = List.of();

    /** What the run did to the heap over time (the window's timeline); readable from any thread. */
    public Timeline timeline() { return timeline; }

    /** The last step once the run has got to its end, else -1. */
    public long endStep() { return end; }

    /** Goes to step {@code step} of the run (back or forward), paused there. */
    public void seek(long step) {
        commands.add(new Travel(Travel.Kind.SEEK, Math.max(1, step), "jumped to step " + Math.max(1, step)));
    }

    /** Goes to the first statement of the user's code after step {@code step} (after an allocation, a free), paused there. */
    public void seekAfter(long step, String reason) {
        commands.add(new Travel(Travel.Kind.AFTER, Math.max(0, step), reason));
    }

    /**
     * Finds the step where the last pointer to the orphaned block at {@code address} (allocated at
     * step {@code allocStep}) was lost, and goes there.
     */
    public void findWhereLost(long address, long allocStep) {
        Travel t = new Travel(Travel.Kind.PROBE, 0, String.format("the last pointer to 0x%x was lost", address));
        t.address = address;
        t.lo = Math.max(1, allocStep);
        t.hi = -1; // the current step, set when the search starts
        commands.add(t);
    }

    /** Breakpoints on allocator events; they take effect at once. */
    public void setEventBreakpoints(List<EventBreakpoint> list) { this.eventBreakpoints = List.copyOf(list); }

    /** Checkpoints at least this many steps apart (tests use small ones to rewind often). */
    public void setMinCheckpointInterval(long steps) { this.minInterval = Math.max(1, steps); }

    /** How many checkpoints are kept and roughly how many bytes they and the timeline hold. */
    public record Stats(int checkpoints, long checkpointBytes, long timelineBytes, long frontier, int thinned) {}

    public Stats stats() {
        return new Stats(checkpoints.size(), retainedBytes, timeline.bytes(), Math.max(here, end), thinned);
    }

    private void checkpointIfDue(Vm vm, long step) {
        if (step < nextCheckpoint || (!checkpoints.isEmpty() && step <= checkpoints.lastKey()) || !vm.atTopLevel()) return;
        Machine m = prepared.machine();
        Checkpoint cp = m.checkpoint();
        // the pages the previous checkpoint shares and the run has written since are its cost too
        long pages = restoredSinceLast ? 0 : m.memory().copiedBytes() - copiedAtLast;
        restoredSinceLast = false;
        copiedAtLast = m.memory().copiedBytes();
        long cost = cp.bytes() + pages;
        checkpoints.put(step, new Saved(cp, errorCount, pendingCard, programAllocs, cost));
        retainedBytes += cost;
        nextCheckpoint = step + Math.max(minInterval, cost / BYTES_PER_STEP);
        if (retainedBytes > historyBudget) thinCheckpoints();
    }

    /** Drops every other checkpoint (never the first or the newest) and spaces the next ones twice as far. */
    private void thinCheckpoints() {
        Long first = checkpoints.firstKey(), last = checkpoints.lastKey();
        boolean drop = false;
        for (var it = checkpoints.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (e.getKey().equals(first) || e.getKey().equals(last)) continue;
            if (drop) {
                retainedBytes -= e.getValue().cost();
                it.remove();
            }
            drop = !drop;
        }
        minInterval *= 2;
        thinned++;
    }

    private int thinned;
    private volatile long historyBudget = HISTORY_BUDGET;

    /** The most the checkpoints may hold (tests use small budgets to see them thinned). */
    public void setHistoryBudget(long bytes) { this.historyBudget = Math.max(1, bytes); }

    /** The next step the hook must see: a checkpoint falling due, or where a trip goes next. */
    private long nextWake(long step) {
        long w = nextCheckpoint;
        if (!checkpoints.isEmpty()) w = Math.max(w, checkpoints.lastKey() + 1);
        if (travel != null) w = Math.min(w, travel.next());
        return w <= step ? step + 1 : w;
    }

    /** Puts machine and debugger back at the checkpoint at or before {@code to} (the first one if none is). */
    private void restore(Machine m, long to) {
        var e = checkpoints.floorEntry(to);
        if (e == null) e = checkpoints.firstEntry();
        Saved sv = e.getValue();
        m.restore(sv.cp());
        output.moveTo(sv.cp().outputBytes());
        errorCount = sv.errors();
        pendingCard = sv.pendingCard();
        pendingEvent = null;
        programAllocs = sv.programAllocs();
        restoredSinceLast = true;
        updateHookRate();
        m.vm().setWakeAt(nextWake(sv.cp().step() - 1));
    }

    /** Starts a trip from a pause at {@link #here}; returns true when the run goes on forward from here. */
    private boolean begin(Machine m, Travel t) {
        t = t.from(here);
        travel = t;
        long next = t.next();
        // back, or far forward past a checkpoint: restore the nearest checkpoint instead of running all the way
        Long nearest = checkpoints.floorKey(next);
        if (t.kind == Travel.Kind.SCAN || next <= here || nearest != null && nearest > here) throw new Rewind(next);
        updateHookRate();
        m.vm().setWakeAt(nextWake(here));
        return true;
    }

    /**
     * Steps back from a pause, as a step over would go forward: to the previous line this frame
     * (or, from a function's first line, its caller) ran, at the first statement of that line.
     */
    private void stepBack(Machine m, Frame frame) {
        Travel t = stepBackFrom(here, frame);
        if (t == null) {
            publish(snapshot(Snapshot.RunState.PAUSED, "at the first step: nothing ran before", frame, null, -1));
            return;
        }
        begin(m, t);
    }

    /**
     * The scan a step back makes from before step {@code end}, where {@code frame} is (null: the
     * run's end, where no line is left to skip); null when no checkpoint lies before it.
     */
    private Travel stepBackFrom(long end, Frame frame) {
        Long from = checkpoints.lowerKey(end);
        if (from == null) return null;
        Travel t = new Travel(Travel.Kind.SCAN, end, "stepped back");
        Frame user = userFrame(frame);
        t.depth = user == null ? -1 : depth(user);
        t.line = user == null ? -1 : lineOf(user);
        t.scanFrom = from;
        return t;
    }

    private static Frame userFrame(Frame f) {
        Frame x = f;
        while (x != null && x.function().isLibrary()) x = x.caller();
        return x;
    }

    /** The hook during a trip: record, probe, or stop where the trip ends. */
    private void travelStep(Vm vm, Frame frame, long step) {
        Travel t = travel;
        MemoryError card = pendingCard;
        pendingCard = null;
        pendingEvent = null;
        switch (t.kind) {
            case SEEK -> {
                if (step >= t.target) arrive(frame, t.reason, card);
            }
            case AFTER -> {
                if (step <= t.target) return;
                if (frame.function().isLibrary()) {
                    vm.setHookEveryStatement(true);
                    return;
                }
                arrive(frame, t.reason, card);
            }
            case SCAN -> {
                if (step < t.target) {
                    if (!frame.function().isLibrary()) t.see(step, depth(frame), lineOf(frame));
                    return;
                }
                long to = stepBackTarget(t);
                if (to < 0) return; // widened: the scan starts again further back (thrown)
                travel = new Travel(Travel.Kind.SEEK, to, t.reason);
                if (to < step) throw new Rewind(to);
                arrive(frame, t.reason, card);
            }
            case PROBE -> {
                // judged at statements of the user's code only: a std frame's memory holds stale copies of pointers
                if (step < t.next()) return;
                if (frame.function().isLibrary()) {
                    vm.setHookEveryStatement(true);
                    return;
                }
                if (step >= t.answer) {
                    // no statement of the user's code between the probe and the answer: search below the probe
                    t.hi = t.next();
                } else if (Reachability.reachable(prepared.machine(), frame, t.address)) {
                    t.lo = step;
                } else {
                    t.hi = step;
                    t.answer = step;
                }
                vm.setHookEveryStatement(false);
                if (t.hi - t.lo <= 1) {
                    travel = new Travel(Travel.Kind.SEEK, t.answer, t.reason + " by the statement before");
                    if (t.answer < step) throw new Rewind(t.answer);
                    arrive(frame, travel.reason, card);
                    return;
                }
                Long nearest = checkpoints.floorKey(t.next());
                if (t.next() < step || nearest != null && nearest > step) throw new Rewind(t.next());
            }
        }
    }

    /** Where a step back lands, from what the scan saw; -1 after starting a wider scan. */
    private long stepBackTarget(Travel t) {
        int i = t.seenCount - 1;
        // as a step over goes forward, a step back passes over calls: lines of deeper frames are skipped
        while (i >= 0 && (t.sameAt(i, t.depth, t.line) || t.depth >= 0 && t.seen[i * 3 + 1] > t.depth)) i--;
        if (i < 0) {
            Long earlier = checkpoints.lowerKey(t.scanFrom);
            if (earlier != null) return widen(t, earlier);
            return t.seenCount > 0 ? t.seen[0] : t.target;
        }
        long d = t.seen[i * 3 + 1], l = t.seen[i * 3 + 2];
        int j = i;
        while (j > 0 && t.sameAt(j - 1, d, l)) j--;
        if (j == 0 && t.seen[0] > checkpoints.firstKey() && t.scanFrom == checkpoints.floorKey(t.scanFrom)) {
            Long earlier = checkpoints.lowerKey(t.scanFrom);
            if (earlier != null && t.target - earlier < 64 * (t.target - t.scanFrom + 1)) return widen(t, earlier);
        }
        return t.seen[j * 3];
    }

    private long widen(Travel t, long earlier) {
        t.scanFrom = earlier;
        t.seenCount = 0;
        throw new Rewind(earlier);
    }

    /** The end of a trip: pause here (a memory error's card still shows when this is the stop it made). */
    private void arrive(Frame frame, String reason, MemoryError card) {
        travel = null;
        // a card belongs to the stop right after its report, as the run first made it
        if (card != null && card.step() + 1 != prepared.machine().vm().steps()) card = null;
        mode = Command.STEP_INTO;
        updateHookRate();
        pause(reason, frame, card);
    }

    private void clearTravel() {
        travel = null;
        pendingEvent = null;
    }

    /** The next command, or null when the thread is interrupted (the session ends). */
    private Object nextCommand() {
        try {
            return commands.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** After the end: waits for a trip back (returns where to restore) or the end of the session (null). */
    private Long awaitTravelAfterEnd(Machine m) {
        here = end >= 0 ? end : m.vm().steps();
        while (true) {
            Object c = nextCommand();
            if (c == null || c == Command.STOP || stopRequested) return null;
            Travel t = null;
            if (c == Command.STEP_BACK) {
                // the end's own step ran too: the scan takes it in
                t = stepBackFrom(here + 1, null);
            } else if (c instanceof Travel tr) {
                t = tr.from(here);
                if (t.kind == Travel.Kind.SEEK && t.target > here || t.kind == Travel.Kind.AFTER && t.target >= here) t = null;
            }
            if (t == null) {
                // nothing to travel to (beyond the end): say where the run is again
                listener.finished(lastOutcome, lastFinished);
                continue;
            }
            travel = t;
            return t.next();
        }
    }

    private void onCall(Machine m, AllocatorChain.Call c) {
        Timeline.Kind k = record(timeline, c);
        if (k == null) return;
        if (k == Timeline.Kind.ALLOC) programAllocs++;
        if (travel != null) return;
        for (EventBreakpoint b : eventBreakpoints) {
            String why = switch (b.kind()) {
                case NTH_ALLOCATION -> k == Timeline.Kind.ALLOC && programAllocs == b.value() ? "allocation number " + programAllocs : null;
                case ALLOCATION_AT_LEAST -> k == Timeline.Kind.ALLOC && c.length() >= b.value()
                        ? "an allocation of " + c.length() + " bytes (at least " + b.value() + ")" : null;
                case FREE_OF_BLOCK -> k == Timeline.Kind.FREE && c.address() == b.value() ? String.format("free of the block at 0x%x", c.address()) : null;
                case MOVING_RESIZE -> k == Timeline.Kind.MOVE ? String.format("a resize moved a block to 0x%x", c.address()) : null;
                case ANY_MEMORY_ERROR -> null;
            };
            if (why != null) {
                pendingEvent = "breakpoint: " + why;
                m.vm().requestAttention();
                return;
            }
        }
    }

    /** Records a memory error or leak in a timeline; {@code ordinal} is its report's number in the run (a replay repeats it). */
    static void record(Timeline timeline, int ordinal, MemoryError card) {
        timeline.report(ordinal, card.step(), card.kind() == Snapshot.ErrorKind.LEAK ? Timeline.Kind.LEAK : Timeline.Kind.ERROR, card.address(),
                card.size(), card.title());
    }

    /** Records a call the program made in a timeline; returns its kind, or null for calls that are not the program's own. */
    static Timeline.Kind record(Timeline timeline, AllocatorChain.Call c) {
        if (c.requester() >= 0 || !c.ok()) return null; // an allocator's own calls to its parent, or a refusal
        Timeline.Kind k;
        long change;
        long len;
        switch (c.op()) {
            case ALLOC -> {
                k = Timeline.Kind.ALLOC;
                change = c.length();
                len = c.length();
            }
            case FREE -> {
                k = Timeline.Kind.FREE;
                change = -c.length();
                len = c.length();
            }
            case RESIZE -> {
                k = Timeline.Kind.RESIZE;
                change = c.newLength() - c.length();
                len = c.newLength();
            }
            default -> {
                k = Timeline.Kind.MOVE;
                change = c.newLength() - c.length();
                len = c.newLength();
            }
        }
        timeline.call(c.serial(), c.step(), k, c.allocator(), c.address(), len, change);
        return k;
    }

    /**
     * Builds a snapshot. What changed is measured from the previous stop for a stop (what the
     * steps since did), and from the previous snapshot while an animated run goes on.
     */
    private Snapshot snapshot(Snapshot.RunState state, String reason, Frame top, MemoryError card, int exitCode) {
        Machine m = prepared.machine();
        // how far the run got: told to the timeline when it is shown, not at every statement
        if (end < 0) timeline.reached(m.vm().steps(), false);
        var stop = new SnapshotBuilder.Stop(m.vm().steps(), state, reason, top, outputText(), List.copyOf(errors.subList(0, errorCount)), card,
                exitCode);
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
        output.append(bytes);
    }

    private String outputText() {
        return output.text();
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
