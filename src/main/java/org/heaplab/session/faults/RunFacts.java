package org.heaplab.session.faults;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.heaplab.alloc.AllocatorDescription;
import org.heaplab.alloc.AllocatorEvent;
import org.heaplab.alloc.StackTrace;
import org.heaplab.runtime.AllocatorChain;
import org.heaplab.runtime.FaultPlan;
import org.heaplab.runtime.Machine;
import org.heaplab.runtime.Runner;
import org.heaplab.session.Compilation;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;
import org.heaplab.source.Span;

/**
 * One run of a program under a {@link FaultPlan}, and what the lab learned from it: how it ended,
 * what it printed, the memory errors its allocators reported, the blocks it never gave back, and
 * its allocators' numbers. The sweep and the comparison are made of these.
 *
 * <p>A leak here is the lab's view, not only the allocator's: a block the root allocator (or its
 * stand-in) still holds when the run ends, whoever asked for it. An arena or the page allocator
 * says nothing of such a block; the debug allocator reports it, and {@link #reportedLeaks} counts
 * what it reported.
 */
public record RunFacts(FaultPlan plan, Session.Outcome outcome, int exitCode, Runner.Ending ending, String detail, String stdout,
                       String stderr, List<Problem> reported, List<LeakSite> leaks, long reportedLeaks, String rootKind,
                       long peakLiveBytes, long peakOsBytes, long calls, long refused, long injected, List<Request> requests,
                       List<long[]> liveTimeline, long steps, long millis) {

    /** A memory error an allocator reported, and the line of the user's code it happened at (0: unknown). */
    public record Problem(String kind, String where) {}

    /** Blocks never given back, by the line that allocated them. */
    public record LeakSite(String where, int blocks) {}

    /** An allocation request that reached the plan's target: its number, the line and function it came from. */
    public record Request(long index, String where, String function, long step, long length, boolean failed) {}

    /** Most points a live-bytes timeline keeps. */
    static final int TIMELINE_POINTS = 400;

    /** Runs {@code c} once under {@code settings} (its plan included). */
    public static RunFacts run(Compilation c, RunSettings settings) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        Session.Prepared p = Session.prepare(c, settings, (fd, bytes) -> (fd == 1 ? out : err).write(bytes, 0, bytes.length));
        List<long[]> timeline = new ArrayList<>();
        long[] live = {0};
        Machine m = p.machine();
        if (m != null) {
            m.allocators().setListener(call -> {
                if (call.requester() != -1 || !call.ok()) return;
                long delta = switch (call.op()) {
                    case ALLOC -> call.length();
                    case FREE -> -call.length();
                    case RESIZE, REMAP -> call.newLength() - call.length();
                };
                live[0] += delta;
                timeline.add(new long[] {call.step(), live[0]});
            });
        }
        long t0 = System.nanoTime();
        Session.Outcome o = p.run();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        return facts(settings.faults(), o, out.toString(java.nio.charset.StandardCharsets.UTF_8),
                err.toString(java.nio.charset.StandardCharsets.UTF_8), thin(timeline), millis);
    }

    private static List<long[]> thin(List<long[]> all) {
        if (all.size() <= TIMELINE_POINTS) return List.copyOf(all);
        List<long[]> out = new ArrayList<>();
        double every = all.size() / (double) TIMELINE_POINTS;
        for (int i = 0; i < TIMELINE_POINTS; i++) out.add(all.get((int) (i * every)));
        out.add(all.get(all.size() - 1));
        return out;
    }

    private static RunFacts facts(FaultPlan plan, Session.Outcome o, String stdout, String stderr, List<long[]> timeline, long millis) {
        Runner.Result r = o.result();
        if (r == null || r.machine() == null) {
            return new RunFacts(plan, o, o.exitCode(), null, null, stdout, stderr, List.of(), List.of(), 0, "none", 0, 0, 0, 0, 0, List.of(),
                    List.of(), 0, millis);
        }
        Machine m = r.machine();
        AllocatorChain chain = m.allocators();
        List<Problem> reported = new ArrayList<>();
        long reportedLeaks = 0;
        for (AllocatorEvent e : m.reports()) {
            switch (e) {
                case AllocatorEvent.DoubleFree d -> reported.add(new Problem("double free", where(m, d.secondFree())));
                case AllocatorEvent.WrongSizeFree w -> reported.add(new Problem("free of the wrong size", where(m, w.freeTrace())));
                case AllocatorEvent.InvalidFree i -> reported.add(new Problem("invalid free", ""));
                case AllocatorEvent.Leak l -> reportedLeaks++;
                default -> { }
            }
        }
        int owner = chain.substituteId() >= 0 ? chain.substituteId() : chain.rootId();
        Map<String, Integer> bySite = new LinkedHashMap<>();
        for (AllocatorChain.LiveBlock b : chain.liveBlocks()) {
            if (b.allocator() != owner) continue;
            bySite.merge(where(m, b.site()), 1, Integer::sum);
        }
        List<LeakSite> leaks = new ArrayList<>();
        bySite.forEach((w, n) -> leaks.add(new LeakSite(w, n)));
        String rootKind = "none";
        long refused = 0;
        for (AllocatorDescription d : chain.describe()) {
            if (d.id() == owner) rootKind = d.kind();
            refused += d.refusedAllocations();
        }
        List<Request> requests = new ArrayList<>();
        for (var q : chain.targetRequests()) {
            requests.add(new Request(q.index(), where(m, q.site()), function(m, q.site()), q.step(), q.length(), q.failed()));
        }
        long os = chain.osPeakBytes();
        if (plan.substitute() == FaultPlan.Substitute.FIXED) os += (plan.fixedBytes() + 4095) / 4096 * 4096;
        return new RunFacts(plan, o, o.exitCode(), r.ending(), r.detail(), stdout, stderr, reported, leaks, reportedLeaks, rootKind,
                chain.programPeakBytes(), os, chain.callCount(), refused, chain.injectedFailures(), requests, timeline, m.vm().steps(), millis);
    }

    /** {@code main.zig:12}: the first frame of the user's code in a trace. */
    private static String where(Machine m, StackTrace t) {
        if (t == null) return "";
        for (long a : t.addresses()) {
            if (m.isUserCode(a)) return where(m, a);
        }
        return "";
    }

    private static String where(Machine m, long site) {
        Span s = site == 0 ? null : m.spanOf(site);
        return s == null ? "?" : s.file().name() + ":" + s.line();
    }

    private static String function(Machine m, long site) {
        String f = site == 0 ? null : m.functionNameAt(site);
        return f == null ? "?" : f;
    }

    /** The number of blocks never given back. */
    public int leakedBlocks() {
        return leaks.stream().mapToInt(LeakSite::blocks).sum();
    }

    /** Whether the program compiled (and so ran). */
    public boolean ran() { return ending != null; }

    /**
     * What went wrong, in one line, or "clean": the failure was handled (the program went on, or
     * gave up with {@code error.OutOfMemory}) and nothing leaked or was freed wrongly.
     */
    public String verdict() {
        if (!ran()) return outcome.compilation().ok() ? "Heap Lab could not run it (an internal error; see its report)" : "does not compile";
        List<String> parts = new ArrayList<>();
        switch (ending) {
            case PANIC -> parts.add("panic: " + detail);
            case SEGFAULT -> parts.add(detail.isEmpty() ? "segmentation fault" : Character.toLowerCase(detail.charAt(0)) + detail.substring(1));
            case STACK_OVERFLOW -> parts.add("stack overflow");
            case LIMIT -> parts.add("stopped: " + detail);
            case TEST_CRASHED -> parts.add("test crashed: " + detail);
            default -> { }
        }
        for (Problem p : reported) parts.add(p.kind() + (p.where().isEmpty() ? "" : " at " + p.where()));
        if (!leaks.isEmpty()) {
            var sb = new StringBuilder("leaked " + leakedBlocks() + " block(s) allocated at ");
            for (int i = 0; i < leaks.size(); i++) {
                if (i > 0) sb.append(", ");
                sb.append(leaks.get(i).where());
                if (leaks.get(i).blocks() > 1) sb.append(" (").append(leaks.get(i).blocks()).append(')');
            }
            parts.add(sb.toString());
        }
        if (parts.isEmpty()) {
            boolean handled = switch (ending) {
                case RETURNED -> exitCode == 0;
                case ERROR_RETURNED -> "OutOfMemory".equals(detail);
                case TESTS_FAILED -> onlyOutOfMemoryFailures();
                default -> false;
            };
            if (handled) return "clean";
            if (ending == Runner.Ending.ERROR_RETURNED) parts.add("returned error." + detail + " (exit status " + exitCode + ")");
            else parts.add("exit status " + exitCode);
        }
        return String.join("; ", parts);
    }

    /** Under {@code zig test}: every failing test failed with error.OutOfMemory (what checkAllAllocationFailures expects). */
    private boolean onlyOutOfMemoryFailures() {
        Runner.Result r = outcome.result();
        if (r == null || r.machine() == null) return false;
        Runner.TestTally t = r.machine().testTally();
        return t.failed() > 0 && t.failed() == t.failedOutOfMemory() && t.leaks() == 0 && r.machine().errorsLogged() == 0;
    }

    public boolean clean() { return verdict().equals("clean"); }
}
