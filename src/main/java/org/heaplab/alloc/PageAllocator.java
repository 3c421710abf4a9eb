package org.heaplab.alloc;

import org.heaplab.memory.AddressSpace;
import org.heaplab.memory.ByteState;

/**
 * Zig's {@code std.heap.page_allocator}: each allocation is its own mapping of whole 4 KiB pages,
 * freeing unmaps them, and addresses are never reused, so any touch after a free faults.
 * Growing remaps in place when the addresses after the mapping are free, else moves it.
 */
public final class PageAllocator implements Allocator {
    public static final String KIND = "page_allocator";
    /** Frames kept of the sites that allocate and free (for the lab: Zig's page allocator records none). */
    private static final int SITE_FRAMES = 6;
    private final AllocatorHost host;

    public PageAllocator(AllocatorHost host) {
        this.host = host;
    }

    private AddressSpace mem() { return host.memory(); }

    private StackTrace site(long retAddr) {
        return new StackTrace(host.captureStackTrace(retAddr, SITE_FRAMES));
    }

    private static long pages(long len) {
        return (len + AddressSpace.PAGE_MASK) & ~AddressSpace.PAGE_MASK;
    }

    /** The bytes a request of {@code len} takes: whole pages (what the panes call its reserved size). */
    public static long reservedFor(long len) {
        return pages(Math.max(1, len));
    }

    @Override
    public long alloc(long len, int alignLog2, long retAddr) {
        if (len <= 0) return 0;
        long addr = mem().map(AddressSpace.Region.HEAP, len, 1L << alignLog2, KIND);
        if (addr != 0) host.event(new AllocatorEvent.Alloc(0, KIND, addr, len, alignLog2, site(retAddr)));
        return addr;
    }

    @Override
    public boolean resize(long addr, long len, int alignLog2, long newLen, long retAddr) {
        return realloc(addr, len, newLen, false) != 0;
    }

    @Override
    public long remap(long addr, long len, int alignLog2, long newLen, long retAddr) {
        return realloc(addr, len, newLen, true);
    }

    private long realloc(long addr, long len, long newLen, boolean mayMove) {
        long oldPages = pages(len);
        long newPages = pages(newLen);
        if (newPages == oldPages) return addr;
        if (newPages < oldPages) {
            mem().unmap(addr + newPages, oldPages - newPages);
            host.event(new AllocatorEvent.Resize(0, KIND, addr, len, addr, newLen, StackTrace.EMPTY));
            return addr;
        }
        if (mem().growInPlace(addr, newPages)) {
            host.event(new AllocatorEvent.Resize(0, KIND, addr, len, addr, newLen, StackTrace.EMPTY));
            return addr;
        }
        if (!mayMove) return 0;
        long moved = mem().map(AddressSpace.Region.HEAP, newLen, AddressSpace.PAGE_SIZE, KIND);
        if (moved == 0) return 0;
        mem().copy(moved, addr, oldPages);
        mem().setState(moved + oldPages, newPages - oldPages, ByteState.UNUSED);
        mem().unmap(addr, oldPages);
        host.event(new AllocatorEvent.Resize(0, KIND, addr, len, moved, newLen, StackTrace.EMPTY));
        return moved;
    }

    @Override
    public void free(long addr, long len, int alignLog2, long retAddr) {
        mem().unmap(addr, pages(len));
        host.event(new AllocatorEvent.Free(0, KIND, addr, len, site(retAddr)));
    }
}
