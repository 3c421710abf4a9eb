package org.heaplab.alloc;

/**
 * What an allocator did, for the lab's panes and explanations: allocations, frees and resizes,
 * and the memory errors its checks found. {@code allocator} is the address of the allocator's
 * state (its Zig struct), which identifies it in the allocator chain.
 */
public sealed interface AllocatorEvent {
    long allocator();

    record Alloc(long allocator, String kind, long address, long length, int alignLog2, StackTrace trace) implements AllocatorEvent {}

    record Free(long allocator, String kind, long address, long length, StackTrace trace) implements AllocatorEvent {}

    record Resize(long allocator, String kind, long address, long oldLength, long newAddress, long newLength, StackTrace trace) implements AllocatorEvent {}

    record DoubleFree(long allocator, long address, long length, StackTrace allocTrace, StackTrace firstFree, StackTrace secondFree) implements AllocatorEvent {}

    record WrongSizeFree(long allocator, long address, long allocatedLength, long freedLength, StackTrace allocTrace, StackTrace freeTrace) implements AllocatorEvent {}

    record Leak(long allocator, long address, long length, StackTrace allocTrace) implements AllocatorEvent {}

    record InvalidFree(long allocator, long address, long length) implements AllocatorEvent {}
}
