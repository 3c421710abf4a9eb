package org.heaplab.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Heap mappings are placed as Linux places Zig's hinted mmaps: climbing, then reusing freed ranges below the stack. */
class MmapPlacementTest {
    private static final long STACK = 16L << 20;

    /** A machine whose memory budget is no obstacle to mapping most of the address space (nothing is touched). */
    private static AddressSpace machine() {
        var mem = new AddressSpace(1L << 42);
        mem.map(AddressSpace.Region.STACK, STACK, AddressSpace.PAGE_SIZE, "stack");
        return mem;
    }

    @Test
    void mappingsClimbFromTheBaseAndUnmappedOnesAreNotReusedWhileTheClimbGoesOn() {
        var mem = machine();
        long a = mem.map(AddressSpace.Region.HEAP, 4096, 4096, "page_allocator");
        assertThat(a).isEqualTo(AddressSpace.HEAP_BASE);
        mem.unmap(a, 4096);
        long b = mem.map(AddressSpace.Region.HEAP, 4096, 4096, "page_allocator");
        assertThat(b).isEqualTo(a + 4096);
        // use after unmap still faults, as on Linux
        assertThatThrownBy(() -> mem.load(a, 1)).isInstanceOf(MemoryFault.class);
    }

    @Test
    void whenTheClimbReachesTheStackFreedAddressesAreUsedAgain() {
        var mem = machine();
        long stackBottom = AddressSpace.STACK_TOP - STACK;
        // one mapping that takes the climb to just below the stack's guard gap, then unmapped
        long len = stackBottom - MmapPlacement.STACK_GUARD_GAP - AddressSpace.HEAP_BASE - 4096;
        long big = mem.map(AddressSpace.Region.HEAP, len, 4096, "page_allocator");
        assertThat(big).isEqualTo(AddressSpace.HEAP_BASE);
        mem.unmap(big, len);
        long last = mem.map(AddressSpace.Region.HEAP, 4096, 4096, "page_allocator");
        assertThat(last).isEqualTo(big + len);
        // the hint now points into the guard gap: Linux searches top-down below mmap_base
        long below = mem.map(AddressSpace.Region.HEAP, 4096, 4096, "page_allocator");
        assertThat(below).isEqualTo(MmapPlacement.MMAP_BASE - 4096);
        // and the climb starts again from there, over the freed range
        long again = mem.map(AddressSpace.Region.HEAP, 4096, 4096, "page_allocator");
        assertThat(again).isEqualTo(AddressSpace.HEAP_BASE);
        for (int i = 0; i < 1000; i++) {
            long p = mem.map(AddressSpace.Region.HEAP, 4096, 4096, "page_allocator");
            assertThat(p).isLessThan(stackBottom - MmapPlacement.STACK_GUARD_GAP);
            mem.store(p, 8, i);
            mem.unmap(p, 4096);
        }
    }

    @Test
    void aHeapMappingNeverGrowsIntoTheStack() {
        var mem = machine();
        long stackBottom = AddressSpace.STACK_TOP - STACK;
        long len = stackBottom - MmapPlacement.STACK_GUARD_GAP - AddressSpace.HEAP_BASE - 4096;
        long big = mem.map(AddressSpace.Region.HEAP, len, 4096, "page_allocator");
        assertThat(mem.growInPlace(big, len + 4096)).isTrue();
        assertThat(mem.growInPlace(big, len + 8192)).isFalse();
    }
}
