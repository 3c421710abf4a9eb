package org.heaplab.lang.check;

/**
 * Defaults the lab gives {@code std.heap.DebugAllocator}'s {@code Config} fields when a program
 * does not set them ({@code GeneralPurposeAllocator(.{})}), from the app's settings. A program
 * that names a field keeps its value. {@link #ZIG} is Zig's own defaults.
 *
 * @param stackTraceFrames frames per trace; -1 for Zig's default (6, or 10 under {@code zig test})
 * @param memoryLimit      the {@code requested_memory_limit} an allocator with {@code enable_memory_limit} starts with
 */
public record LabDefaults(int stackTraceFrames, boolean safety, boolean neverUnmap, boolean retainMetadata, boolean enableMemoryLimit,
                          long memoryLimit) {
    public static final LabDefaults ZIG = new LabDefaults(-1, true, false, false, false, -1);
    /** The most frames per stack trace the lab's settings offer. */
    public static final int MAX_STACK_TRACE_FRAMES = 64;

    /** What is wrong with these defaults (as a trace file may hold them), or null. */
    public String problem() {
        if (stackTraceFrames < -1 || stackTraceFrames > MAX_STACK_TRACE_FRAMES) {
            return "stackTraceFrames must be between -1 (Zig's default) and " + MAX_STACK_TRACE_FRAMES;
        }
        if (memoryLimit < -1) return "memoryLimit must be -1 (none) or more";
        return null;
    }

    /** The builtin module's declarations the std's Config reads its defaults from. */
    String builtinDeclarations(boolean test) {
        int frames = stackTraceFrames >= 0 ? stackTraceFrames : test ? 10 : 6;
        String limit = memoryLimit < 0 ? "std.math.maxInt(usize)" : Long.toUnsignedString(memoryLimit);
        return "pub const heaplab_gpa_stack_trace_frames: usize = " + frames + ";\n"
                + "pub const heaplab_gpa_safety = " + safety + ";\n"
                + "pub const heaplab_gpa_never_unmap = " + neverUnmap + ";\n"
                + "pub const heaplab_gpa_retain_metadata = " + retainMetadata + ";\n"
                + "pub const heaplab_gpa_enable_memory_limit = " + enableMemoryLimit + ";\n"
                + "pub const heaplab_gpa_memory_limit: usize = " + limit + ";\n";
    }
}
