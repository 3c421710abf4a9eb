package org.heaplab.trace;

import java.util.Locale;
import java.util.Map;

/**
 * Why a run is where a snapshot shows it: a step, a breakpoint, a pause, an event breakpoint, a
 * memory error, a trip through the run's history, a watchpoint, the run's end. The window, the
 * scenarios and the session match on the kind; {@link #text()} is the words the status bar, the
 * walkthrough and {@code heaplab replay} show ("breakpoint", "step out", "double free",
 * "exited with status 0"), the same wherever the reason is read.
 *
 * <p>In JSON (the snapshot {@code heaplab replay} prints, a trace's {@code ending}) a reason is an
 * object with its {@code type} (the record's name in lower case, words joined by '-'), its
 * components and its {@code text}; {@link #fromJson} reads it back.
 */
public sealed interface StopReason {
    /** The words the window and the scenarios show. */
    String text();

    /** A step command got to its next statement: {@code out} for a step out (into and over read alike). */
    record Step(boolean out) implements StopReason {
        public String text() { return out ? "step out" : "step"; }
    }

    /** A breakpoint on {@code line} of the program's file. */
    record Breakpoint(int line) implements StopReason {
        public String text() { return "breakpoint"; }
    }

    /** A run to {@code line} (the editor's "run to cursor", a scenario's {@code run to line N}) got there. */
    record RunToLine(int line) implements StopReason {
        public String text() { return "run to cursor"; }
    }

    /** The learner paused the run. */
    record Paused() implements StopReason {
        public String text() { return "paused"; }
    }

    /** The run goes on (an animated run's or a long run's progress). */
    record Running() implements StopReason {
        public String text() { return "running"; }
    }

    /** An event breakpoint stopped the run after an allocator call at {@code address} of {@code bytes}. */
    record Event(EventBreakpoint breakpoint, long address, long bytes) implements StopReason {
        public String text() { return "breakpoint: " + breakpoint.happened(address, bytes); }
    }

    /** The memory error or fault the snapshot's card explains; {@code title} is its card's ("Double free"). */
    record MemoryError(Snapshot.ErrorKind kind, String title) implements StopReason {
        public String text() { return title.toLowerCase(Locale.ROOT); }
    }

    /**
     * A trip through the run's history ended here: {@code what} the trip was ("jumped to step 40",
     * "stepped back", "after the free of 0x...", "the last pointer to 0x... was lost by the
     * statement before"). Words only: nothing matches on a trip's kind.
     */
    record Travel(String what) implements StopReason {
        public String text() { return what; }
    }

    /** A write to the watched range {@code label}, by {@code file}:{@code line}. */
    record Watchpoint(String label, String file, int line) implements StopReason {
        /** {@code line} 0: written before the program's first statement ({@code file} names who, e.g. "the start-up code"). */
        public String text() { return "watchpoint: " + label + " written by " + file + (line > 0 ? ":" + line : ""); }
    }

    /** How a run ended. */
    enum Ending {
        EXITED, ERROR_RETURNED, PANICKED, SEGFAULT, STACK_OVERFLOW, TESTS_FAILED,
        /** Stopped on request (the learner's stop). */
        STOPPED,
        /** A limit the settings raise: statements, time, memory, output. */
        LIMIT,
        /** A bound of Heap Lab's own that no setting raises (one format's text, a slice handed to the std's Java side). */
        FIXED_LIMIT,
        DID_NOT_COMPILE, INTERNAL_ERROR
    }

    /**
     * The run is over: how, with its exit status; {@code detail} is the error main returned
     * ({@code ERROR_RETURNED}) or the limit the run hit ({@code LIMIT}, {@code FIXED_LIMIT}), else null.
     */
    record Finished(Ending ending, int exitCode, String detail) implements StopReason {
        public String text() {
            return switch (ending) {
                case EXITED -> "exited with status " + exitCode;
                case ERROR_RETURNED -> "main returned error." + detail;
                case PANICKED -> "panicked";
                case SEGFAULT -> "segmentation fault";
                case STACK_OVERFLOW -> "stack overflow";
                case STOPPED -> "stopped";
                case LIMIT, FIXED_LIMIT -> "stopped: " + detail;
                case TESTS_FAILED -> "tests failed";
                case DID_NOT_COMPILE -> "did not compile";
                case INTERNAL_ERROR -> "internal error";
            };
        }
    }

    /** The stop {@code reason}, whose state Heap Lab could not read ({@code problem} says why): the snapshot shows nothing else. */
    record Unreadable(StopReason reason, String problem) implements StopReason {
        public String text() { return reason.text() + " (Heap Lab could not read the machine's state: " + problem + ")"; }
    }

    /** The reason a stop is about, looking through {@link Unreadable}. */
    default StopReason cause() {
        return this instanceof Unreadable u ? u.reason().cause() : this;
    }

    /** Thrown by {@link #fromJson} for an object that is not a stop reason, saying what is wrong. */
    final class Invalid extends Exception {
        public Invalid(String message) { super(message); }
    }

    /** Reads a reason as {@link Json} writes it (its {@code text} is not read: the kind and components make it). */
    static StopReason fromJson(Object o) throws Invalid {
        if (!(o instanceof Map<?, ?> m)) throw new Invalid("a stop reason must be an object");
        return switch (JsonFields.str(m, "type")) {
            case "step" -> new Step(JsonFields.bool(m, "out"));
            case "breakpoint" -> new Breakpoint(JsonFields.integer(m, "line"));
            case "run-to-line" -> new RunToLine(JsonFields.integer(m, "line"));
            case "paused" -> new Paused();
            case "running" -> new Running();
            case "event" -> new Event(JsonFields.breakpoint(m.get("breakpoint")), JsonFields.address(m, "address"), JsonFields.num(m, "bytes"));
            case "memory-error" -> new MemoryError(JsonFields.constant(Snapshot.ErrorKind.class, m, "kind"), JsonFields.str(m, "title"));
            case "travel" -> new Travel(JsonFields.str(m, "what"));
            case "watchpoint" -> new Watchpoint(JsonFields.str(m, "label"), JsonFields.str(m, "file"), JsonFields.integer(m, "line"));
            case "finished" -> new Finished(JsonFields.constant(Ending.class, m, "ending"), JsonFields.integer(m, "exitCode"),
                    JsonFields.strOrNull(m, "detail"));
            case "unreadable" -> new Unreadable(fromJson(m.get("reason")), JsonFields.str(m, "problem"));
            default -> throw new Invalid("a stop reason of unknown type " + JsonFields.cut(JsonFields.str(m, "type")));
        };
    }
}
