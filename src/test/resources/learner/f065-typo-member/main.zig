const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var buf = std.ArrayList(u8).init(gpa.allocator());
    defer buf.deinit();
    try buf.appendSlice("hello");
    std.debug.print("{d}\n", .{buf.items.lenght});
}
