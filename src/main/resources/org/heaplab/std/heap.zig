const std = @import("std.zig");
const Allocator = std.mem.Allocator;

pub const PageAllocator = @import("heap/PageAllocator.zig");
const gpa = @import("heap/general_purpose_allocator.zig");
pub const ArenaAllocator = @import("heap/arena_allocator.zig").ArenaAllocator;
pub const FixedBufferAllocator = @import("heap/FixedBufferAllocator.zig");
pub const ThreadSafeAllocator = @import("heap/ThreadSafeAllocator.zig");
const memory_pool = @import("heap/memory_pool.zig");
pub const MemoryPool = memory_pool.MemoryPool;
pub const MemoryPoolAligned = memory_pool.MemoryPoolAligned;
pub const MemoryPoolExtra = memory_pool.MemoryPoolExtra;
pub const MemoryPoolOptions = memory_pool.Options;

pub const DebugAllocatorConfig = gpa.Config;
pub const DebugAllocator = gpa.DebugAllocator;
pub const GeneralPurposeAllocatorConfig = gpa.Config;
pub const GeneralPurposeAllocator = gpa.DebugAllocator;
pub const Check = gpa.Check;

pub const page_size_min = 4096;
pub const page_size_max = 4096;

/// Maps whole pages for every allocation and unmaps them on free; addresses are never reused.
pub const page_allocator: Allocator = .{
    .ptr = undefined,
    .vtable = &PageAllocator.vtable,
};

const CAllocator = @import("heap/CAllocator.zig");

/// malloc and free, for programs linked with libc (`zig run -lc`).
pub const c_allocator: Allocator = if (@import("builtin").link_libc) .{
    .ptr = undefined,
    .vtable = &CAllocator.vtable,
} else @compileError("C allocator is only available when linking against libc");

/// The same malloc without Zig's alignment bookkeeping (Heap Lab's malloc handles both alike).
pub const raw_c_allocator: Allocator = if (@import("builtin").link_libc) .{
    .ptr = undefined,
    .vtable = &CAllocator.vtable,
} else @compileError("C allocator is only available when linking against libc");

pub fn pageSize() usize {
    return page_size_min;
}
