package org.heaplab.session;

import java.util.Set;
import org.heaplab.runtime.Frame;
import org.heaplab.runtime.code.FnCode;
import org.heaplab.trace.StopReason;

/**
 * Where a run going forward stops next: the step command in force (into, over, out, continue)
 * and the statement it started from, a run to a line, the line breakpoints, a pause asked for.
 * The breakpoints and the pause request may be set from any thread; the rest is the
 * interpreter thread's. Event breakpoints and memory errors stop the run elsewhere
 * ({@link EventStops}, {@link Debugger}).
 */
final class StopRules {
    private volatile Set<Integer> breakpoints = Set.of();
    private volatile boolean pauseRequested;

    // interpreter-thread state
    private Debugger.Command mode = Debugger.Command.CONTINUE;
    private int runToLine = -1;
    private int startDepth;
    private Frame startFrame;
    private int startLine = -1;

    /** Lines of the program's file where a run stops. */
    void setBreakpoints(Set<Integer> lines) { this.breakpoints = Set.copyOf(lines); }

    Set<Integer> breakpoints() { return breakpoints; }

    void requestPause() { pauseRequested = true; }

    boolean pauseRequested() { return pauseRequested; }

    void clearPause() { pauseRequested = false; }

    Debugger.Command mode() { return mode; }

    /** The command a run starts with (a pause at the start is a step into). */
    void startWith(Debugger.Command first) {
        mode = first == Debugger.Command.PAUSE ? Debugger.Command.STEP_INTO : first;
    }

    /** Runs on to {@code line} of the program's file (or an earlier breakpoint). */
    void runTo(int line) {
        runToLine = line;
        mode = Debugger.Command.CONTINUE;
    }

    /** A step command or continue, from a pause. */
    void command(Debugger.Command c) {
        mode = c;
        runToLine = -1;
    }

    /** The run stops at the next statement of the user's code (where a trip through the run's history ends). */
    void stopAtNextStatement() { mode = Debugger.Command.STEP_INTO; }

    /** The run goes on from a pause at {@code frame}: steps are measured from there. */
    void resumeFrom(Frame frame) {
        startDepth = UserFrames.depth(frame);
        startFrame = frame;
        startLine = UserFrames.lineOf(frame);
    }

    /** Whether some statement may stop the run, so the hook must see every one. */
    boolean watchesEveryStatement() {
        return mode != Debugger.Command.CONTINUE || !breakpoints.isEmpty() || runToLine > 0;
    }

    /** Why the run stops at this statement of the user's code, or null when it runs on. */
    StopReason shouldStop(Frame frame, FnCode fn, int statement) {
        if (pauseRequested) {
            pauseRequested = false;
            return new StopReason.Paused();
        }
        int line = fn.statements().get(statement).span().line();
        boolean inRootFile = !fn.statements().get(statement).span().file().isLibrary();
        // steps go by lines: more statements on the line a step started from (a for loop's
        // header, a while's condition after its continue expression) run on
        if ((mode == Debugger.Command.STEP_INTO || mode == Debugger.Command.STEP_OVER) && frame == startFrame && line == startLine) return null;
        return switch (mode) {
            case STEP_INTO -> new StopReason.Step(false);
            case STEP_OVER -> UserFrames.depth(frame) <= startDepth ? new StopReason.Step(false) : breakpoint(line, inRootFile);
            case STEP_OUT -> UserFrames.depth(frame) < startDepth ? new StopReason.Step(true) : breakpoint(line, inRootFile);
            default -> {
                if (runToLine > 0 && inRootFile && line == runToLine) {
                    runToLine = -1;
                    yield new StopReason.RunToLine(line);
                }
                yield breakpoint(line, inRootFile);
            }
        };
    }

    private StopReason breakpoint(int line, boolean inRootFile) {
        return inRootFile && breakpoints.contains(line) ? new StopReason.Breakpoint(line) : null;
    }
}
