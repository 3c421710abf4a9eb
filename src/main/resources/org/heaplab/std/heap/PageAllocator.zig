//! The page allocator: every allocation is its own mapping of whole 4 KiB pages, and freeing
//! unmaps them, so touching freed memory faults. Implemented by Heap Lab's memory model.

const std = @import("../std.zig");
const Allocator = std.mem.Allocator;
const Alignment = std.mem.Alignment;

pub const vtable: Allocator.VTable = .{
    .alloc = alloc,
    .resize = resize,
    .remap = remap,
    .free = free,
};

extern fn alloc(context: *anyopaque, n: usize, alignment: Alignment, ra: usize) ?[*]u8;
extern fn resize(context: *anyopaque, memory: []u8, alignment: Alignment, new_len: usize, return_address: usize) bool;
extern fn remap(context: *anyopaque, memory: []u8, alignment: Alignment, new_len: usize, return_address: usize) ?[*]u8;
extern fn free(context: *anyopaque, memory: []u8, alignment: Alignment, return_address: usize) void;
