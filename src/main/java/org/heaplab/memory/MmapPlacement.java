package org.heaplab.memory;

import java.util.NavigableMap;

/**
 * Where a new heap mapping goes, chosen as Linux's mmap chooses for Zig's page allocator.
 *
 * <p>Zig's {@code PageAllocator} passes a hint: the address just past its last mapping. Linux
 * takes the hint when the range there is free (and clear of the stack's guard gap), so the
 * mappings of a program climb one after the other, even when earlier ones were unmapped. When
 * the range is taken (the climb reached the stack, or a mapping sits there) the kernel searches
 * top-down from {@code mmap_base} for the highest free gap that fits, which is where unmapped
 * address space is used again. Zig then hints past that mapping, and the climb starts anew.
 * So a program that maps and unmaps forever runs as long on the lab as on Linux, and its
 * addresses look like Linux's; the first mappings of every program are where they always were
 * ({@link AddressSpace#HEAP_BASE} upwards, which stands for {@code mmap_base}).
 */
final class MmapPlacement {
    private MmapPlacement() {}

    /** Linux's {@code mmap_base}: the top-down search starts below it. */
    static final long MMAP_BASE = AddressSpace.HEAP_BASE;
    /** Linux's {@code stack_guard_gap}: no mapping comes closer to the stack than 256 pages. */
    static final long STACK_GUARD_GAP = 256L * AddressSpace.PAGE_SIZE;
    /** The lowest address the search goes down to (above the program's own data). */
    static final long LOWEST = 0x1_0000_0000L;
    /** The end of user address space (TASK_SIZE on x86-64). */
    static final long HIGHEST = 0x7fff_ffff_f000L;

    /** The start of a free, aligned range of {@code len} bytes: at the hint if it is free, else top-down; 0 if none. */
    static long place(NavigableMap<Long, AddressSpace.Mapping> maps, long hint, long len, long align) {
        long start = alignUp(hint, align);
        if (start > 0 && isFree(maps, start, len)) return start;
        return topDown(maps, len, align);
    }

    /** Whether {@code [start, start+len)} overlaps no mapping and keeps clear of the stack's guard gap. */
    static boolean isFree(NavigableMap<Long, AddressSpace.Mapping> maps, long start, long len) {
        if (start < LOWEST || len <= 0 || start > HIGHEST - len) return false;
        var below = maps.lowerEntry(start + len);
        if (below != null && below.getValue().end() > start) return false;
        var above = maps.ceilingEntry(start + len);
        return above == null || above.getValue().region != AddressSpace.Region.STACK
                || start + len <= above.getValue().start - STACK_GUARD_GAP;
    }

    /** Linux's top-down search: the highest aligned range that fits in a gap below {@link #MMAP_BASE}. */
    private static long topDown(NavigableMap<Long, AddressSpace.Mapping> maps, long len, long align) {
        long top = MMAP_BASE;
        for (AddressSpace.Mapping m : maps.headMap(MMAP_BASE, false).descendingMap().values()) {
            long candidate = alignDown(top - len, align);
            if (candidate >= m.end() && candidate < top) return candidate;
            top = Math.min(top, m.start);
        }
        long candidate = alignDown(top - len, align);
        return candidate >= LOWEST && candidate < top ? candidate : 0;
    }

    private static long alignUp(long v, long a) { return (v + a - 1) & -a; }

    private static long alignDown(long v, long a) { return v & -a; }
}
