package org.heaplab.session;

import org.heaplab.lang.check.LabDefaults;
import org.heaplab.runtime.Machine;

/**
 * How a program runs: the simulated machine's stack and memory, and the limits that stop a
 * runaway program. Zero for steps or milliseconds means no limit.
 */
public record RunSettings(long stackBytes, long memoryBytes, long maxSteps, long maxMillis, long maxOutputBytes, boolean linkLibc,
                          LabDefaults debugAllocatorDefaults) {
    public static final long DEFAULT_STACK = Machine.Settings.DEFAULT_STACK;
    /** The most simulated memory this Java runtime can hold: its heap, less room for Heap Lab itself. */
    public static final long HOST_MEMORY = Math.max(64L << 20, Runtime.getRuntime().maxMemory() - (Runtime.getRuntime().maxMemory() >> 2));
    /** 1 GiB, or less where the Java runtime cannot hold that much. */
    public static final long DEFAULT_MEMORY = Math.min(Machine.Settings.DEFAULT_MEMORY, HOST_MEMORY);
    public static final long DEFAULT_OUTPUT = Machine.Settings.DEFAULT_OUTPUT;
    public static final long DEFAULT_MILLIS = 120_000;

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
                new LabDefaults(stackTraceFrames, safety, neverUnmap, retainMetadata, enableMemoryLimit, memoryLimit));
    }

    public static RunSettings defaults() {
        return new RunSettings(DEFAULT_STACK, DEFAULT_MEMORY, 0, DEFAULT_MILLIS, DEFAULT_OUTPUT);
    }

    /** The same settings, linking libc ({@code zig run -lc}) or not. */
    public RunSettings withLinkLibc(boolean link) {
        return new RunSettings(stackBytes, memoryBytes, maxSteps, maxMillis, maxOutputBytes, link, debugAllocatorDefaults);
    }

    Machine.Settings machine(boolean testMode) {
        return new Machine.Settings(stackBytes, memoryBytes, maxSteps, maxMillis, maxOutputBytes, testMode, 0x5eed);
    }
}
