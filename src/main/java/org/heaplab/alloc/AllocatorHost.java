package org.heaplab.alloc;

import java.util.List;
import org.heaplab.memory.AddressSpace;

/**
 * What an allocator needs from the machine it runs on: its memory, a way to call another
 * allocator through a Zig {@code Allocator} value in memory (a parent may be written in Zig),
 * stack traces, Zig's log, panics, and a place to record events.
 */
public interface AllocatorHost {
    AddressSpace memory();

    /** Calls {@code vtable.alloc} of the {@code Allocator} value (ptr, vtable) stored at {@code allocatorValue}. */
    long rawAlloc(long allocatorValue, long len, int alignLog2, long retAddr);

    boolean rawResize(long allocatorValue, long addr, long len, int alignLog2, long newLen, long retAddr);

    long rawRemap(long allocatorValue, long addr, long len, int alignLog2, long newLen, long retAddr);

    void rawFree(long allocatorValue, long addr, long len, int alignLog2, long retAddr);

    /** Zig's {@code std.debug.captureStackTrace}: up to {@code max} addresses, from the frame {@code first} returns into. */
    long[] captureStackTrace(long first, int max);

    /** Zig's {@code std.log}: {@code level} is "err", "warn", "info" or "debug"; parts are strings and {@link StackTrace}s. */
    void log(String level, String scope, List<Object> parts);

    /** A Zig panic: the returned exception is thrown by the caller. */
    RuntimeException panic(String message);

    void event(AllocatorEvent e);
}
