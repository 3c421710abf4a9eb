const std = @import("std");
pub fn main() !void {
    const list = std.ArrayList(u8).init(std.heap.page_allocator);
    try list.append(1);
    std.debug.print("{d}\n", .{list.items.len});
}
