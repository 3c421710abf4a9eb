package org.heaplab.session.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.heaplab.runtime.FaultPlan;
import org.heaplab.session.Compilation;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;

/**
 * Every allocation point of a program, failed in turn, as Zig's
 * {@code std.testing.checkAllAllocationFailures} does for a test function, but for any program
 * ({@code main} too) and with nothing to write: one run counts the allocation requests that
 * reach the root allocator (or the allocator named), then run N makes the Nth of them fail and
 * says how the program took it ({@link RunFacts#verdict()}).
 */
public final class Sweep {
    private Sweep() {}

    /** The most points a sweep fails by default (each is a run of the program). */
    public static final int DEFAULT_MAX_POINTS = 500;

    /** One allocation point: the Nth request, the line and function it came from, the step it was made at, and the run that failed it. */
    public record Point(long index, String where, String function, long step, RunFacts facts) {
        /** {@code fail allocation 3 (main.zig:12, in init): clean} */
        public String line() {
            return "fail allocation " + index + " (" + where + ", in " + function + "): " + facts.verdict();
        }
    }

    /**
     * @param compilation the program compiled (not ok: nothing ran)
     * @param baseline    the run with no failure
     * @param points      one per allocation point, in order
     * @param total       how many allocation points the program has (more than {@code points} when cut short)
     */
    public record Result(Compilation compilation, RunFacts baseline, List<Point> points, long total, String target) {
        public boolean allClean() {
            return baseline != null && baseline.clean() && points.stream().allMatch(p -> p.facts().clean()) && points.size() == total;
        }

        /** What {@code heaplab sweep} prints (nothing timed, so two sweeps print the same). */
        public String render() {
            var sb = new StringBuilder();
            String name = compilation.file().name();
            if (baseline == null) return "";
            String who = target.equals("root") ? "the root allocator (" + baseline.rootKind() + ")" : "allocator " + target;
            if (total == 0) {
                if (baseline.rootKind().equals("none")) sb.append(name).append(": the program makes no allocation, so there is nothing to fail\n");
                else sb.append(name).append(": no allocation reaches ").append(who).append(", so there is nothing to fail\n");
                sb.append("without a failure: ").append(baseline.verdict()).append('\n');
                return sb.toString();
            }
            sb.append(name).append(": ").append(total).append(total == 1 ? " allocation reaches " : " allocations reach ").append(who)
                    .append("; failing each in turn\n");
            sb.append("without a failure: ").append(baseline.verdict()).append('\n');
            for (Point p : points) sb.append(p.line()).append('\n');
            long clean = points.stream().filter(p -> p.facts().clean()).count();
            sb.append(points.size()).append(points.size() == 1 ? " allocation point: " : " allocation points: ").append(clean).append(" clean, ")
                    .append(points.size() - clean).append(" not");
            if (points.size() < total) sb.append(" (stopped after ").append(points.size()).append(" of ").append(total).append(')');
            sb.append('\n');
            return sb.toString();
        }
    }

    /**
     * Sweeps a program: {@code target} names the allocator whose requests fail ("root" for the
     * program's root allocator); {@code onPoint} hears of each point as it is done (from this
     * thread); {@code cancelled} stops the sweep between runs.
     */
    public static Result run(String fileName, String text, Session.Mode mode, RunSettings settings, String target, int maxPoints,
                             Consumer<Point> onPoint, BooleanSupplier cancelled) {
        Compilation c = Session.compile(fileName, text, mode, settings);
        if (!c.ok()) return new Result(c, null, List.of(), 0, target);
        FaultPlan counting = new FaultPlan(0, 0, false, target, FaultPlan.Substitute.NONE, 0);
        // the counting run fails nothing; a plan with a target that never fires still counts the requests reaching it
        RunFacts baseline = RunFacts.run(c, settings.withFaults(new FaultPlan(Long.MAX_VALUE, 0, false, target, FaultPlan.Substitute.NONE, 0)));
        List<RunFacts.Request> requests = baseline.requests();
        List<Point> points = new ArrayList<>();
        for (RunFacts.Request q : requests) {
            if (points.size() >= maxPoints || cancelled.getAsBoolean()) break;
            RunFacts f = RunFacts.run(c, settings.withFaults(counting.withFailAlloc(q.index())));
            Point p = new Point(q.index(), q.where(), q.function(), q.step(), f);
            points.add(p);
            onPoint.accept(p);
        }
        return new Result(c, baseline, points, requests.size(), target);
    }
}
