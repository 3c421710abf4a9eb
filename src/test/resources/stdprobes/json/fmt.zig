const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    _ = a;
    const v = .{ .id = 7, .tags = [_][]const u8{ "x", "y" }, .ok = false };
    std.debug.print("{}\n", .{std.json.fmt(v, .{})});
    std.debug.print("{}\n", .{std.json.fmt(v, .{ .whitespace = .indent_1 })});
}
