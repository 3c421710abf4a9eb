const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var list = std.ArrayList(u32).init(gpa.allocator());
    defer list.deinit();
    for (0..40) |i| try list.append(@intCast(i));
    std.debug.print("{d} items\n", .{list.items.len});
}
