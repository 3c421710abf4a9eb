const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const names = try allocator.alloc(u8, 4);
    defer allocator.free(names);
    const scores = try allocator.alloc(u8, 4);
    scores[0] = 7;
    const first = scores[0];
    allocator.free(scores);

    std.debug.print("first score: {d}\n", .{first});
}
