package org.heaplab.runtime;

import org.heaplab.lang.types.Layout;
import org.heaplab.lang.types.Type;
import org.heaplab.lang.ir.Ir;
import org.heaplab.memory.AddressSpace;
import org.heaplab.memory.MemoryFault;
import org.heaplab.runtime.code.FnCode;

/**
 * Runs a program as {@code zig run} would (its {@code main}) or as {@code zig test} would (every
 * test block, with a fresh {@code std.testing.allocator} and a leak check after each), and ends
 * the way Zig's process ends: output, reports, exit status.
 */
public final class Runner {
    private Runner() {}

    /** How a run ended. */
    public enum Ending { RETURNED, ERROR_RETURNED, PANIC, SEGFAULT, STACK_OVERFLOW, EXIT, LIMIT, TESTS_FAILED, TEST_CRASHED }

    /**
     * @param exitCode the process status Zig's run would have
     * @param detail   the panic message, error name, fault text or limit message
     * @param faultAddress the address of a segmentation fault, else 0
     * @param limit    which of Heap Lab's limits ended the run (a LIMIT ending), else null
     * @param fault    the kind of memory fault that ended the run (a SEGFAULT ending, or a test's crash), else null
     */
    public record Result(Ending ending, int exitCode, String detail, long faultAddress, Machine machine, LimitExceeded.Limit limit,
                         MemoryFault.Kind fault) {
        public Result(Ending ending, int exitCode, String detail, long faultAddress, Machine machine) {
            this(ending, exitCode, detail, faultAddress, machine, null, null);
        }

        static Result limit(Machine m, LimitExceeded.Limit limit, String detail) {
            return new Result(Ending.LIMIT, 124, detail, 0, m, limit, null);
        }
    }

    /** How the tests of a {@code zig test} run went so far: passed, failed (with error.OutOfMemory among them), leaking. */
    public record TestTally(int ok, int failed, int failedOutOfMemory, int leaks) {}

    /** The pid printed in "thread N panic:" (the simulated process has a fixed one, so runs repeat). */
    public static final int THREAD_ID = 4242;

    public static Result runMain(Image image, Machine.Settings settings, Machine.Output output) {
        var m = new Machine(image, settings.withTestMode(false), output);
        return runMain(m);
    }

    /** Runs {@code main} on a prepared machine (the session installs its hooks first). */
    public static Result runMain(Machine m) {
        try {
            Result r = mainThenReport(m);
            if (r.ending() == Ending.RETURNED || r.ending() == Ending.ERROR_RETURNED) m.finishSubstitute();
            return r;
        } catch (LimitExceeded l) {
            return limitWhileReporting(m, l);
        }
    }

    /**
     * A limit reached while the runner itself prints (a panic's report, a test's summary: the
     * output limit): the run ends there, as at any other limit.
     */
    private static Result limitWhileReporting(Machine m, LimitExceeded l) {
        return Result.limit(m, l.limit, l.getMessage());
    }

    private static Result mainThenReport(Machine m) {
        Ir.Function main = m.image.program.main();
        FnCode code = m.image.function(main);
        Type rt = main.returnType;
        TestProgress at = m.tests;
        boolean resuming = at.resuming;
        at.resuming = false;
        try {
            long res = at.mainResult;
            if (!resuming) {
                if (!Layout.isScalar(rt)) {
                    m.vm.pushScratch(Math.max(16, Layout.sizeOf(rt)));
                    res = m.vm.scratchAddress();
                    at.mainResult = res;
                }
                m.vm.setLimits(m.settings.maxSteps(), m.settings.maxMillis());
            }
            long v = resuming ? m.vm.resume() : m.vm.call(code, new long[0], res);
            if (rt instanceof Type.ErrorUnion eu) {
                long errCode = Layout.isScalar(eu) ? v : m.mem.load(res + Layout.errorUnionLayout(eu)[1], 2);
                if (errCode != 0) {
                    String name = m.image.errorName(errCode);
                    m.stderr("error: " + name + "\n" + errorTrace(m));
                    return new Result(Ending.ERROR_RETURNED, 1, name, 0, m);
                }
                if (eu.payload() instanceof Type.Int) {
                    long status = m.mem.load(res + Layout.errorUnionLayout(eu)[0], 1);
                    return new Result(Ending.RETURNED, (int) (status & 0xFF), null, 0, m);
                }
                return new Result(Ending.RETURNED, 0, null, 0, m);
            }
            if (rt instanceof Type.Int) return new Result(Ending.RETURNED, (int) (v & 0xFF), null, 0, m);
            return new Result(Ending.RETURNED, 0, null, 0, m);
        } catch (RuntimeException e) {
            return ended(m, e);
        }
    }

    /** Runs a machine restored from a checkpoint on to the end, as the run it was taken from went on. */
    public static Result resume(Machine m) {
        return m.settings.testMode() ? runTests(m) : runMain(m);
    }

    /**
     * Where the runner is: the Java state around the program's calls, kept in the machine so a
     * checkpoint holds it and a restored run picks up inside the right call.
     */
    static final class TestProgress {
        /** Where main's aggregate result goes. */
        long mainResult;
        int index, ok, failed, leaks, skipped;
        /** Failed tests whose error was error.OutOfMemory (what an allocation-failure sweep expects). */
        int outOfMemory;
        /** Which of a test's calls is running: 0 none yet (its name not printed), 1 begin, 2 the test, 3 end. */
        int phase;
        /** Set by a restore: the call in progress is to be resumed, not made. */
        boolean resuming;

        TestProgress copy() {
            var c = new TestProgress();
            c.set(this);
            return c;
        }

        void set(TestProgress o) {
            mainResult = o.mainResult;
            index = o.index;
            ok = o.ok;
            failed = o.failed;
            leaks = o.leaks;
            skipped = o.skipped;
            outOfMemory = o.outOfMemory;
            phase = o.phase;
            resuming = o.resuming;
        }
    }

    /** The frames Zig's error return trace keeps (its buffer); the later ones are counted as skipped. */
    static final int ERROR_TRACE_FRAMES = 32;

    /** The error return trace as Zig prints it: its first 32 frames, then how many were skipped. */
    private static String errorTrace(Machine m) {
        long[] all = m.vm.errorTrace();
        if (all.length <= ERROR_TRACE_FRAMES) return m.renderTrace(all);
        return m.renderTrace(java.util.Arrays.copyOf(all, ERROR_TRACE_FRAMES))
                + "(" + (all.length - ERROR_TRACE_FRAMES) + " additional stack frames skipped...)\n";
    }

    /** Turns an exception that ended the program into Zig's output and status. */
    static Result ended(Machine m, RuntimeException e) {
        switch (e) {
            case ZigPanic p -> {
                String errorTrace = p.withErrorTrace ? errorTrace(m) : "";
                m.stderr("thread " + THREAD_ID + " panic: " + p.getMessage() + "\n" + errorTrace + m.renderTrace(m.vm.faultTrace()));
                return new Result(Ending.PANIC, 134, p.getMessage(), 0, m);
            }
            case MemoryFault f -> {
                m.stderr(f.zigMessage() + "\n" + m.renderTrace(m.vm.faultTrace()));
                return new Result(Ending.SEGFAULT, 134, f.zigMessage(), f.address(), m, null, f.kind());
            }
            case StackOverflow so -> {
                return new Result(Ending.STACK_OVERFLOW, 139, "stack overflow", 0, m);
            }
            case ProgramExit x -> {
                return new Result(Ending.EXIT, x.status, null, 0, m);
            }
            case LimitExceeded l -> {
                return Result.limit(m, l.limit, l.getMessage());
            }
            case AddressSpace.MemoryLimitExceeded l -> {
                return Result.limit(m, LimitExceeded.Limit.MEMORY, "it used more than " + (l.limit >> 20) + " MiB of memory");
            }
            default -> throw e;
        }
    }


    // ------------------------------------------------------------------ zig test

    /** Runs every test block as Zig's test runner does, and prints its report. */
    public static Result runTests(Image image, Machine.Settings settings, Machine.Output output) {
        var m = new Machine(image, settings.withTestMode(true), output);
        return runTests(m);
    }

    public static Result runTests(Machine m) {
        try {
            Result r = testsThenReport(m);
            if (r.ending() == Ending.RETURNED || r.ending() == Ending.TESTS_FAILED) m.finishSubstitute();
            return r;
        } catch (LimitExceeded l) {
            return limitWhileReporting(m, l);
        }
    }

    private static Result testsThenReport(Machine m) {
        Ir.Program p = m.image.program;
        FnCode begin = m.image.function(p.function("testing.hlBeginTest"));
        FnCode end = m.image.function(p.function("testing.hlEndTest"));
        int n = p.tests().size();
        TestProgress at = m.tests;
        if (!at.resuming) m.vm.setLimits(m.settings.maxSteps(), m.settings.maxMillis());
        for (; at.index < n; at.index++, at.phase = 0) {
            Ir.Test t = p.tests().get(at.index);
            try {
                if (at.phase == 0) {
                    m.stderr((at.index + 1) + "/" + n + " " + t.name() + "...");
                    at.phase = 1;
                    callOrResume(m, begin);
                    m.vm.resetErrorTrace();
                    m.vm.clearFault();
                    at.phase = 2;
                } else if (at.phase == 1) {
                    callOrResume(m, begin);
                    m.vm.resetErrorTrace();
                    m.vm.clearFault();
                    at.phase = 2;
                }
                if (at.phase == 2) {
                    long code = callOrResume(m, m.image.function(t.function()));
                    if (code == 0) {
                        at.ok++;
                        m.stderr("OK\n");
                    } else if ("SkipZigTest".equals(m.image.errorName(code))) {
                        // Zig's test runner counts error.SkipZigTest as a skip, with no trace
                        at.skipped++;
                        m.stderr("SKIP\n");
                    } else {
                        at.failed++;
                        if ("OutOfMemory".equals(m.image.errorName(code))) at.outOfMemory++;
                        m.stderr("FAIL (" + m.image.errorName(code) + ")\n" + errorTrace(m));
                    }
                    at.phase = 3;
                }
                if (callOrResume(m, end) != 0) at.leaks++;
            } catch (RuntimeException e) {
                Result r = ended(m, e);
                if (r.ending() == Ending.LIMIT) return r;
                m.stderr("error: the following test command crashed:\n" + testCommand() + "\n");
                return new Result(Ending.TEST_CRASHED, 1, r.detail(), r.faultAddress(), m, null, r.fault());
            }
        }
        int ok = at.ok, failed = at.failed, leaks = at.leaks;
        if (ok == n) m.stderr("All " + ok + " tests passed.\n");
        else m.stderr(ok + " passed; " + at.skipped + " skipped; " + failed + " failed.\n");
        if (m.errorsLogged != 0) m.stderr(m.errorsLogged + " errors were logged.\n");
        if (leaks != 0) m.stderr(leaks + " tests leaked memory.\n");
        if (leaks != 0 || m.errorsLogged != 0 || failed != 0) {
            m.stderr("error: the following test command failed with exit code 1:\n" + testCommand() + "\n");
            return new Result(Ending.TESTS_FAILED, 1, failed + " failed, " + leaks + " leaked", 0, m);
        }
        return new Result(Ending.RETURNED, 0, null, 0, m);
    }

    /** Calls a function of no arguments, or, on a restored machine, resumes the call to it in progress. */
    private static long callOrResume(Machine m, FnCode fn) {
        if (m.tests.resuming) {
            m.tests.resuming = false;
            return m.vm.resume();
        }
        return m.vm.call(fn, new long[0], 0);
    }

    /** The test binary's command line as Zig prints it (its path lies in the cache; the seed is random). */
    private static String testCommand() {
        return "/home/heaplab/.cache/zig/o/0f1e2d3c4b5a69788796a5b4c3d2e1f0/test --seed=0x5eed";
    }
}
