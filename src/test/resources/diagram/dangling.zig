const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const score = try allocator.create(u32);
    score.* = 42;
    const alias = score;
    allocator.destroy(score);
    std.debug.print("freed\n", .{});
    _ = alias;
}
