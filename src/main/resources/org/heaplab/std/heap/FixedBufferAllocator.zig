//! Allocates from one buffer the program gives it (on the stack or the heap) by bumping
//! `end_index`, after Zig 0.14's `std.heap.FixedBufferAllocator`. Nothing is taken from any
//! other allocator; when the buffer is full, allocation fails. Only the most recent allocation
//! can be freed or grown; `reset` forgets them all.

const std = @import("../std.zig");
const mem = std.mem;
const Allocator = std.mem.Allocator;
const Alignment = std.mem.Alignment;
const FixedBufferAllocator = @This();

end_index: usize,
buffer: []u8,

pub fn init(buffer: []u8) FixedBufferAllocator {
    return .{
        .buffer = buffer,
        .end_index = 0,
    };
}

pub fn allocator(self: *FixedBufferAllocator) Allocator {
    return .{
        .ptr = self,
        .vtable = &.{
            .alloc = alloc,
            .resize = resize,
            .remap = remap,
            .free = free,
        },
    };
}

/// Provides a lock free thread safe `Allocator` interface to the underlying `FixedBufferAllocator`
/// *WARNING* using this at the same time as the interface returned by `allocator` is not thread safe
pub fn threadSafeAllocator(self: *FixedBufferAllocator) Allocator {
    return .{
        .ptr = self,
        .vtable = &.{
            .alloc = threadSafeAlloc,
            .resize = Allocator.noResize,
            .remap = Allocator.noRemap,
            .free = Allocator.noFree,
        },
    };
}

/// Whether `ptr` points into the buffer.
pub fn ownsPtr(self: *FixedBufferAllocator, ptr: [*]u8) bool {
    const start = @intFromPtr(self.buffer.ptr);
    const p = @intFromPtr(ptr);
    return p >= start and p < start + self.buffer.len;
}

/// Whether all of `slice` lies inside the buffer.
pub fn ownsSlice(self: *FixedBufferAllocator, slice: []u8) bool {
    const start = @intFromPtr(self.buffer.ptr);
    const s = @intFromPtr(slice.ptr);
    return s >= start and s + slice.len <= start + self.buffer.len;
}

/// Whether `buf` ends where the used part of the buffer ends.
pub fn isLastAllocation(self: *FixedBufferAllocator, buf: []u8) bool {
    return @intFromPtr(buf.ptr) + buf.len == @intFromPtr(self.buffer.ptr) + self.end_index;
}

pub fn alloc(ctx: *anyopaque, n: usize, alignment: Alignment, ra: usize) ?[*]u8 {
    const self: *FixedBufferAllocator = @ptrCast(@alignCast(ctx));
    _ = ra;
    const ptr_align = alignment.toByteUnits();
    const addr = @intFromPtr(self.buffer.ptr) + self.end_index;
    const adjust_off = mem.alignForward(usize, addr, ptr_align) - addr;
    const adjusted_index = self.end_index + adjust_off;
    const new_end_index = adjusted_index + n;
    if (new_end_index > self.buffer.len) return null;
    self.end_index = new_end_index;
    return self.buffer.ptr + adjusted_index;
}

pub fn resize(ctx: *anyopaque, buf: []u8, alignment: Alignment, new_size: usize, return_address: usize) bool {
    const self: *FixedBufferAllocator = @ptrCast(@alignCast(ctx));
    _ = alignment;
    _ = return_address;
    std.debug.assert(self.ownsSlice(buf));

    if (!self.isLastAllocation(buf)) {
        // an older allocation can shrink (its bytes stay used) but never grow
        if (new_size > buf.len) return false;
        return true;
    }

    if (new_size <= buf.len) {
        const sub = buf.len - new_size;
        self.end_index -= sub;
        return true;
    }

    const add = new_size - buf.len;
    if (add + self.end_index > self.buffer.len) return false;

    self.end_index += add;
    return true;
}

pub fn remap(context: *anyopaque, memory: []u8, alignment: Alignment, new_len: usize, return_address: usize) ?[*]u8 {
    return if (resize(context, memory, alignment, new_len, return_address)) memory.ptr else null;
}

pub fn free(ctx: *anyopaque, buf: []u8, alignment: Alignment, return_address: usize) void {
    const self: *FixedBufferAllocator = @ptrCast(@alignCast(ctx));
    _ = alignment;
    _ = return_address;
    std.debug.assert(self.ownsSlice(buf));

    if (self.isLastAllocation(buf)) {
        self.end_index -= buf.len;
    }
}

fn threadSafeAlloc(context: *anyopaque, n: usize, alignment: Alignment, ra: usize) ?[*]u8 {
    const self: *FixedBufferAllocator = @ptrCast(@alignCast(context));
    _ = ra;
    const ptr_align = alignment.toByteUnits();
    // Heap Lab runs one thread and has no atomics yet: Zig loads end_index with @atomicLoad and
    // stores it with @cmpxchgWeak, retrying when another thread got there first.
    const end_index = self.end_index;
    const adjust_off = mem.alignPointerOffset(self.buffer.ptr + end_index, ptr_align) orelse return null;
    const adjusted_index = end_index + adjust_off;
    const new_end_index = adjusted_index + n;
    if (new_end_index > self.buffer.len) return null;
    self.end_index = new_end_index;
    return self.buffer[adjusted_index..new_end_index].ptr;
}

/// Forgets every allocation: the whole buffer is free again.
pub fn reset(self: *FixedBufferAllocator) void {
    self.end_index = 0;
}
