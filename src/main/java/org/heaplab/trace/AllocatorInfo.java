package org.heaplab.trace;

import java.util.List;
import org.heaplab.alloc.AllocatorDescription;

/**
 * An allocator as a snapshot shows it: the fields of {@link AllocatorDescription} (its
 * number, kind, parent, accounting and internals), copied so the window needs nothing below
 * the snapshot.
 */
public record AllocatorInfo(int id, long address, String kind, String typeName, int parent, int liveBlocks, long liveBytes, long reservedBytes,
                            long peakBytes, long allocations, long frees, long refusedAllocations, long refusedResizes, List<Detail> details,
                            List<Area> areas) {
    public record Detail(String name, String value) {}

    /** A stretch of memory it carves blocks from: see {@link AllocatorDescription.Area}. */
    public record Area(long address, long length, String kind, String label, long used, long slotSize, String slots) {}

    static AllocatorInfo of(AllocatorDescription d) {
        return new AllocatorInfo(d.id(), d.address(), d.kind(), d.typeName(), d.parent(), d.liveBlocks(), d.liveBytes(), d.reservedBytes(),
                d.peakBytes(), d.allocations(), d.frees(), d.refusedAllocations(), d.refusedResizes(),
                d.details().stream().map(x -> new Detail(x.name(), x.value())).toList(),
                d.areas().stream().map(a -> new Area(a.address(), a.length(), a.kind(), a.label(), a.used(), a.slotSize(), a.slots())).toList());
    }
}
