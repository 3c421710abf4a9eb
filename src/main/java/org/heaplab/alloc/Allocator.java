package org.heaplab.alloc;

/**
 * Zig's {@code std.mem.Allocator} vtable, on simulated memory. Failure is a value: {@code alloc}
 * and {@code remap} return 0, {@code resize} returns false. Only the typed helpers (in Zig code)
 * turn failure into {@code error.OutOfMemory}. {@code retAddr} is the code address that the
 * allocation's stack trace starts from.
 */
public interface Allocator {
    long alloc(long len, int alignLog2, long retAddr);

    boolean resize(long addr, long len, int alignLog2, long newLen, long retAddr);

    long remap(long addr, long len, int alignLog2, long newLen, long retAddr);

    void free(long addr, long len, int alignLog2, long retAddr);
}
