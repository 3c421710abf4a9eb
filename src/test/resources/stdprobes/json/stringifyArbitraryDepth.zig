const std = @import("std");
pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var list = std.ArrayList(u8).init(a);
    defer list.deinit();
    const Node = struct { v: u8, kids: []const @This() };
    const tree = Node{ .v = 1, .kids = &.{ .{ .v = 2, .kids = &.{} }, .{ .v = 3, .kids = &.{.{ .v = 4, .kids = &.{} }} } } };
    try std.json.stringifyArbitraryDepth(a, tree, .{}, list.writer());
    std.debug.print("{s}\n", .{list.items});
}
