const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const scores = try allocator.alloc(u32, 4);
    defer allocator.free(scores); // freed when main is done with it, not before
    for (scores, 0..) |*s, i| s.* = @intCast(10 * (i + 1));

    var total: u32 = 0;
    for (scores) |s| total += s;

    std.debug.print("total: {d}\n", .{total});
    std.debug.print("best: {d}\n", .{scores[3]});
}
