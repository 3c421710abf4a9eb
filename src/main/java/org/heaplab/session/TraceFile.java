package org.heaplab.session;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.heaplab.lang.check.LabDefaults;
import org.heaplab.runtime.Machine;
import org.heaplab.source.LabFiles;
import org.heaplab.trace.Json;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.StopReason;

/**
 * A replayable trace of a run ({@code heaplab run --trace OUT.json}). A run is deterministic, so
 * the trace holds what makes it: the program's text, the mode, the settings and the seed; and,
 * to check a replay and to read without replaying, what the run did: its steps, exit status,
 * how it ended ({@code ending}: null in a trace written before traces held it), a digest of its
 * output, and its heap events (the timeline). See docs/trace-format.md.
 */
public record TraceFile(String file, Session.Mode mode, String program, RunSettings settings, long seed, long steps, int exitCode,
                        long outputBytes, String outputSha256, List<Timeline.Event> events, boolean eventsTruncated,
                        StopReason.Finished ending) {
    public static final String FORMAT = "heaplab-trace";
    public static final int VERSION = 1;
    /** Events written at most (the rest are left out and the trace says so). */
    public static final int MAX_EVENTS = 100_000;
    /** The seed of Heap Lab's machine (its random source); a trace from another seed cannot be replayed. */
    public static final long SEED = Machine.Settings.defaults().randomSeed();

    /** Thrown for a file that is not a trace Heap Lab can replay, with the reason. */
    public static final class Invalid extends Exception {
        public Invalid(String message) { super(message); }
    }

    /**
     * Runs a program as {@code heaplab run} does, its output going to {@code out}, and returns the
     * trace of the run with the outcome.
     */
    public static Recorded record(String fileName, String text, Session.Mode mode, RunSettings settings, Session.Output out) {
        var digest = sha256();
        long[] bytes = {0};
        Session.Prepared p = Session.prepare(fileName, text, mode, settings, (fd, b) -> {
            digest.update(b);
            bytes[0] += b.length;
            out.write(fd, b);
        });
        Machine m = p.machine();
        var timeline = new Timeline();
        if (m != null) {
            m.allocators().setListener(c -> TimelineRecorder.record(timeline, c));
            var sites = new org.heaplab.trace.SnapshotBuilder(m);
            m.setReportListener(e -> {
                var card = ErrorCards.of(m, sites, e, m.vm().steps());
                if (card != null) TimelineRecorder.record(timeline, m.reports().size() - 1, card);
            });
        }
        Session.Outcome o = p.run();
        long steps = m == null ? 0 : m.vm().steps();
        List<Timeline.Event> events = timeline.between(0, Long.MAX_VALUE, MAX_EVENTS + 1);
        boolean truncated = events.size() > MAX_EVENTS;
        if (truncated) events = events.subList(0, MAX_EVENTS);
        var t = new TraceFile(fileName, mode, text, settings, SEED, steps, o.exitCode(), bytes[0], HexFormat.of().formatHex(digest.digest()),
                List.copyOf(events), truncated, o.stopReason());
        return new Recorded(t, o);
    }

    public record Recorded(TraceFile trace, Session.Outcome outcome) {}

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("version", (long) VERSION);
        m.put("file", file);
        m.put("mode", mode);
        m.put("program", program);
        m.put("settings", settings);
        m.put("seed", seed);
        m.put("steps", steps);
        m.put("exitCode", (long) exitCode);
        if (ending != null) m.put("ending", ending);
        m.put("outputBytes", outputBytes);
        m.put("outputSha256", outputSha256);
        m.put("events", events);
        m.put("eventsTruncated", eventsTruncated);
        return Json.write(m) + "\n";
    }

    /**
     * Reads a trace file (at most {@link LabFiles#TRACE_LIMIT} bytes, a regular file): an
     * {@link IOException} when it cannot be read ({@link LabFiles.Refused} for one too large or
     * not a file), {@link Invalid} when it is read but is not a trace.
     */
    public static TraceFile read(Path p) throws IOException, Invalid {
        String text;
        try {
            text = LabFiles.readText(p, LabFiles.TRACE_LIMIT);
        } catch (CharacterCodingException e) {
            throw new Invalid("not UTF-8 text");
        }
        return parse(text);
    }

    /**
     * Reads a trace; {@link Invalid} says what is wrong with it. Every field is checked (its
     * type, its range, the settings as {@code heaplab run} checks its options), so a trace that
     * loads can be replayed, and nothing else is thrown, whatever the text.
     */
    public static TraceFile parse(String text) throws Invalid {
        Object root;
        try {
            root = Json.parse(text);
        } catch (Json.ParseError e) {
            throw new Invalid("not JSON: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> m) || !FORMAT.equals(m.get("format"))) throw new Invalid("not a Heap Lab trace (no \"format\": \"" + FORMAT + "\")");
        long version = num(m, "version");
        if (version != VERSION) throw new Invalid("trace format version " + version + "; this Heap Lab reads version " + VERSION);
        long seed = num(m, "seed");
        if (seed != SEED) throw new Invalid("made with seed " + seed + "; this Heap Lab's machine uses " + SEED + ", so a replay would differ");
        Session.Mode mode = switch (str(m, "mode")) {
            case "run" -> Session.Mode.RUN;
            case "test" -> Session.Mode.TEST;
            default -> throw new Invalid("\"mode\" must be \"run\" or \"test\"");
        };
        RunSettings settings = settings(m.get("settings"));
        String file = str(m, "file");
        if (file.isEmpty() || file.length() > 255 || file.contains("/") || file.contains("\\") || file.chars().anyMatch(c -> c < 0x20)) {
            throw new Invalid("\"file\" must be a plain file name");
        }
        String program = str(m, "program");
        if (program.length() > LabFiles.PROGRAM_LIMIT) throw new Invalid("its program is larger than " + LabFiles.size(LabFiles.PROGRAM_LIMIT));
        long steps = count(m, "steps");
        long exitCode = num(m, "exitCode");
        if (exitCode < 0 || exitCode > 255) throw new Invalid("\"exitCode\" must be between 0 and 255");
        long outputBytes = count(m, "outputBytes");
        String digest = str(m, "outputSha256");
        if (!digest.matches("[0-9a-f]{64}")) throw new Invalid("\"outputSha256\" must be 64 hex digits");
        if (!(m.get("events") instanceof List<?> list)) throw new Invalid("\"events\" must be an array");
        if (list.size() > MAX_EVENTS) throw new Invalid("it has more than " + MAX_EVENTS + " events");
        List<Timeline.Event> events = new ArrayList<>(list.size());
        for (Object o : list) events.add(event(o));
        return new TraceFile(file, mode, program, settings, seed, steps, (int) exitCode, outputBytes, digest, List.copyOf(events),
                bool(m, "eventsTruncated"), ending(m.get("ending"), (int) exitCode));
    }

    /** How the traced run ended; null when the trace does not say (one written before traces held it). */
    private static StopReason.Finished ending(Object o, int exitCode) throws Invalid {
        if (o == null) return null;
        StopReason r;
        try {
            r = StopReason.fromJson(o);
        } catch (StopReason.Invalid e) {
            throw new Invalid("its \"ending\": " + e.getMessage());
        }
        if (!(r instanceof StopReason.Finished f)) throw new Invalid("its \"ending\" must be how a run ends (type \"finished\")");
        if (f.exitCode() != exitCode) throw new Invalid("its \"ending\" has exit status " + f.exitCode() + ", its \"exitCode\" " + exitCode);
        return f;
    }

    private static RunSettings settings(Object o) throws Invalid {
        if (!(o instanceof Map<?, ?> s)) throw new Invalid("no \"settings\" object");
        LabDefaults d = LabDefaults.ZIG;
        Object defaults = s.get("debugAllocatorDefaults");
        if (defaults instanceof Map<?, ?> dm) {
            long frames = num(dm, "stackTraceFrames");
            if (frames != (int) frames) throw new Invalid("its settings: stackTraceFrames is out of range");
            d = new LabDefaults((int) frames, bool(dm, "safety"), bool(dm, "neverUnmap"), bool(dm, "retainMetadata"),
                    bool(dm, "enableMemoryLimit"), num(dm, "memoryLimit"));
        } else if (defaults != null) {
            throw new Invalid("\"debugAllocatorDefaults\" must be an object");
        }
        var settings = new RunSettings(num(s, "stackBytes"), num(s, "memoryBytes"), num(s, "maxSteps"), num(s, "maxMillis"),
                num(s, "maxOutputBytes"), bool(s, "linkLibc"), d, faults(s.get("faults")));
        // the checks of heaplab run's options, so a replay runs with what a run may have
        String problem = settings.problem();
        if (problem != null) throw new Invalid("its settings are ones heaplab run refuses: " + problem);
        return settings;
    }

    /** What the run did to the program's allocators (absent in traces of runs that did nothing: none). */
    private static org.heaplab.runtime.FaultPlan faults(Object o) throws Invalid {
        if (o == null) return org.heaplab.runtime.FaultPlan.NONE;
        if (!(o instanceof Map<?, ?> f)) throw new Invalid("\"faults\" must be an object");
        org.heaplab.runtime.FaultPlan.Substitute sub;
        try {
            sub = org.heaplab.runtime.FaultPlan.Substitute.valueOf(str(f, "substitute").toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid("\"faults\": no allocator \"" + str(f, "substitute") + "\" can stand in for the root one");
        }
        return new org.heaplab.runtime.FaultPlan(num(f, "failAlloc"), num(f, "failResize"), bool(f, "fromOn"), str(f, "target"), sub,
                num(f, "fixedBytes"));
    }

    private static Timeline.Event event(Object o) throws Invalid {
        if (!(o instanceof Map<?, ?> e)) throw new Invalid("an event that is not an object");
        long a;
        if (e.get("address") instanceof String h) {
            if (!h.matches("0x[0-9a-fA-F]{1,16}")) throw new Invalid("an event's \"address\" must be a hex number (0x...)");
            a = Long.parseUnsignedLong(h.substring(2), 16);
        } else {
            a = num(e, "address");
        }
        Timeline.Kind k = null;
        String kind = str(e, "kind");
        for (Timeline.Kind x : Timeline.Kind.values()) {
            if (x.name().equalsIgnoreCase(kind)) k = x;
        }
        if (k == null) throw new Invalid("an event of unknown kind " + (kind.length() > 40 ? kind.substring(0, 40) + "..." : kind));
        long allocator = num(e, "allocator");
        if (allocator < -1 || allocator > Integer.MAX_VALUE) throw new Invalid("an event's \"allocator\" must be -1 or an allocator's number");
        Object note = e.get("note");
        if (note != null && !(note instanceof String)) throw new Invalid("an event's \"note\" must be a string or null");
        return new Timeline.Event(count(e, "step"), k, (int) allocator, a, count(e, "length"), (String) note);
    }

    private static long num(Map<?, ?> m, String k) throws Invalid {
        if (m.get(k) instanceof Long l) return l;
        throw new Invalid("\"" + k + "\" must be a whole number");
    }

    /** A whole number that counts something: 0 or more. */
    private static long count(Map<?, ?> m, String k) throws Invalid {
        long n = num(m, k);
        if (n < 0) throw new Invalid("\"" + k + "\" must be 0 or more");
        return n;
    }

    private static String str(Map<?, ?> m, String k) throws Invalid {
        if (m.get(k) instanceof String s) return s;
        throw new Invalid("\"" + k + "\" must be a string");
    }

    private static boolean bool(Map<?, ?> m, String k) throws Invalid {
        if (m.get(k) instanceof Boolean b) return b;
        throw new Invalid("\"" + k + "\" must be true or false");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Replays the trace to step {@code step} and returns the snapshot there; at the run's last
     * step or past it, the run's end (what it printed last, how it ended). Runs on a thread of its own; waits at most {@code timeoutMillis}.
     */
    public Snapshot snapshotAt(long step, long timeoutMillis) throws InterruptedException {
        var stops = new StopQueue();
        Debugger d = Debugger.prepare(file, program, mode, settings, stops);
        try {
            if (step >= steps) {
                // the run's last step is its end: run there, past any memory error
                d.setStopOnErrors(false);
                d.start(Debugger.Command.CONTINUE);
                return stops.next(timeoutMillis);
            }
            d.start(Debugger.Command.STEP_INTO);
            Snapshot first = stops.next(timeoutMillis);
            if (first == null || first.state() == Snapshot.RunState.FINISHED || first.step() == step) return first;
            d.seek(step);
            return stops.next(timeoutMillis);
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    /** The run replayed to a step: the snapshot there and the write history recorded on the way. */
    public record Replayed(Snapshot snapshot, WriteHistory history) {
        /** Whether an address is in the run's memory at that step (a mapping of the stack, the heap, globals or constants). */
        public boolean mapped(long address) {
            for (Snapshot.MemoryRegion r : snapshot.regions()) {
                if (address >= r.start() && address - r.start() < r.length()) return true;
            }
            return false;
        }
    }

    /**
     * Replays the run to {@code step} (its end when that is past it) for the write history's
     * queries; null when the replay took too long.
     */
    public Replayed replayTo(long step, long timeoutMillis) throws InterruptedException {
        var stops = new StopQueue();
        Debugger d = Debugger.prepare(file, program, mode, settings, stops);
        try {
            Snapshot s;
            if (step >= steps) {
                d.setStopOnErrors(false);
                d.start(Debugger.Command.CONTINUE);
                s = stops.next(timeoutMillis);
            } else {
                d.start(Debugger.Command.STEP_INTO);
                s = stops.next(timeoutMillis);
                if (s != null && s.state() != Snapshot.RunState.FINISHED && s.step() != step) {
                    d.seek(step);
                    s = stops.next(timeoutMillis);
                }
            }
            return s == null ? null : new Replayed(s, d.history());
        } finally {
            d.send(Debugger.Command.STOP);
        }
    }

    /** The snapshot at {@code step} as JSON (all of it but the heap map's byte runs), or null when the replay took too long. */
    public String snapshotJsonAt(long step, long timeoutMillis) throws InterruptedException {
        Snapshot s = snapshotAt(step, timeoutMillis);
        return s == null ? null : Json.write(s, java.util.Set.of("regions", "changes"));
    }

    /** What happened between steps {@code a} and {@code b} of the traced run (a step past its end is its end). */
    public org.heaplab.trace.SnapshotDiff diff(long a, long b, long timeoutMillis) throws InterruptedException, StepDiff.TooSlow {
        return StepDiff.between(file, program, mode, settings, Math.min(a, steps), Math.min(b, steps), timeoutMillis);
    }

    /** {@link #diff} as {@code heaplab replay --diff} prints it, a line per change. */
    public List<String> diffLines(long a, long b, long timeoutMillis) throws InterruptedException, StepDiff.TooSlow {
        return diff(a, b, timeoutMillis).lines();
    }

    /** Whether a replay printed what the traced run printed (compares the digest of {@code output}). */
    public boolean outputMatches(byte[] output) {
        return outputBytes == output.length && outputSha256.equals(HexFormat.of().formatHex(sha256().digest(output)));
    }
}
