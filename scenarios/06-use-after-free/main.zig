const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const scores = try allocator.alloc(u32, 4);
    for (scores, 0..) |*s, i| s.* = @intCast(10 * (i + 1));

    var total: u32 = 0;
    for (scores) |s| total += s;
    allocator.free(scores);

    std.debug.print("total: {d}\n", .{total});
    std.debug.print("best: {d}\n", .{scores[3]});
}
