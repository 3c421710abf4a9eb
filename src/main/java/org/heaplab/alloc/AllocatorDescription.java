package org.heaplab.alloc;

import java.util.List;

/**
 * What an allocator says about itself for the panes and the command line.
 *
 * @param id            its number in the chain (the order the program first used it)
 * @param address       where its state lives (the {@code ptr} of its {@code Allocator} values); 0 for the page allocator
 * @param kind          its type's name: {@code ArenaAllocator}, {@code DebugAllocator}, or the user's struct name
 * @param typeName      the full Zig type name
 * @param parent        the id of the allocator it takes memory from, or -1 when it takes none through an {@code Allocator}
 * @param liveBlocks    blocks handed out and not yet freed
 * @param liveBytes     bytes of those blocks, as requested by the callers
 * @param reservedBytes bytes it holds for them: taken from its parent, its buffer, or mapped pages
 * @param peakBytes     the most live bytes at any time
 * @param allocations   successful allocations
 * @param frees         frees
 * @param refusedAllocations allocations it refused (returned null)
 * @param refusedResizes     resizes and remaps it refused
 * @param details       its internals, in order: arena buffers, fixed buffer end index, buckets, counters
 * @param areas         the memory it carves blocks from, for the memory diagram: a debug allocator's bucket
 *                      pages, an arena's buffers, a fixed buffer (empty when it has none of its own)
 */
public record AllocatorDescription(int id, long address, String kind, String typeName, int parent, int liveBlocks, long liveBytes,
                                   long reservedBytes, long peakBytes, long allocations, long frees, long refusedAllocations,
                                   long refusedResizes, List<Detail> details, List<Area> areas) {

    public AllocatorDescription(int id, long address, String kind, String typeName, int parent, int liveBlocks, long liveBytes,
                                long reservedBytes, long peakBytes, long allocations, long frees, long refusedAllocations,
                                long refusedResizes, List<Detail> details) {
        this(id, address, kind, typeName, parent, liveBlocks, liveBytes, reservedBytes, peakBytes, allocations, frees, refusedAllocations,
                refusedResizes, details, List.of());
    }

    /** One fact about an allocator's internals. */
    public record Detail(String name, String value) {}

    /**
     * A stretch of memory an allocator hands blocks out of. {@code kind} is {@code bucket},
     * {@code buffer} (an arena's) or {@code fixed buffer}; {@code used} the bytes handed out from its
     * start (-1: not kept that way); a bucket's {@code slotSize} and {@code slots}, one character per
     * slot ({@code U} handed out, {@code .} free).
     */
    public record Area(long address, long length, String kind, String label, long used, long slotSize, String slots) {}
}
