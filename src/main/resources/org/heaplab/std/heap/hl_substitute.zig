//! The allocators Heap Lab puts in place of a program's root allocator when asked to
//! (`heaplab compare`, the Compare view): the program's text stays as it is, and every call
//! meant for its root allocator (its GeneralPurposeAllocator, std.testing.allocator...) reaches
//! the one chosen here instead (see `rawAlloc` in mem/Allocator.zig). Each is an ordinary std
//! allocator in a global of its own, made on first use:
//! debug: DebugAllocator(.{}) with Zig's defaults; page: page_allocator; arena: an
//! ArenaAllocator over page_allocator; fixed: a FixedBufferAllocator over pages of its own;
//! c: the C allocator; pool: a pool of items of one size (what MemoryPool(T) is for a program
//! that allocates one type), which refuses any other size.

const std = @import("../std.zig");
const Allocator = std.mem.Allocator;
const Alignment = std.mem.Alignment;
const CAllocator = @import("CAllocator.zig");

var debug_state: std.heap.DebugAllocator(.{}) = .{};
var arena_state: std.heap.ArenaAllocator = .{ .child_allocator = std.heap.page_allocator, .state = .{} };
var fixed_state: std.heap.FixedBufferAllocator = .{ .end_index = 0, .buffer = &[_]u8{} };
var fixed_ready: bool = false;
var pool_state: ItemPool = .{};

/// The stand-in for the program's root allocator.
pub fn get() Allocator {
    switch (hlSubstituteKind()) {
        1 => return debug_state.allocator(),
        2 => return std.heap.page_allocator,
        3 => return arena_state.allocator(),
        4 => {
            if (!fixed_ready) {
                fixed_ready = true;
                const n = hlFixedBytes();
                fixed_state = std.heap.FixedBufferAllocator.init(hlFixedBuffer(n)[0..n]);
            }
            return fixed_state.allocator();
        },
        5 => return .{ .ptr = undefined, .vtable = &CAllocator.vtable },
        else => return pool_state.allocator(),
    }
}

/// Items of the size of the first allocation, from an arena over page_allocator; a freed item
/// goes on a free list and is handed out again first, as MemoryPool does.
const ItemPool = struct {
    arena: std.heap.ArenaAllocator = .{ .child_allocator = std.heap.page_allocator, .state = .{} },
    item_len: usize = 0,
    free_list: ?*Node = null,

    const Node = struct {
        next: ?*Node,
    };

    fn allocator(self: *ItemPool) Allocator {
        return .{
            .ptr = self,
            .vtable = &.{
                .alloc = alloc,
                .resize = Allocator.noResize,
                .remap = Allocator.noRemap,
                .free = free,
            },
        };
    }

    fn alloc(ctx: *anyopaque, len: usize, alignment: Alignment, ra: usize) ?[*]u8 {
        const self: *ItemPool = @ptrCast(@alignCast(ctx));
        const want = @max(len, @sizeOf(Node));
        if (self.item_len == 0) self.item_len = want;
        // a pool holds items of one size: anything else is refused
        if (want != self.item_len or alignment.toByteUnits() > 16) return null;
        if (self.free_list) |node| {
            self.free_list = node.next;
            return @ptrCast(node);
        }
        return self.arena.allocator().rawAlloc(self.item_len, Alignment.fromByteUnits(16), ra);
    }

    fn free(ctx: *anyopaque, memory: []u8, alignment: Alignment, ra: usize) void {
        _ = alignment;
        _ = ra;
        const self: *ItemPool = @ptrCast(@alignCast(ctx));
        const node: *Node = @ptrCast(@alignCast(memory.ptr));
        node.next = self.free_list;
        self.free_list = node;
    }
};

extern fn hlSubstituteKind() u8;
extern fn hlFixedBytes() usize;
extern fn hlFixedBuffer(n: usize) [*]u8;
