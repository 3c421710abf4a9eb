const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var list = std.ArrayList(u8).init(a);
    defer list.deinit();
    try std.json.stringifyMaxDepth(.{ .a = .{ .b = .{ .c = 1 } } }, .{ .whitespace = .indent_tab }, list.writer(), 8);
    std.debug.print("{s}\n", .{list.items});
}
