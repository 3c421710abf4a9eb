package org.heaplab.session;

import org.heaplab.lang.check.LabDefaults;
import org.heaplab.runtime.FaultPlan;
import org.heaplab.runtime.Machine;

/**
 * How a program runs: the simulated machine's stack and memory, and the limits that stop a
 * runaway program. Zero for steps or milliseconds means no limit.
 */
public record RunSettings(long stackBytes, long memoryBytes, long maxSteps, long maxMillis, long maxOutputBytes, boolean linkLibc,
                          LabDefaults debugAllocatorDefaults, FaultPlan faults) {
    public static final long DEFAULT_STACK = Machine.Settings.DEFAULT_STACK;
    /** The most simulated memory this Java runtime can hold: its heap, less room for Heap Lab itself. */
    public static final long HOST_MEMORY = Math.max(64L << 20, Runtime.getRuntime().maxMemory() - (Runtime.getRuntime().maxMemory() >> 2));
    /** 1 GiB, or less where the Java runtime cannot hold that much. */
    public static final long DEFAULT_MEMORY = Math.min(Machine.Settings.DEFAULT_MEMORY, HOST_MEMORY);
    public static final long DEFAULT_OUTPUT = Machine.Settings.DEFAULT_OUTPUT;
    public static final long DEFAULT_MILLIS = 120_000;

    public RunSettings {
        if (faults == null) faults = FaultPlan.NONE;
    }

    public RunSettings(long stackBytes, long memoryBytes, long maxSteps, long maxMillis, long maxOutputBytes, boolean linkLibc,
                       LabDefaults debugAllocatorDefaults) {
        this(stackBytes, memoryBytes, maxSteps, maxMillis, maxOutputBytes, linkLibc, debugAllocatorDefaults, FaultPlan.NONE);
    }

    /** The same settings with what the lab does to the program's allocators (fail a request, replace the root allocator). */
    public RunSettings withFaults(FaultPlan plan) {
        return new RunSettings(stackBytes, memoryBytes, maxSteps, maxMillis, maxOutputBytes, linkLibc, debugAllocatorDefaults, plan);
    }

    /**
     * The same settings failing the {@code failAlloc}th allocation request (0: none) and the
     * {@code failResize}th resize (0: none) reaching {@code target} (see {@link FaultPlan}), or every
     * one from then on.
     */
    public RunSettings withFailures(long failAlloc, long failResize, boolean fromOn, String target) {
        return withFaults(new FaultPlan(failAlloc, failResize, fromOn, target, faults.substitute(), faults.fixedBytes()));
    }

    /** What is wrong with the settings' fault plan, or null. */
    public String faultProblem() { return faults.problem(); }

    public RunSettings(long stackBytes, long memoryBytes, long maxSteps, long maxMillis, long maxOutputBytes) {
        this(stackBytes, memoryBytes, maxSteps, maxMillis, maxOutputBytes, false, LabDefaults.ZIG);
    }

    public RunSettings(long stackBytes, long memoryBytes, long maxSteps, long maxMillis, long maxOutputBytes, boolean linkLibc) {
        this(stackBytes, memoryBytes, maxSteps, maxMillis, maxOutputBytes, linkLibc, LabDefaults.ZIG);
    }

    /**
     * The same settings with the lab's defaults for {@code DebugAllocator(.{})}'s Config fields a
     * program leaves out ({@code stackTraceFrames} -1: Zig's; {@code memoryLimit} -1: none).
     */
    public RunSettings withDebugAllocatorDefaults(int stackTraceFrames, boolean safety, boolean neverUnmap, boolean retainMetadata,
                                                  boolean enableMemoryLimit, long memoryLimit) {
        return new RunSettings(stackBytes, memoryBytes, maxSteps, maxMillis, maxOutputBytes, linkLibc,
                new LabDefaults(stackTraceFrames, safety, neverUnmap, retainMetadata, enableMemoryLimit, memoryLimit), faults);
    }

    public static RunSettings defaults() {
        return new RunSettings(DEFAULT_STACK, DEFAULT_MEMORY, 0, DEFAULT_MILLIS, DEFAULT_OUTPUT);
    }

    /**
     * What is wrong with limits given as {@code heaplab run} takes them (statements, seconds,
     * MiB), or null. The command line checks its options with it, and a trace's settings are
     * checked with it too ({@link #problem()}), so both refuse the same values with the same words.
     */
    public static String problem(long maxSteps, long maxSeconds, long memoryMib, long stackMib, long outputMib) {
        long hostMib = HOST_MEMORY >> 20;
        if (maxSteps < 0) return "--max-steps must be 0 (no limit) or more";
        if (maxSeconds < 0 || maxSeconds > 1_000_000) return "--max-seconds must be between 0 (no limit) and 1000000";
        if (memoryMib < 16) return "--max-memory must be at least 16 (MiB)";
        if (memoryMib > hostMib) {
            return "--max-memory " + memoryMib + " is more than this Java runtime can hold (" + hostMib + " MiB); "
                    + "lower it, or give Java more memory (for example JAVA_TOOL_OPTIONS=-Xmx" + (memoryMib * 4 / 3 / 1024 + 1) + "g)";
        }
        if (stackMib < 1 || stackMib > Math.min(1024, memoryMib)) {
            return "--stack-size must be between 1 and " + Math.min(1024, memoryMib) + " (MiB)";
        }
        if (outputMib < 1 || outputMib > 4096) return "--max-output must be between 1 and 4096 (MiB)";
        return null;
    }

    /**
     * What is wrong with these settings, in the words of {@link #problem(long, long, long, long, long)}
     * (bytes and milliseconds taken down to whole MiB and seconds), or with the debug allocator's
     * defaults; null when a run may use them.
     */
    public String problem() {
        String p = problem(maxSteps, Math.floorDiv(maxMillis, 1000), memoryBytes >> 20, stackBytes >> 20, maxOutputBytes >> 20);
        if (p != null) return p;
        if (faults.problem() != null) return faults.problem();
        return debugAllocatorDefaults == null ? "no debug allocator defaults" : debugAllocatorDefaults.problem();
    }

    /** The same settings, linking libc ({@code zig run -lc}) or not. */
    public RunSettings withLinkLibc(boolean link) {
        return new RunSettings(stackBytes, memoryBytes, maxSteps, maxMillis, maxOutputBytes, link, debugAllocatorDefaults, faults);
    }

    Machine.Settings machine(boolean testMode) {
        return new Machine.Settings(stackBytes, memoryBytes, maxSteps, maxMillis, maxOutputBytes, testMode, 0x5eed);
    }
}
