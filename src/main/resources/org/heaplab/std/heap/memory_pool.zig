//! A pool of same-sized items, after Zig 0.14's `std.heap.MemoryPool`: items come from an
//! arena on the child allocator; a destroyed item goes on an intrusive free list (its first
//! bytes hold the link) and the next `create` takes it back. Nothing returns to the child
//! allocator before `deinit`.

const std = @import("../std.zig");

pub const Error = error{OutOfMemory};

pub const Options = struct {
    /// Alignment of the items, when stricter than the item type's.
    alignment: ?usize = null,
    /// Whether the pool may take more memory once the preheated items are used up.
    growable: bool = true,
};

pub fn MemoryPool(comptime Item: type) type {
    return MemoryPoolExtra(Item, .{});
}

pub fn MemoryPoolAligned(comptime Item: type, comptime alignment: usize) type {
    return MemoryPoolExtra(Item, .{ .alignment = alignment });
}

pub fn MemoryPoolExtra(comptime Item: type, comptime pool_options: Options) type {
    return struct {
        const Pool = @This();

        /// Every item is big enough to hold a free-list link.
        pub const item_size = @max(@sizeOf(Node), @sizeOf(Item));
        // This needs to be kept in sync with Node.
        const node_alignment = @alignOf(*anyopaque);

        /// Alignment of the memory pool items. This is not necessarily the same
        /// as `@alignOf(Item)` as the pool also uses the items for internal means.
        pub const item_alignment = @max(node_alignment, pool_options.alignment orelse @alignOf(Item));

        const Node = struct {
            next: ?*align(item_alignment) @This(),
        };
        const NodePtr = *align(item_alignment) Node;
        const ItemPtr = *align(item_alignment) Item;

        arena: std.heap.ArenaAllocator,
        free_list: ?NodePtr = null,

        pub fn init(allocator: std.mem.Allocator) Pool {
            return .{ .arena = std.heap.ArenaAllocator.init(allocator) };
        }

        /// A pool with `initial_size` items already allocated and on the free list.
        pub fn initPreheated(allocator: std.mem.Allocator, initial_size: usize) Error!Pool {
            var pool = init(allocator);
            errdefer pool.deinit();
            try pool.preheat(initial_size);
            return pool;
        }

        /// Frees every item, created or not, at once.
        pub fn deinit(pool: *Pool) void {
            pool.arena.deinit();
            pool.* = undefined;
        }

        /// Allocates `size` items up front and puts them on the free list.
        pub fn preheat(pool: *Pool, size: usize) Error!void {
            hlPool(pool, Pool);
            var i: usize = 0;
            while (i < size) : (i += 1) {
                const raw_mem = try pool.allocNew();
                const free_node: NodePtr = @ptrCast(@alignCast(raw_mem));
                free_node.* = Node{ .next = pool.free_list };
                pool.free_list = free_node;
            }
        }

        pub const ResetMode = std.heap.ArenaAllocator.ResetMode;

        /// Forgets every item; see `ArenaAllocator.reset` for what memory is kept.
        pub fn reset(pool: *Pool, mode: ResetMode) bool {
            const reset_successful = pool.arena.reset(mode);
            pool.free_list = null;
            return reset_successful;
        }

        /// An item from the free list, or a new one from the arena. Its value is undefined.
        pub fn create(pool: *Pool) Error!ItemPtr {
            hlPool(pool, Pool);
            var node_ptr: NodePtr = undefined;
            if (pool.free_list) |item| {
                pool.free_list = item.next;
                node_ptr = item;
            } else if (pool_options.growable) {
                node_ptr = @ptrCast(@alignCast(try pool.allocNew()));
            } else {
                return error.OutOfMemory;
            }
            const ptr: ItemPtr = @ptrCast(@alignCast(node_ptr));
            ptr.* = undefined;
            return ptr;
        }

        /// Puts the item on the free list for the next `create`.
        pub fn destroy(pool: *Pool, ptr: ItemPtr) void {
            hlPool(pool, Pool);
            ptr.* = undefined;
            const node: NodePtr = @ptrCast(@alignCast(ptr));
            node.* = Node{ .next = pool.free_list };
            pool.free_list = node;
        }

        fn allocNew(pool: *Pool) Error![*]align(item_alignment) u8 {
            const mem = try pool.arena.allocator().alignedAlloc(u8, item_alignment, item_size);
            return mem.ptr;
        }
    };
}

/// Tells Heap Lab's allocator chain about a pool, so the panes can show its free list.
extern fn hlPool(pool: *anyopaque, comptime Pool: type) void;
