package org.heaplab.session;

import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.heaplab.alloc.AllocatorEvent;
import org.heaplab.runtime.AllocatorChain;
import org.heaplab.runtime.code.FnCode;
import org.heaplab.runtime.Frame;
import org.heaplab.runtime.LimitExceeded;
import org.heaplab.runtime.Machine;
import org.heaplab.runtime.Runner;
import org.heaplab.runtime.Vm;
import org.heaplab.trace.EventBreakpoint;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.Snapshot.MemoryError;
import org.heaplab.trace.StopReason;

/**
 * A program run under the lab's control: it runs on its own thread (which owns the machine),
 * stops at statements of the user's code when told (step into, over, out, run to a line,
 * breakpoints, pause) and at every memory error the debug allocator reports, and publishes a
 * {@link Snapshot} at each stop. Commands may come from any thread.
 *
 * <p>This class is the run thread's control: the commands, the run loop (which restores a
 * checkpoint when a trip goes back), the statement hook and the pause. Where a run stops going
 * forward is {@link StopRules} and {@link EventStops}; the history and trips through it are
 * {@link Checkpoints} and {@link TimeTravel}; what a stop shows is {@link SnapshotPublisher}.
 */
public final class Debugger {
    /** What the run should do next. */
    public enum Command { CONTINUE, STEP_INTO, STEP_OVER, STEP_OUT, STEP_BACK, PAUSE, STOP }

    /** Receives the run's snapshots and its end; called on the interpreter thread. */
    public interface Listener {
        void snapshot(Snapshot s);

        void finished(Session.Outcome outcome, Snapshot last);
    }

    private final Session.Prepared prepared;
    private final Listener listener;
    private final BlockingQueue<Object> commands = new LinkedBlockingQueue<>();
    private final Timeline timeline = new Timeline();
    private final StopRules stops = new StopRules();
    private final EventStops events = new EventStops();
    private final Checkpoints checkpoints = new Checkpoints();
    private final WriteHistory history = new WriteHistory();
    private final Watches watches = new Watches(history);
    private final TimeTravel travel;
    private final SnapshotPublisher publisher;
    private volatile int stepsPerSecond;
    private volatile boolean stopRequested;
    private volatile boolean stopOnErrors = true;
    private Thread thread;
    private volatile WriteRecorder recorder;

    // interpreter-thread state
    /** A memory error's card, shown at the next statement once the report's text is out. */
    private MemoryError pendingCard;
    private Session.Outcome lastOutcome;
    private Snapshot lastFinished;
    /** The step the run is paused at. */
    private long here;
    /** The last step of the run once it got to its end, else -1. */
    private volatile long end = -1;

    private Debugger(Session.Prepared prepared, Listener listener) {
        this.prepared = prepared;
        this.listener = listener;
        this.travel = new TimeTravel(prepared, checkpoints, this::arrive);
        this.publisher = new SnapshotPublisher(prepared, listener, timeline, () -> end);
    }

    /** Compiles a program and readies a run of it; check {@link #compilation()} before starting. */
    public static Debugger prepare(String fileName, String text, Session.Mode mode, RunSettings settings, Listener listener) {
        var holder = new Debugger[1];
        Session.Prepared p = Session.prepare(fileName, text, mode, settings, (fd, bytes) -> holder[0].publisher.write(bytes));
        holder[0] = new Debugger(p, listener);
        return holder[0];
    }

    public Compilation compilation() { return prepared.compilation(); }

    /** Starts the run: {@code first} is CONTINUE to run to a breakpoint, a step command to stop at the first statement. */
    public synchronized void start(Command first) {
        if (thread != null) throw new IllegalStateException("already started");
        stops.startWith(first);
        thread = new RunThread(this::runGuarded, "heaplab-run");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts the run going to {@code line} of the program's file (or an earlier breakpoint). */
    public synchronized void startRunningTo(int line) {
        stops.runTo(line);
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
                stops.requestPause();
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
        stops.setBreakpoints(lines);
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
        Travel.Kind trip = travel.kind();
        boolean every = trip != null ? trip == Travel.Kind.SCAN || trip == Travel.Kind.REVERSE : stops.watchesEveryStatement() || stepsPerSecond > 0;
        m.vm().setHookEveryStatement(every);
    }

    /** Whether a memory error the debug allocator reports stops the run (it does by default). */
    public void setStopOnErrors(boolean b) { this.stopOnErrors = b; }

    /** Breakpoints on allocator events; they take effect at once. */
    public void setEventBreakpoints(List<EventBreakpoint> list) { events.set(list); }

    /** Waits for the run's thread to end (tests). */
    public void join(long millis) throws InterruptedException {
        Thread t = thread;
        if (t != null) t.join(millis);
    }

    public boolean isAlive() {
        Thread t = thread;
        return t != null && t.isAlive();
    }

    // ------------------------------------------------------------------ time travel, from any thread

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

    /** What the run wrote (last writes, origins, block lives); readable from any thread. */
    public WriteHistory history() { return history; }

    /**
     * Byte ranges whose writes pause the run; they take effect at once. Going forward, a write
     * to one pauses at the next statement of the user's code ("watchpoint: LABEL written by
     * main.zig:L"); {@link #reverseContinue} goes back to the previous one.
     */
    public void setWatchpoints(List<Watchpoint> w) {
        watches.set(w);
        WriteRecorder r = recorder;
        if (r != null) r.setWatchpoints(w);
    }

    private volatile boolean recordHistory = true;

    /** Whether the run records its writes (it does by default; the benchmarks compare). Before {@link #start}. */
    public void setRecordHistory(boolean on) { this.recordHistory = on; }

    /**
     * Goes back to the previous write of a watched range, landing just after it (at the first
     * statement of the user's code after the write, so the value written shows); says "nothing
     * wrote it before" and stays when there is none.
     */
    public void reverseContinue() {
        commands.add(REVERSE);
    }

    private static final Object REVERSE = new Object() {
        @Override
        public String toString() { return "reverse continue"; }
    };

    /** Goes to just after a write: the first statement of the user's code after its step ("main.zig:L wrote ..."). */
    public void goToWrite(Write w) {
        seekAfter(w.step(), w.where() + " wrote " + w.what());
    }

    /** Checkpoints at least this many steps apart (tests use small ones to rewind often). */
    public void setMinCheckpointInterval(long steps) { checkpoints.setMinInterval(steps); }

    /** The most the checkpoints may hold (tests use small budgets to see them thinned). */
    public void setHistoryBudget(long bytes) { checkpoints.setHistoryBudget(bytes); }

    /** How many checkpoints are kept and roughly how many bytes they and the timeline hold. */
    public record Stats(int checkpoints, long checkpointBytes, long timelineBytes, long frontier, int thinned) {}

    public Stats stats() {
        return new Stats(checkpoints.size(), checkpoints.retainedBytes(), timeline.bytes(), Math.max(here, end), checkpoints.thinned());
    }

    // ------------------------------------------------------------------ the interpreter thread

    /** The run, ending with the lab's internal-error report (in the console) should the lab itself fail. */
    private void runGuarded() {
        try {
            run();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            Compilation c = prepared.compilation();
            String text = InternalErrors.report("debugging", c.file().name(), c.file().text(), e);
            publisher.write(("\nheaplab: " + text + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            var why = new StopReason.Finished(StopReason.Ending.INTERNAL_ERROR, 70, null);
            Snapshot s = new Snapshot(0, Snapshot.RunState.FINISHED, why, null, List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), 0, publisher.outputText(), List.of(), null, 70, Snapshot.Changes.NONE);
            listener.finished(new Session.Outcome(c, null, 70), s);
        }
    }

    private void run() {
        Machine m = prepared.machine();
        Session.Outcome outcome;
        if (m == null) {
            outcome = prepared.run();
            Snapshot s = new Snapshot(0, Snapshot.RunState.FINISHED, outcome.stopReason(), null, List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), 0, publisher.outputText(), List.of(), null, outcome.exitCode(), Snapshot.Changes.NONE);
            listener.finished(outcome, s);
            return;
        }
        publisher.start(m);
        if (recordHistory) {
            recorder = WriteRecorder.attach(m, history);
            recorder.setWatchpoints(watches.list());
            recorder.onWatchHit((w, step, site) -> onWatchHit(m, w, step, site));
        }
        m.vm().setHook(this::onStatement);
        m.vm().countHits();
        updateHookRate();
        m.setReportListener(e -> onReport(m, e));
        m.allocators().setListener(c -> onCall(m, c));
        // the first checkpoint is due at the first statement, even when the hook runs only now and then
        m.vm().setWakeAt(nextWake(0));
        publisher.resetProgressClock();
        boolean resume = false;
        while (true) {
            try {
                outcome = resume ? prepared.resume() : prepared.run();
                // a step back from the end: the scan ran into the end, and what it saw decides
                travel.endReached();
            } catch (TimeTravel.Rewind r) {
                restore(m, r.to);
                resume = true;
                continue;
            }
            Runner.Result r = outcome.result();
            MemoryError fatal = ErrorCards.of(m, publisher.builder(), r, m.vm().steps());
            if (fatal != null) publisher.addError(fatal);
            boolean stopped = r != null && r.limit() == LimitExceeded.Limit.STOPPED;
            if (!stopped) {
                end = m.vm().steps();
                history.reached(end);
                if (fatal != null) timeline.fatal(end, fatal.address(), fatal.size(), fatal.title());
                timeline.reached(end, true);
            }
            StopReason reason = outcome.stopReason();
            Frame top = fatal != null ? m.vm().faultFrame() : null;
            Snapshot s = publisher.snapshot(Snapshot.RunState.FINISHED, reason, top, fatal, outcome.exitCode());
            travel.clear();
            events.clearPending();
            watches.clearPending();
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
        checkpoints.takeIfDue(prepared.machine(), vm, step, publisher.errorCount(), pendingCard, events.programAllocs());
        if (travel.active()) {
            MemoryError card = pendingCard;
            pendingCard = null;
            events.clearPending();
            travel.step(vm, frame, step, card);
            return;
        }
        if (pendingCard != null) {
            // the report has been printed; the user's frame is still at the call that caused it
            MemoryError card = pendingCard;
            pendingCard = null;
            pause(new StopReason.MemoryError(card.kind(), card.title()), frame, card);
            return;
        }
        FnCode fn = frame.function();
        if (fn.isLibrary()) {
            // a pause, an event breakpoint or a watchpoint noticed inside the std: stop at the next statement of the user's code
            if (stops.pauseRequested() || events.hasPending() || watches.hasPending()) vm.setHookEveryStatement(true);
            return;
        }
        if (events.hasPending()) {
            watches.clearPending();
            pause(events.takePending(), frame, null);
            return;
        }
        if (watches.hasPending()) {
            // a reverse continue from this stop looks before the write it stopped for
            pause(watches.takePending(vm.steps()), frame, null);
            return;
        }
        StopReason stop = stops.shouldStop(frame, fn, statement);
        if (stop != null) {
            pause(stop, frame, null);
            return;
        }
        int speed = stepsPerSecond;
        if (speed > 0 && stops.mode() == Command.CONTINUE) publisher.animate(frame, speed);
        else publisher.progressIfDue(frame, step);
    }

    private void onReport(Machine m, AllocatorEvent e) {
        MemoryError card = ErrorCards.of(m, publisher.builder(), e, m.vm().steps());
        if (card == null) return;
        publisher.addError(card);
        boolean leak = card.kind() == Snapshot.ErrorKind.LEAK;
        TimelineRecorder.record(timeline, m.reports().size() - 1, card);
        if (travel.active()) {
            if (!leak && stopOnErrors) pendingCard = card; // a trip that ends at that stop shows its card
            return;
        }
        if ((leak || !stopOnErrors) && !events.onAnyMemoryError()) return;
        // stop at the next statement, once the report's text is out
        pendingCard = card;
        m.vm().requestAttention();
    }

    private void onWatchHit(Machine m, Watchpoint w, long step, int site) {
        if (travel.active()) return;
        WriteSites.Place p = history.place(site);
        watches.hit(w, p == WriteSites.Place.STARTUP ? "the start-up code" : p.file(), p == WriteSites.Place.STARTUP ? 0 : p.line(), step);
        m.vm().requestAttention();
    }

    private void onCall(Machine m, AllocatorChain.Call c) {
        history.call(c);
        TimelineRecorder.record(timeline, c);
        events.count(c);
        if (travel.active()) return;
        if (events.check(c)) m.vm().requestAttention();
    }

    /** Publishes a paused snapshot and waits for the next command. */
    private void pause(StopReason reason, Frame frame, MemoryError card) {
        Machine m = prepared.machine();
        long pausedAt = System.nanoTime();
        here = m.vm().steps();
        history.reached(here - 1);
        publisher.publish(publisher.snapshot(Snapshot.RunState.PAUSED, reason, frame, card, -1));
        while (true) {
            Object c = nextCommand();
            if (c == null || c == Command.STOP || stopRequested) throw new LimitExceeded(LimitExceeded.Limit.STOPPED, "stopped on request");
            stops.clearPause();
            // the time limit counts running time, not time spent paused
            m.vm().extendDeadline(System.nanoTime() - pausedAt);
            if (c instanceof RunTo rt) {
                stops.runTo(rt.line());
            } else if (c == Command.PAUSE) {
                continue;
            } else if (c == Command.STEP_BACK) {
                stepBack(m, frame);
                continue;
            } else if (c == REVERSE) {
                Travel t = reverseTrip(frame);
                if (t != null && begin(m, t)) return;
                continue;
            } else if (c instanceof Travel t) {
                if (begin(m, t)) return;
                continue;
            } else {
                stops.command((Command) c);
            }
            stops.resumeFrom(frame);
            updateHookRate();
            publisher.resetProgressClock();
            return;
        }
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

    // ------------------------------------------------------------------ time travel, on the interpreter thread

    /** The next step the hook must see: a checkpoint falling due, or where a trip goes next. */
    private long nextWake(long step) {
        long w = checkpoints.nextDue();
        if (travel.active()) w = Math.min(w, travel.next());
        return w <= step ? step + 1 : w;
    }

    /** Puts machine and debugger back at the checkpoint at or before {@code to} (the first one if none is). */
    private void restore(Machine m, long to) {
        if (recorder != null) recorder.rewinding();
        Checkpoints.Saved sv = checkpoints.restorePoint(to);
        m.restore(sv.cp());
        if (recorder != null) recorder.restored();
        publisher.rewind(sv.cp().outputBytes(), sv.errors());
        pendingCard = sv.pendingCard();
        events.restore(sv.programAllocs());
        updateHookRate();
        m.vm().setWakeAt(nextWake(sv.cp().step() - 1));
    }

    /** Starts a trip from a pause at {@link #here}; returns true when the run goes on forward from here. */
    private boolean begin(Machine m, Travel t) {
        travel.begin(t, here);
        updateHookRate();
        m.vm().setWakeAt(nextWake(here));
        return true;
    }

    /**
     * Steps back from a pause, as a step over would go forward: to the previous line this frame
     * (or, from a function's first line, its caller) ran, at the first statement of that line.
     */
    private void stepBack(Machine m, Frame frame) {
        Travel t = travel.stepBackFrom(here, frame);
        if (t == null) {
            var why = new StopReason.Travel("at the first step: nothing ran before");
            publisher.publish(publisher.snapshot(Snapshot.RunState.PAUSED, why, frame, null, -1));
            return;
        }
        begin(m, t);
    }

    /** The end of a trip: pause here (a memory error's card still shows when this is the stop it made). */
    private void arrive(Frame frame, String reason, MemoryError card) {
        // a card belongs to the stop right after its report, as the run first made it
        if (card != null && card.step() + 1 != prepared.machine().vm().steps()) card = null;
        watches.arrived(prepared.machine().vm().steps(), reason);
        stops.stopAtNextStatement();
        updateHookRate();
        pause(new StopReason.Travel(reason), frame, card);
    }

    /**
     * The trip a reverse continue makes from {@link #here}: to just after the previous write of a
     * watched range; null (having said so) when there is none.
     */
    private Travel reverseTrip(Frame frame) {
        long from = end >= 0 && here >= end ? here + 1 : here;
        var w = watches.previous(from);
        Set<Integer> lines = stops.breakpoints();
        if (!lines.isEmpty()) {
            // the previous breakpoint hit, if later than the write: a scan back finds it
            Write x = w.orElse(null);
            if (x != null) watches.going(x);
            Travel t = travel.reverseFrom(from, here, x == null ? -1 : x.step(),
                    x == null ? null : "watchpoint: " + watches.labelOf(x) + " written by " + x.where(), lines);
            if (t != null) return t;
        }
        if (w.isEmpty()) {
            var why = new StopReason.Travel(watches.list().isEmpty() ? "no watchpoint is set" : "nothing wrote it before");
            if (end >= 0 && here >= end && frame == null) {
                listener.finished(lastOutcome, lastFinished);
            } else {
                publisher.publish(publisher.snapshot(Snapshot.RunState.PAUSED, why, frame, null, -1));
            }
            return null;
        }
        Write x = w.get();
        watches.going(x);
        return new Travel(Travel.Kind.AFTER, x.step(), "watchpoint: " + watches.labelOf(x) + " written by " + x.where());
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
                t = travel.stepBackFrom(here + 1, null);
            } else if (c == REVERSE) {
                // the end's own step ran too: its writes count
                t = reverseTrip(null);
            } else if (c instanceof Travel tr) {
                t = tr.from(here);
                if (t.kind == Travel.Kind.SEEK && t.target > here || t.kind == Travel.Kind.AFTER && t.target >= here) t = null;
            }
            if (t == null) {
                // nothing to travel to (beyond the end): say where the run is again
                listener.finished(lastOutcome, lastFinished);
                continue;
            }
            travel.set(t);
            return t.next();
        }
    }
}
