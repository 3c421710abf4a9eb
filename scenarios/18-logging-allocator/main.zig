const std = @import("std");

const LoggingAllocator = struct {
    parent_allocator: std.mem.Allocator,

    pub fn allocator(self: *LoggingAllocator) std.mem.Allocator {
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

    fn alloc(
        ctx: *anyopaque,
        len: usize,
        alignment: std.mem.Alignment,
        ret_addr: usize,
    ) ?[*]u8 {
        const self: *LoggingAllocator = @ptrCast(@alignCast(ctx));
        std.debug.print("Allocating {} bytes\n", .{len});
        return self.parent_allocator.rawAlloc(len, alignment, ret_addr);
    }

    fn resize(ctx: *anyopaque, memory: []u8, alignment: std.mem.Alignment, new_len: usize, ret_addr: usize) bool {
        const self: *LoggingAllocator = @ptrCast(@alignCast(ctx));
        std.debug.print("Resizing {} -> {} bytes\n", .{ memory.len, new_len });
        return self.parent_allocator.rawResize(memory, alignment, new_len, ret_addr);
    }

    fn remap(ctx: *anyopaque, memory: []u8, alignment: std.mem.Alignment, new_len: usize, ret_addr: usize) ?[*]u8 {
        const self: *LoggingAllocator = @ptrCast(@alignCast(ctx));
        std.debug.print("Remapping {} -> {} bytes\n", .{ memory.len, new_len });
        return self.parent_allocator.rawRemap(memory, alignment, new_len, ret_addr);
    }

    fn free(ctx: *anyopaque, memory: []u8, alignment: std.mem.Alignment, ret_addr: usize) void {
        const self: *LoggingAllocator = @ptrCast(@alignCast(ctx));
        std.debug.print("Freeing {} bytes\n", .{memory.len});
        _ = self; // forgot: self.parent_allocator.rawFree(memory, alignment, ret_addr);
        _ = alignment;
        _ = ret_addr;
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();

    var logging = LoggingAllocator{ .parent_allocator = gpa.allocator() };
    const allocator = logging.allocator();

    const buf = try allocator.alloc(u8, 12);
    const grown = allocator.resize(buf, 16);
    std.debug.print("resize ok: {}\n", .{grown});
    allocator.free(buf.ptr[0..16]);

    const n = try allocator.create(u64);
    n.* = 7;
    allocator.destroy(n);
}
