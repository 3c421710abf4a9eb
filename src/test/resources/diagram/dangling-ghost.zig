const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const keep = try allocator.create(u32);
    defer allocator.destroy(keep);
    keep.* = 7;
    const score = try allocator.create(u32);
    score.* = 42;
    allocator.destroy(score);
    std.debug.print("freed\n", .{});
}
