package org.heaplab.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.heaplab.diag.Diagnostic;
import org.heaplab.runtime.Runner;
import org.heaplab.session.Compilation;
import org.heaplab.session.InternalErrors;
import org.heaplab.session.RunSettings;
import org.heaplab.session.Session;

/**
 * Compiles one program and, when it compiles, runs it under tight limits, through the calls the
 * command line makes ({@link Session#prepare}, {@link Session.Prepared#run}). Each probe runs on
 * its own thread with a watchdog: a run still going well past its time limit, or a compilation
 * that takes far too long, is sampled (its Java stack tells where it is stuck) and reported, and
 * one that never ends is abandoned so the fuzzing goes on.
 */
final class Probe {
    /** How a probe ended. A finding is anything but the first five. */
    enum Outcome {
        COMPILE_ERROR, ENDED, PANIC, LIMIT, TOO_DEEP,
        INTERNAL_COMPILE, INTERNAL_RUN, EXCEPTION, JVM_ERROR, OVERTIME, HANG,
        /** "nests too deeply" for a program that does not: the compiler recursed without end. */
        ENDLESS_RECURSION
    }

    /**
     * @param site      where in the lab a finding was raised or stuck ("NullPointerException at Calls.call"); null when none
     * @param detail    the message or output line that says what happened
     */
    record Result(Outcome outcome, Session.Mode mode, String site, String detail, long millis) {
        boolean finding() { return outcome.ordinal() >= Outcome.INTERNAL_COMPILE.ordinal(); }

        /** What groups findings: the outcome and the lab's site. */
        String signature() { return outcome + " " + (site != null ? site : "?"); }
    }

    /** The limits: a run's time, steps, memory, output; when a run or a compilation is overtime; when to give up waiting. */
    record Limits(long runMillis, long maxSteps, long memoryBytes, long outputBytes, long overtimeMillis, long compileOvertimeMillis,
                  long hangMillis) {
        static Limits tight() {
            return new Limits(500, 2_000_000, 64L << 20, 64 << 10, 5_000, 15_000, 30_000);
        }

        RunSettings settings() {
            return new RunSettings(8L << 20, memoryBytes, maxSteps, runMillis, outputBytes);
        }
    }

    private static final AtomicReference<Throwable> LAST_INTERNAL = new AtomicReference<>();

    static {
        InternalErrors.observe(LAST_INTERNAL::set);
    }

    /**
     * Runs {@code body} with the lab set up for fuzzing, then puts the settings back: the compiler on a
     * 256 MiB stack, internal errors' details in their own folder. A recursion without end in the
     * compiler is caught at the end of its stack, and the JVM's memory for walking a stack grows with
     * it: on the lab's 1 GiB it cost gigabytes. 256 MiB still holds 10,000 levels of nesting and
     * comptime recursion up to a branch quota of 100,000.
     */
    static <T> T fuzzing(java.util.function.Supplier<T> body) {
        String stack = System.getProperty("heaplab.compiler-stack");
        String details = System.getProperty("heaplab.internal-errors.dir");
        if (stack == null) System.setProperty("heaplab.compiler-stack", Long.toString(256L << 20));
        System.setProperty("heaplab.internal-errors.dir", System.getProperty("java.io.tmpdir") + "/heaplab-fuzz");
        try {
            return body.get();
        } finally {
            if (stack == null) System.clearProperty("heaplab.compiler-stack");
            if (details == null) System.clearProperty("heaplab.internal-errors.dir");
            else System.setProperty("heaplab.internal-errors.dir", details);
        }
    }

    private final Limits limits;

    Probe(Limits limits) {
        this.limits = limits;
    }

    /** The modes a program is worth probing in: test when it has tests, run when it has main (run when it has neither). */
    static java.util.List<Session.Mode> modes(String src) {
        boolean tests = src.contains("test \"") || src.contains("test {");
        boolean main = src.contains("fn main");
        if (tests && main) return java.util.List.of(Session.Mode.RUN, Session.Mode.TEST);
        return java.util.List.of(tests ? Session.Mode.TEST : Session.Mode.RUN);
    }

    /** The work of one probe, on its own thread; the watchdog reads its phase. */
    private final class Work implements Runnable {
        final String src;
        final Session.Mode mode;
        volatile boolean running;
        volatile long phaseStart = System.nanoTime();
        volatile Session.Prepared prepared;
        volatile Result result;

        Work(String src, Session.Mode mode) {
            this.src = src;
            this.mode = mode;
        }

        @Override
        public void run() {
            long t0 = System.nanoTime();
            try {
                LAST_INTERNAL.set(null);
                var out = new BoundedOutput(limits.outputBytes() * 2);
                Session.Prepared p = Session.prepare("main.zig", src, mode, limits.settings(), out);
                Compilation c = p.compilation();
                for (Diagnostic d : c.diagnostics()) {
                    if (d.message().contains("internal error")) {
                        result = new Result(Outcome.INTERNAL_COMPILE, mode, site(LAST_INTERNAL.get()), d.message(), ms(t0));
                        return;
                    }
                }
                if (!c.ok()) {
                    boolean deep = c.diagnostics().stream().anyMatch(d -> d.message().contains("too deeply"));
                    String first = c.diagnostics().isEmpty() ? null : c.diagnostics().getFirst().message();
                    if (deep && !nestsDeeply(src)) {
                        result = new Result(Outcome.ENDLESS_RECURSION, mode, recursionSite(LAST_INTERNAL.get()), first, ms(t0));
                        return;
                    }
                    result = new Result(deep ? Outcome.TOO_DEEP : Outcome.COMPILE_ERROR, mode, null, first, ms(t0));
                    return;
                }
                prepared = p;
                phaseStart = System.nanoTime();
                running = true;
                Session.Outcome o = p.run();
                running = false;
                long runMs = ms(phaseStart);
                Runner.Result r = o.result();
                String text = out.text();
                if (r == null || o.exitCode() == 70 || text.contains("internal error")) {
                    String line = text.lines().filter(l -> l.contains("internal error")).findFirst().orElse("exit " + o.exitCode());
                    result = new Result(Outcome.INTERNAL_RUN, mode, site(LAST_INTERNAL.get()), line, runMs);
                    return;
                }
                if (runMs > limits.runMillis() + limits.overtimeMillis()) {
                    result = new Result(Outcome.OVERTIME, mode, overtimeSite, "ran " + runMs + " ms with a limit of " + limits.runMillis() + " ms",
                            runMs);
                    return;
                }
                Outcome k = switch (r.ending()) {
                    case LIMIT -> Outcome.LIMIT;
                    case PANIC, TEST_CRASHED, SEGFAULT, STACK_OVERFLOW -> Outcome.PANIC;
                    case RETURNED, EXIT, ERROR_RETURNED, TESTS_FAILED -> Outcome.ENDED;
                };
                result = new Result(k, mode, null, r.detail(), runMs);
            } catch (Exception e) {
                result = new Result(Outcome.EXCEPTION, mode, site(e), e.toString(), ms(t0));
            } catch (Error e) {
                result = new Result(Outcome.JVM_ERROR, mode, site(e), e.toString(), ms(t0));
            }
        }

        volatile String overtimeSite;
    }

    /** Probes {@code src} in {@code mode}. Never throws. */
    Result probe(String src, Session.Mode mode) {
        var w = new Work(src, mode);
        Thread t = new Thread(null, w, "fuzz-probe", 16L << 20);
        t.setDaemon(true);
        long start = System.nanoTime();
        t.start();
        boolean sampled = false;
        try {
            while (t.isAlive()) {
                t.join(50);
                long phaseMs = ms(w.phaseStart);
                if (!sampled && (w.running ? phaseMs > limits.runMillis() + limits.overtimeMillis() : phaseMs > limits.compileOvertimeMillis())) {
                    w.overtimeSite = stuckAt(w.running ? t.threadId() : compilerThread());
                    sampled = true;
                }
                if (ms(start) > limits.hangMillis()) {
                    Session.Prepared p = w.prepared;
                    if (p != null) p.stop();
                    t.join(2_000);
                    if (t.isAlive()) {
                        return new Result(Outcome.HANG, mode, w.overtimeSite, (w.running ? "running" : "compiling") + " did not end in "
                                + limits.hangMillis() + " ms; abandoned", ms(start));
                    }
                    return new Result(Outcome.HANG, mode, w.overtimeSite, "ended only when stopped after " + limits.hangMillis() + " ms", ms(start));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Result r = w.result;
        if (r == null) return new Result(Outcome.JVM_ERROR, mode, null, "the probe's thread ended without a result", ms(start));
        if (!r.finding() && sampled && !w.running && w.prepared == null) {
            return new Result(Outcome.OVERTIME, mode, w.overtimeSite, "compiling took " + r.millis() + " ms", r.millis());
        }
        return r;
    }

    /** Whether a program nests deeply: brackets more than 64 deep, or a line of more than 300 tokens (a long chain). */
    static boolean nestsDeeply(String src) {
        int depth = 0;
        int max = 0;
        int line = -1;
        int onLine = 0;
        for (org.heaplab.lang.lex.Token t : Mutator.tokens(src)) {
            switch (t.kind()) {
                case LPAREN, LBRACE, LBRACKET -> max = Math.max(max, ++depth);
                case RPAREN, RBRACE, RBRACKET -> depth--;
                default -> { }
            }
            int l = t.span().line();
            onLine = l == line ? onLine + 1 : 1;
            line = l;
            if (max > 64 || onLine > 300) return true;
        }
        return false;
    }

    /** Where a stack overflow recursed: the lab's method most often on its stack. */
    static String recursionSite(Throwable t) {
        if (t == null) return null;
        Map<String, Integer> counts = new java.util.HashMap<>();
        for (StackTraceElement e : t.getStackTrace()) {
            String c = e.getClassName();
            if (c.startsWith("org.heaplab.")) counts.merge(c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName(), 1, Integer::sum);
        }
        return t.getClass().getSimpleName() + " in " + counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse("?");
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** The compiler's thread, by name (read without the threads' stacks, which may be a million frames deep). */
    private static long compilerThread() {
        for (java.lang.management.ThreadInfo i : THREADS.getThreadInfo(THREADS.getAllThreadIds(), 0)) {
            if (i != null && i.getThreadName().equals("heaplab-compiler")) return i.getThreadId();
        }
        return -1;
    }

    /** Where a running thread is in the lab, from the top 64 frames of its stack. */
    private static String stuckAt(long threadId) {
        if (threadId < 0) return null;
        java.lang.management.ThreadInfo i = THREADS.getThreadInfo(threadId, 64);
        return i == null ? null : "stuck in " + frame(i.getStackTrace());
    }

    /** Where a throwable was raised in the lab: its class and the innermost frame of Heap Lab's own code. */
    static String site(Throwable t) {
        if (t == null) return null;
        Throwable root = t;
        return root.getClass().getSimpleName() + " at " + frame(root.getStackTrace());
    }

    private static String frame(StackTraceElement[] st) {
        for (StackTraceElement e : st) {
            String c = e.getClassName();
            if (c.startsWith("org.heaplab.") && !c.startsWith("org.heaplab.fuzz.") && !c.endsWith("InternalErrors")) {
                return c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName();
            }
        }
        return st.length > 0 ? st[0].getClassName() + "." + st[0].getMethodName() : "?";
    }

    private static long ms(long since) { return (System.nanoTime() - since) / 1_000_000; }

    /** The program's output, kept up to a bound. */
    static final class BoundedOutput implements Session.Output {
        private final long max;
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        BoundedOutput(long max) { this.max = max; }

        @Override
        public synchronized void write(int fd, byte[] b) {
            int room = (int) Math.max(0, max - bytes.size());
            bytes.write(b, 0, Math.min(room, b.length));
        }

        synchronized String text() { return bytes.toString(StandardCharsets.UTF_8); }
    }
}
