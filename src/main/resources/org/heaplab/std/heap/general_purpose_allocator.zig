//! The debug allocator (formerly GeneralPurposeAllocator), after Zig 0.14's
//! `std.heap.DebugAllocator`. Its state lives in this struct and in the pages it takes from
//! its backing allocator, laid out as Zig's are; Heap Lab runs its logic in Java.

const std = @import("../std.zig");
const builtin = @import("builtin");
const Allocator = std.mem.Allocator;
const Alignment = std.mem.Alignment;

pub const Config = struct {
    /// Number of stack frames to capture for each allocation and free.
    stack_trace_frames: usize = builtin.heaplab_gpa_stack_trace_frames,
    /// Track `total_requested_bytes` and fail allocations beyond `requested_memory_limit`.
    enable_memory_limit: bool = builtin.heaplab_gpa_enable_memory_limit,
    /// Detect double frees, wrong-size frees and leaks.
    safety: bool = builtin.heaplab_gpa_safety,
    /// Whether the allocator may be used from several threads (programs here have one).
    thread_safe: bool = false,
    /// Keep freed pages mapped: turns segfaults into reports, at the cost of never returning memory.
    never_unmap: bool = builtin.heaplab_gpa_never_unmap,
    /// Keep metadata of freed allocations so more double frees can be reported.
    retain_metadata: bool = builtin.heaplab_gpa_retain_metadata,
    /// Log every allocation, resize and free.
    verbose_log: bool = false,
    /// Whether the backing allocator returns zeroed memory.
    backing_allocator_zeroes: bool = true,
    /// Refresh an allocation's stack trace when it is resized.
    resize_stack_traces: bool = false,
    /// Magic value that marks memory owned by this allocator.
    canary: usize = 0x9232a6ff85dff10f,
    /// Size of the pages taken from the backing allocator for small allocations.
    page_size: usize = 128 * 1024,
};

pub const Check = enum { ok, leak };

pub fn DebugAllocator(comptime config: Config) type {
    return struct {
        backing_allocator: Allocator = std.heap.page_allocator,
        /// The newest bucket of each size class; older ones are linked through their headers.
        buckets: [small_bucket_count]?*anyopaque = [_]?*anyopaque{null} ** small_bucket_count,
        /// Allocations too large for a bucket: a table kept in memory from the backing allocator.
        large_allocations: LargeAllocTable = .{},
        total_requested_bytes: if (config.enable_memory_limit) usize else void = if (config.enable_memory_limit) 0 else {},
        requested_memory_limit: if (config.enable_memory_limit) usize else void = if (config.enable_memory_limit) builtin.heaplab_gpa_memory_limit else {},
        mutex: u32 = 0,

        const Self = @This();
        const small_bucket_count = std.math.log2(config.page_size) - 1;

        const LargeAllocTable = struct {
            entries: ?[*]u8 = null,
            len: u32 = 0,
            capacity: u32 = 0,
        };

        pub const init: Self = .{};

        pub fn allocator(self: *Self) Allocator {
            return .{ .ptr = self, .vtable = &vtable };
        }

        pub const vtable: Allocator.VTable = .{
            .alloc = alloc,
            .resize = resize,
            .remap = remap,
            .free = free,
        };

        fn alloc(context: *anyopaque, len: usize, alignment: Alignment, ret_addr: usize) ?[*]u8 {
            return debugAlloc(Self, config, context, len, alignment, ret_addr);
        }

        fn resize(context: *anyopaque, memory: []u8, alignment: Alignment, new_len: usize, ret_addr: usize) bool {
            return debugResize(Self, config, context, memory, alignment, new_len, ret_addr);
        }

        fn remap(context: *anyopaque, memory: []u8, alignment: Alignment, new_len: usize, ret_addr: usize) ?[*]u8 {
            return debugRemap(Self, config, context, memory, alignment, new_len, ret_addr);
        }

        fn free(context: *anyopaque, memory: []u8, alignment: Alignment, ret_addr: usize) void {
            debugFree(Self, config, context, memory, alignment, ret_addr);
        }

        /// Reports every leaked allocation and returns whether there was any.
        pub fn detectLeaks(self: *Self) bool {
            return debugDetectLeaks(Self, config, self);
        }

        /// Reports leaks, releases the allocator's own memory and leaves `self` undefined.
        pub fn deinit(self: *Self) Check {
            const leaks = debugDetectLeaks(Self, config, self);
            debugDeinit(Self, config, self);
            self.* = undefined;
            return if (leaks) .leak else .ok;
        }

        pub fn setRequestedMemoryLimit(self: *Self, limit: usize) void {
            self.requested_memory_limit = limit;
        }
    };
}

extern fn debugAlloc(comptime Self: type, comptime config: Config, context: *anyopaque, len: usize, alignment: Alignment, ret_addr: usize) ?[*]u8;
extern fn debugResize(comptime Self: type, comptime config: Config, context: *anyopaque, memory: []u8, alignment: Alignment, new_len: usize, ret_addr: usize) bool;
extern fn debugRemap(comptime Self: type, comptime config: Config, context: *anyopaque, memory: []u8, alignment: Alignment, new_len: usize, ret_addr: usize) ?[*]u8;
extern fn debugFree(comptime Self: type, comptime config: Config, context: *anyopaque, memory: []u8, alignment: Alignment, ret_addr: usize) void;
extern fn debugDetectLeaks(comptime Self: type, comptime config: Config, self: *anyopaque) bool;
extern fn debugDeinit(comptime Self: type, comptime config: Config, self: *anyopaque) void;
